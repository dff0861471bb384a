/** Checks a document against the published schema of its kind: for results read back from files or the store. */
import { createRequire } from 'node:module';
import type { Ajv, ValidateFunction } from 'ajv';
import { pointerToPath } from '../inputError.js';
import { RESULT_SCHEMAS, type ResultSchemaKind } from './index.js';

// Ajv is loaded on the first check, not with the commands that only might read a result back.
const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;
const compiled = new Map<string, ValidateFunction>();

/** The problems of `doc` as a result (empty when it is a valid result of a known kind and version). */
export function resultProblems(doc: unknown): { path: string; message: string }[] {
  const kind = (doc as { kind?: unknown } | null)?.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(RESULT_SCHEMAS, kind)) {
    return [
      {
        path: 'kind',
        message: `expected a wardsim result kind (${Object.keys(RESULT_SCHEMAS).join(', ')}), got ${JSON.stringify(kind ?? null)}`,
      },
    ];
  }
  let validate = compiled.get(kind);
  if (validate === undefined) {
    ajv ??= new (require('ajv') as { Ajv: new (o: object) => Ajv }).Ajv({ allErrors: false, strict: false });
    validate = ajv.compile(RESULT_SCHEMAS[kind as ResultSchemaKind]);
    compiled.set(kind, validate);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => ({
    path: pointerToPath(e.instancePath),
    message: `expected a ${kind} result as published (formatVersion 1): ${e.message ?? 'invalid'}`,
  }));
}
