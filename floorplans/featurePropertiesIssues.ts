/**
 * Validates one feature's `properties` against the TypeBox schema with Ajv and turns Ajv's
 * errors into issues whose path names the feature (`features[3] (id "x").properties.level`).
 */
import { createRequire } from 'node:module';
import type { Ajv, ErrorObject, ValidateFunction } from 'ajv';
import { pointerToPath, showValue, type InputIssue } from '../engine/inputError.js';
import { RESERVED_NAME_MESSAGE } from '../engine/schema/reservedNames.js';
import { FEATURE_KINDS, FeatureProperties } from './featureProperties.js';

let validator: ValidateFunction | null = null;
const require = createRequire(import.meta.url);

function compiled(): ValidateFunction {
  // Compiled once, lazily: Ajv compilation costs milliseconds we only pay when a plan is read.
  // Ajv itself is loaded then too (a scenario without a plan never needs it).
  const AjvClass = (require('ajv') as { Ajv: new (o: object) => Ajv }).Ajv;
  validator ??= new AjvClass({ allErrors: true, strict: true, strictTypes: false, strictRequired: false }).compile(
    FeatureProperties,
  );
  return validator;
}

function describe(error: ErrorObject, properties: unknown): string {
  const value = valueAt(properties, error.instancePath);
  const got = `got ${showValue(value)}`;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return `expected property ${JSON.stringify(p.missingProperty)}, got nothing`;
    case 'anyOf':
      if (error.instancePath === '/kind') return `expected one of ${FEATURE_KINDS.join(', ')}; ${got}`;
      if (error.instancePath === '/access') return `expected "public" or "staff", ${got}`;
      if (error.instancePath === '/seating') return `expected "fixed", "group-address" or "free-address", ${got}`;
      return 'expected "level" (one storey) or "levels" (several), got neither';
    case 'type':
      return `expected ${p.type === 'integer' ? 'a whole number' : p.type === 'object' ? 'an object' : p.type === 'array' ? 'an array' : `a ${String(p.type)}`}, ${got}`;
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return `expected ${({ '<=': '≤', '>=': '≥' } as Record<string, string>)[String(p.comparison)] ?? String(p.comparison)} ${String(p.limit)}, ${got}`;
    case 'minItems':
      return `expected at least ${String(p.limit)} items, ${got}`;
    case 'maxItems':
      return `expected at most ${String(p.limit)} items, ${got}`;
    case 'minLength':
      return `expected at least ${String(p.limit)} characters, ${got}`;
    case 'maxLength':
      return `expected at most ${String(p.limit)} characters, ${got}`;
    case 'uniqueItems':
      return `expected no repeated items, ${got}`;
    case 'not':
      return `${RESERVED_NAME_MESSAGE}: ${showValue(value)}`;
    default:
      return `expected a value that ${error.message ?? 'is valid'}, ${got}`;
  }
}

function valueAt(root: unknown, pointer: string): unknown {
  let node = root;
  for (const part of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Issues for one feature's properties; `prefix` names the feature. */
export function featurePropertiesIssues(properties: unknown, prefix: string): InputIssue[] {
  const validate = compiled();
  if (validate(properties)) return [];
  const errors = (validate.errors ?? []).filter(
    // `if` and the enclosing anyOf of a literal union only repeat what the leaf errors say.
    // (and a building's anyOf of required "level"/"levels" is summarised by its anyOf error).
    (e) =>
      e.keyword !== 'if' &&
      !(e.keyword === 'const' && /^\/(kind|access|seating)$/.test(e.instancePath)) &&
      !(e.keyword === 'required' && e.schemaPath.includes('/anyOf/')),
  );
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  for (const e of errors) {
    const sub = pointerToPath(e.instancePath);
    const path = `${prefix}.properties${sub === '' ? '' : sub.startsWith('[') ? sub : `.${sub}`}`;
    const message = describe(e, properties);
    const key = `${path}\n${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(e.keyword === 'not' ? { path, message, code: 'WSM_KEY_RESERVED' } : { path, message });
  }
  return issues;
}
