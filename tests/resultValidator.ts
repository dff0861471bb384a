/** Checks a result document against the published schema of its kind (engine/results). */
import { Ajv } from 'ajv';
import { RESULT_SCHEMAS, type ResultSchemaKind } from '../engine/results/index.js';

const ajv = new Ajv({ allErrors: true, strict: false });
const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

/** The schema problems of `doc` (empty when it is a valid result of its kind). */
export function resultProblems(doc: unknown): string[] {
  const kind = (doc as { kind?: string } | null)?.kind;
  if (typeof kind !== 'string' || !Object.hasOwn(RESULT_SCHEMAS, kind)) return [`unknown result kind ${JSON.stringify(kind)}`];
  let validate = compiled.get(kind);
  if (validate === undefined) {
    validate = ajv.compile(RESULT_SCHEMAS[kind as ResultSchemaKind]);
    compiled.set(kind, validate);
  }
  if (validate(doc)) return [];
  return (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '(root)'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}
