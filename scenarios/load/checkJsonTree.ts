/**
 * The checks every parsed JSON document passes before anything walks it recursively: nesting
 * depth and size within limits (a deeply nested text would overflow the stack of every
 * recursive walker after it), numbers finite (`1e999` parses to Infinity and passes `> 0`), and
 * no key that reaches an object's prototype. Iterative, so it is safe on any input itself.
 */
import { InputError, type InputIssue } from '../../engine/inputError.js';
import { isReservedName, RESERVED_NAME_MESSAGE } from '../../engine/schema/reservedNames.js';
import { MAX_JSON_DEPTH, MAX_JSON_CONTAINERS, MAX_REPORTED_ISSUES } from '../inputLimits.js';

/** Throws an InputError naming the first problems under `path` (the document's name). */
export function checkJsonTree(root: unknown, path: string): void {
  // Frames (objects and arrays) are kept in parallel arrays (value, parent frame, key, depth) so
  // that a path is only built for a value with a problem; frames are never popped, so parents
  // stay addressable, and `next` walks the list breadth-first.
  const values: object[] = [];
  const parents: number[] = [];
  const keys: (string | number)[] = [];
  const depths: number[] = [];
  const issues: InputIssue[] = [];
  let problems = 0;
  const pathOf = (frame: number, key?: string | number): string => {
    const parts: (string | number)[] = key === undefined ? [] : [key];
    for (let f = frame; f > 0; f = parents[f]) parts.push(keys[f]);
    let out = '';
    for (let i = parts.length - 1; i >= 0; i--) {
      const k = parts[i];
      out += typeof k === 'number' ? `[${k}]` : out === '' ? k : `.${k}`;
    }
    return path === '' ? out : out === '' ? path : `${path}: ${out}`;
  };
  const problem = (frame: number, key: string | number, message: string, code: InputIssue['code']) => {
    problems++;
    if (issues.length < MAX_REPORTED_ISSUES) issues.push({ path: pathOf(frame, key), message, code });
  };
  const visit = (value: unknown, parent: number, key: string | number, depth: number): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) problem(parent, key, NOT_FINITE, 'WSM_NUMBER_NOT_FINITE');
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    if (depth > MAX_JSON_DEPTH) {
      const message = `expected at most ${MAX_JSON_DEPTH} levels of nesting, got more`;
      throw new InputError([{ path, message }], 'WSM_LIMIT_EXCEEDED');
    }
    if (values.length >= MAX_JSON_CONTAINERS) {
      const message = `expected at most ${MAX_JSON_CONTAINERS.toLocaleString('en')} objects and arrays, got more`;
      throw new InputError([{ path, message }], 'WSM_LIMIT_EXCEEDED');
    }
    values.push(value);
    parents.push(parent);
    keys.push(key);
    depths.push(depth);
  };

  visit(root, -1, '', 1);
  for (let next = 0; next < values.length; next++) {
    const value = values[next];
    const depth = depths[next] + 1;
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) visit(value[i], next, i, depth);
    } else {
      for (const key of Object.keys(value)) {
        if (isReservedName(key)) problem(next, key, `${RESERVED_NAME_MESSAGE} as a key`, 'WSM_KEY_RESERVED');
        else visit((value as Record<string, unknown>)[key], next, key, depth);
      }
    }
  }
  if (problems > issues.length) {
    issues.push({
      path,
      message: `and ${problems - issues.length} more problems like these (showing the first ${issues.length})`,
    });
  }
  if (issues.length > 0) throw new InputError(issues, issues[0].code ?? 'WSM_JSON_INVALID');
}

const NOT_FINITE = 'expected a finite number, got one too large for a double (it reads as Infinity)';
