/**
 * JSON.parse with an error that says where the text breaks (line and column) but never quotes
 * the text itself: a reference can point at any file, and its content must not be echoed.
 */
import { InputError } from '../../engine/inputError.js';

export function parseJsonText(text: string, path: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message);
    let where = 'at the end of the text';
    if (at) {
      const pos = Number(at[1]);
      const before = text.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      where = `at line ${line}, column ${column}`;
    }
    throw new InputError([{ path, message: `expected valid JSON, got a syntax error ${where}` }], 'WSM_JSON_INVALID');
  }
}
