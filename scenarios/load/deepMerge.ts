/**
 * The merge behind `extends` and variants: objects merge key by key; arrays and values in `over`
 * replace those in `base`. Keys that would reach an object's prototype are refused before they
 * can change anything (a document saying `"__proto__": {...}` must not alter a run).
 */
import { InputError } from '../../engine/inputError.js';

export const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Throws when any key anywhere in `value` is a prototype key; `path` names the document. */
export function refusePrototypeKeys(value: unknown, path: string): void {
  if (Array.isArray(value)) value.forEach((v, i) => refusePrototypeKeys(v, `${path}[${i}]`));
  else if (isPlainObject(value)) {
    for (const key of Object.keys(value)) {
      const at = path === '' ? key : `${path}.${key}`;
      if (FORBIDDEN_KEYS.has(key)) throw new InputError([{ path: at, message: 'expected an ordinary key, got a reserved name (__proto__, constructor and prototype are refused)' }], 'WSM_SCENARIO_INVALID');
      refusePrototypeKeys(value[key], at);
    }
  }
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
