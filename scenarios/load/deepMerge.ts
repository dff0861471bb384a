/**
 * The merge behind `extends` and variants: objects merge key by key; arrays and values in `over`
 * replace those in `base`. Keys that would reach an object's prototype are refused before they
 * can change anything (a document saying `"__proto__": {...}` must not alter a run).
 */
import { RESERVED_NAMES } from '../../engine/schema/reservedNames.js';
import { checkJsonTree } from './checkJsonTree.js';

export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(RESERVED_NAMES);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Throws when any key anywhere in `value` is a prototype key, a number is not finite or the
 * nesting is too deep (a value that did not come through parseJsonText, e.g. an HTTP body).
 */
export function refusePrototypeKeys(value: unknown, path: string): void {
  checkJsonTree(value, path);
}

export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(base)) out[key] = value;
  for (const [key, value] of Object.entries(over)) {
    if (FORBIDDEN_KEYS.has(key)) continue; // refused earlier by refusePrototypeKeys
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value;
  }
  return out;
}
