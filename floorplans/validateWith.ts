/** Validates a value against a TypeBox schema with Ajv; throws InputError with one issue per error. */
import { Ajv, type ValidateFunction } from 'ajv';
import type { TSchema, Static } from '@sinclair/typebox';
import { InputError, pointerToPath, showValue } from '../engine/inputError.js';

const cache = new WeakMap<TSchema, ValidateFunction>();

export function validateWith<T extends TSchema>(schema: T, value: unknown, what: string, rootPath = ''): Static<T> {
  let validate = cache.get(schema);
  if (validate === undefined) {
    validate = new Ajv({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(schema);
    cache.set(schema, validate);
  }
  if (validate(value)) return value as Static<T>;
  const issues = (validate.errors ?? []).map((e) => {
    let node: unknown = value;
    for (const part of e.instancePath.split('/').slice(1)) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    const sub = pointerToPath(e.instancePath);
    const path = rootPath === '' ? sub : sub === '' ? rootPath : sub.startsWith('[') ? `${rootPath}${sub}` : `${rootPath}.${sub}`;
    const extra = e.keyword === 'additionalProperties' ? ` (${JSON.stringify((e.params as { additionalProperty: string }).additionalProperty)})` : '';
    return { path, message: `expected a value that ${e.message ?? 'is valid'}${extra}, got ${showValue(node)}` };
  });
  throw new InputError(issues, what);
}
