/**
 * JSON Schema validation with Ajv, turning Ajv's errors into InputIssues that name the
 * field path, the value found and what was expected — one line per problem.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { pointerToPath, showValue, type InputIssue } from '../inputError.js';

const ajv = new Ajv({ allErrors: true, verbose: true, discriminator: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

/** Validates `data` against `schema`; returns the issues (empty when valid). */
export function validateWithSchema(schema: object, data: unknown): InputIssue[] {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  if (validate(data)) return [];
  return dedupe(collapseUnions(validate.errors ?? []));
}

/**
 * A value that fails a union (`anyOf`) fails every branch, and Ajv reports each. When a branch
 * got deeper (the value had the right shape but a bad field), only those deeper errors matter;
 * otherwise the branch errors collapse into one line using the union's description.
 */
function collapseUnions(errors: ErrorObject[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const unions = errors.filter((e) => e.keyword === 'anyOf');
  const consumed = new Set<ErrorObject>();
  for (const u of unions) {
    const at = u.instancePath;
    const deeper = errors.some((e) => e.instancePath.startsWith(`${at}/`) && e.schemaPath.startsWith(u.schemaPath.replace(/\/anyOf$/, '')));
    for (const e of errors) {
      if (e !== u && e.instancePath === at && e.schemaPath.startsWith(`${u.schemaPath}/`)) consumed.add(e);
    }
    consumed.add(u);
    if (!deeper) {
      const description = (u.parentSchema as { description?: string } | undefined)?.description ?? 'a value of another type';
      issues.push({ path: pointerToPath(at), message: `expected ${description}, got ${showValue(u.data)}` });
    }
  }
  for (const e of errors) {
    if (!consumed.has(e) && e.keyword !== 'oneOf' && e.keyword !== 'if') issues.push(toIssue(e));
  }
  return issues;
}

function toIssue(e: ErrorObject): InputIssue {
  const base = pointerToPath(e.instancePath);
  switch (e.keyword) {
    case 'required': {
      const field = (e.params as { missingProperty: string }).missingProperty;
      return { path: join(base, field), message: 'required field is missing' };
    }
    case 'additionalProperties': {
      const field = (e.params as { additionalProperty: string }).additionalProperty;
      return { path: join(base, field), message: 'unknown field (check the spelling against the schema)' };
    }
    case 'discriminator':
      return { path: join(base, 'dist'), message: `expected one of the supported distributions, got ${showValue(e.data)}` };
    case 'enum':
      return { path: base, message: `expected one of ${showValue((e.params as { allowedValues: unknown[] }).allowedValues)}, got ${showValue(e.data)}` };
    case 'const':
      return { path: base, message: `expected ${showValue((e.params as { allowedValue: unknown }).allowedValue)}, got ${showValue(e.data)}` };
    default:
      return { path: base, message: `${(e.message ?? 'invalid').replace(/^must (be )?/, 'expected ')}, got ${showValue(e.data)}` };
  }
}

function join(base: string, field: string): string {
  return base === '' ? field : `${base}.${field}`;
}

/** A value that fails several union branches the same way is reported once. */
function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.path}\n${i.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
