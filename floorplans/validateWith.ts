/** Validates a value against a TypeBox schema; throws InputError with one issue per problem. */
import type { TSchema, Static } from '@sinclair/typebox';
import type { ErrorCode } from '../engine/errors.js';
import { InputError } from '../engine/inputError.js';
import { validateWithSchema } from '../engine/schema/schemaValidator.js';

export function validateWith<T extends TSchema>(schema: T, value: unknown, code: ErrorCode, rootPath = ''): Static<T> {
  const issues = validateWithSchema(schema, value);
  if (issues.length === 0) return value as Static<T>;
  const under = (sub: string) =>
    rootPath === '' ? sub : sub === '' ? rootPath : sub.startsWith('[') ? `${rootPath}${sub}` : `${rootPath}.${sub}`;
  throw new InputError(
    issues.map((i) => ({ ...i, path: under(i.path) })),
    code,
  );
}
