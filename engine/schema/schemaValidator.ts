/**
 * JSON Schema validation with Ajv, turning Ajv's errors into InputIssues that name the
 * field path, the value found and what was expected — one line per problem.
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { pointerToPath, showValue, type InputIssue } from '../inputError.js';
import { INPUT_AJV_OPTIONS, precompiledValidatorFiles } from './ajvOptions.js';
import { loadValidatorsScript } from './precompiledValidators.js';
import { RESERVED_NAME_MESSAGE } from './reservedNames.js';

const MAX_AJV_ERRORS = 500;
const compiled = new WeakMap<object, ValidateFunction>();
const require = createRequire(import.meta.url);
let ajv: Ajv | undefined;

/**
 * The validator of `schema`. NOTE (speed): compiling the scenario schema costs about a second
 * (about 0.15 s the model's), paid by every command before its first replication; the build
 * precompiles the schemas with an $id (scripts/buildValidators.ts) into files beside this one,
 * so a built wardsim loads them instead — and never loads Ajv itself. Run from the sources (the
 * tests), the file is absent and the schema is compiled here, with the same options.
 */
function validatorOf(schema: object): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate !== undefined) return validate;
  const id = (schema as { $id?: unknown }).$id;
  validate = typeof id === 'string' ? loadPrecompiled(id) : undefined;
  if (validate === undefined) {
    ajv ??= new (require('ajv') as { Ajv: new (o: typeof INPUT_AJV_OPTIONS) => Ajv }).Ajv(INPUT_AJV_OPTIONS);
    validate = ajv.compile(schema);
  }
  compiled.set(schema, validate);
  return validate;
}

/** The build's validator of the schema `id`, or undefined (run from the sources, or no such file). */
function loadPrecompiled(id: string): ValidateFunction | undefined {
  const files = precompiledValidatorFiles(id);
  const path = (name: string) => fileURLToPath(new URL(`./${name}`, import.meta.url));
  return loadValidatorsScript(path(files.code), path(files.cache))?.byId[id];
}

/** Validates `data` against `schema`; returns the issues (empty when valid). */
export function validateWithSchema(schema: object, data: unknown): InputIssue[] {
  const validate = validatorOf(schema);
  if (validate(data)) return [];
  // Ajv lists every failure (allErrors); a generated document can fail 10^5 times, and the union
  // collapsing below is quadratic: look at the first failures only (InputError counts the rest).
  const errors = validate.errors ?? [];
  return withoutEchoes(
    dedupe(collapseUnions(errors.length > MAX_AJV_ERRORS ? errors.slice(0, MAX_AJV_ERRORS) : errors)),
  );
}

/**
 * A distribution with an unknown `dist` fails the discriminator and the enum of `dist`: the
 * enum's line says it all (it lists the names), so the discriminator's is dropped.
 */
function withoutEchoes(issues: InputIssue[]): InputIssue[] {
  const echo = (i: InputIssue) => i.message.startsWith('expected one of the supported distributions');
  return issues.filter((i) => !(echo(i) && issues.some((j) => j !== i && j.path === i.path)));
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
    const deeper = errors.some(
      (e) => e.instancePath.startsWith(`${at}/`) && e.schemaPath.startsWith(u.schemaPath.replace(/\/anyOf$/, '')),
    );
    for (const e of errors) {
      if (e !== u && e.instancePath === at && e.schemaPath.startsWith(`${u.schemaPath}/`)) consumed.add(e);
    }
    consumed.add(u);
    if (!deeper) {
      const description =
        (u.parentSchema as { description?: string } | undefined)?.description ?? 'a value of another type';
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
      return {
        path: join(base, 'dist'),
        message: `expected one of the supported distributions, got ${showValue(e.data)}`,
      };
    case 'enum':
      return {
        path: base,
        message: `expected one of ${showValue((e.params as { allowedValues: unknown[] }).allowedValues)}, got ${showValue(e.data)}`,
      };
    case 'not': {
      const reserved = ((e.schema as { enum?: unknown[] } | undefined)?.enum ?? []).includes('constructor');
      if (reserved)
        return { path: base, message: `${RESERVED_NAME_MESSAGE}: ${showValue(e.data)}`, code: 'WSM_KEY_RESERVED' };
      return { path: base, message: `expected another value, got ${showValue(e.data)}` };
    }
    case 'pattern': {
      const description = (e.parentSchema as { description?: string } | undefined)?.description;
      const expected = description ?? `text matching ${(e.params as { pattern: string }).pattern}`;
      return { path: base, message: `expected ${expected}, got ${showValue(e.data)}` };
    }
    case 'const':
      return {
        path: base,
        message: `expected ${showValue((e.params as { allowedValue: unknown }).allowedValue)}, got ${showValue(e.data)}`,
      };
    case 'type':
      return {
        path: base,
        message: `expected ${typeWords((e.params as { type: string | string[] }).type)}, got ${kindOf(e.data)}`,
      };
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum': {
      const { comparison, limit } = e.params as { comparison: string; limit: number };
      const sign = { '<=': '≤', '>=': '≥', '<': '<', '>': '>' }[comparison] ?? comparison;
      return { path: base, message: `expected ${sign} ${limit.toLocaleString('en')}, got ${showValue(e.data)}` };
    }
    case 'maxItems':
    case 'minItems':
    case 'maxLength':
    case 'minLength':
    case 'maxProperties':
    case 'minProperties': {
      const limit = (e.params as { limit: number }).limit;
      const what = e.keyword.endsWith('Items') ? 'items' : e.keyword.endsWith('Length') ? 'characters' : 'fields';
      const count = Array.isArray(e.data)
        ? e.data.length
        : typeof e.data === 'string'
          ? [...e.data].length
          : Object.keys(e.data as object).length;
      const bound = e.keyword.startsWith('max') ? 'at most' : 'at least';
      return {
        path: base,
        message: `expected ${bound} ${limit.toLocaleString('en')} ${what}, got ${count.toLocaleString('en')}`,
      };
    }
    default:
      return {
        path: base,
        message: `${(e.message ?? 'invalid').replace(/^must (be )?/, 'expected ')}, got ${showValue(e.data)}`,
      };
  }
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'an array',
  number: 'a number',
  integer: 'a whole number',
  string: 'a text (string)',
  boolean: 'true or false',
  null: 'null',
};

function typeWords(type: string | string[]): string {
  return (Array.isArray(type) ? type : [type]).map((t) => TYPE_WORDS[t] ?? t).join(' or ');
}

/** What a value is, in words, with the value itself when it is short. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of ${value.length} item${value.length === 1 ? '' : 's'}`;
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isInteger(value)) return `the number ${showValue(value)}`;
  return `${typeof value === 'string' ? 'the text' : typeof value === 'number' ? 'the number' : 'the value'} ${showValue(value)}`;
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
