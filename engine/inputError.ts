/**
 * Bad input, found at a boundary (model file, scenario, floor plan, CLI flags).
 * Each issue names the field path, what was found and what was expected, and carries a stable
 * code from the catalogue (errors.ts), so a user can fix the file without reading a stack trace
 * and a program can react without parsing the message.
 */
import { ERROR_CODES, type ErrorCode } from './errors.js';

/** Problems one error lists; beyond this, a count of the rest (docs/limits.md). */
export const MAX_LISTED_ISSUES = 100;

export interface InputIssue {
  /** Field path in the input, e.g. `stations[2].serviceMin.mean` (empty for the whole document). */
  path: string;
  /** What was expected and what was found, e.g. `expected > 0, got -5`. */
  message: string;
  /** The kind of problem; the InputError's default code when a validator leaves it out. */
  code?: ErrorCode;
}

/** An issue as reported: always with its code. */
export interface CodedIssue extends InputIssue {
  code: ErrorCode;
}

/** Thrown by validators; the CLI prints one line per issue and exits with code 2. */
export class InputError extends Error {
  readonly issues: CodedIssue[];

  /** @param code the code of every issue that does not carry its own. */
  constructor(issues: readonly InputIssue[], code: ErrorCode) {
    // A document can break one rule many thousand times: list the first problems and count the rest.
    const shown = issues.length > MAX_LISTED_ISSUES ? issues.slice(0, MAX_LISTED_ISSUES) : issues;
    const coded = shown.map((i) => ({ code: i.code ?? code, path: i.path, message: i.message }));
    if (shown.length < issues.length) {
      const message = `and ${issues.length - shown.length} more problems (showing the first ${shown.length})`;
      coded.push({ code: coded[0].code, path: '', message });
    }
    super(`${ERROR_CODES[code].title}:\n${formatIssues(coded)}`);
    this.name = 'InputError';
    this.issues = coded;
  }
}

/** One line per issue: `path: message`. */
export function formatIssues(issues: readonly InputIssue[]): string {
  return issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n');
}

/** Converts a JSON Pointer (`/stations/0/servers`) to a readable path (`stations[0].servers`). */
export function pointerToPath(pointer: string): string {
  if (pointer === '') return '';
  let out = '';
  for (const raw of pointer.slice(1).split('/')) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(part)) out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

/** Renders a value briefly for an error message (long arrays and objects are cut). */
export function showValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  if (text === undefined) return String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
