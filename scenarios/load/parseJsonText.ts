/**
 * JSON.parse with an error that says where the text breaks (line and column) but never quotes
 * the text itself: a reference can point at any file, and its content must not be echoed. The
 * parsed value then passes checkJsonTree (depth, size, finite numbers, no prototype keys).
 */
import { InputError } from '../../engine/inputError.js';
import { checkJsonTree } from './checkJsonTree.js';
import { jsonSyntaxErrorAt } from './jsonSyntaxErrorAt.js';

export function parseJsonText(text: string, path: string): unknown {
  let value: unknown;
  // A byte-order mark (some Windows editors write one) is not part of the JSON.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    value = JSON.parse(body) as unknown;
  } catch (err) {
    const at = /position (\d+)/.exec((err as Error).message);
    const pos = at ? Number(at[1]) : jsonSyntaxErrorAt(body);
    let where = 'at the end of the text';
    if (pos >= 0 && pos < body.length) {
      const before = body.slice(0, pos);
      const line = before.split('\n').length;
      const column = pos - before.lastIndexOf('\n');
      where = `at line ${line}, column ${column}`;
    }
    throw new InputError([{ path, message: `expected valid JSON, got a syntax error ${where}` }], 'WSM_JSON_INVALID');
  }
  checkJsonTree(value, path);
  return value;
}
