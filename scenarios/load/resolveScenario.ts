/**
 * Reads a scenario the way planners write them, through a resolver (files, the bundled library,
 * later the store):
 * - `"extends": "base.json"` starts from another scenario and deep-merges this one over it, so a
 *   renovation option states only what it changes;
 * - a part given as a reference (`"visitors": "parts/kita-visitors-peak.json"`) is read in;
 * - `floorplan.file` is resolved against the document that names it and the plan is read;
 * - `id`, `variants` and `sweep` belong to the file that states them and are not inherited (a file
 *   that extends another is a different scenario, so it never takes its parent's id).
 * The merged document is validated (validateScenario) before any model sees it.
 */
import { InputError } from '../../engine/inputError.js';
import { validateScenario } from '../validateScenario.js';
import type { Scenario } from '../scenarioSchema.js';
import { deepMerge, isPlainObject, refusePrototypeKeys } from './deepMerge.js';
import { parseJsonText } from './parseJsonText.js';
import { displayUri, type ResolvedSource, type ScenarioResolver } from './resolver.js';

/** Parts that may be given as a reference to a JSON file. */
const PART_KEYS = ['visitors', 'workplace'] as const;
/** Keys that belong to the file that states them. */
const OWN_KEYS = ['variants', 'sweep', 'extends', '$schema', 'id'] as const;
/** `extends` chains longer than this are refused (explicit limit; also stops cycles). */
export const MAX_EXTENDS_DEPTH = 8;

export interface ResolvedPlan {
  uri: string;
  /** The parsed GeoJSON (validated when compiled). */
  geojson: unknown;
}

export interface ResolvedScenario {
  /** Merged and validated; parts inlined; `floorplan.file` is the plan's URI. */
  scenario: Scenario;
  /** Where the scenario came from (the base of its variants' references). */
  uri: string;
  plan?: ResolvedPlan;
}

/** Reads, merges and validates the scenario named `ref`. */
export async function resolveScenario(
  ref: string,
  resolver: ScenarioResolver,
  fromUri?: string,
): Promise<ResolvedScenario> {
  const source = await resolver.read(ref, fromUri, ref);
  const raw = await resolveDocument(await documentOf(source, displayUri(source.uri)), source.uri, resolver, 0);
  return finish(raw, source.uri, resolver);
}

/** A scenario given as a JSON value (an HTTP body): references may only use the library. */
export async function resolveScenarioValue(
  doc: unknown,
  uri: string,
  resolver: ScenarioResolver,
): Promise<ResolvedScenario> {
  if (!isPlainObject(doc))
    throw new InputError(
      [{ path: '', message: `expected a JSON object, got ${Array.isArray(doc) ? 'an array' : typeof doc}` }],
      'WSM_SCENARIO_INVALID',
    );
  refusePrototypeKeys(doc, '');
  return finish(await resolveDocument(doc, uri, resolver, 0), uri, resolver);
}

/**
 * The variant `override` of an already resolved scenario: merged over it like `extends` (its
 * references resolved against the base's file), with the name and id it gives.
 */
export async function resolveVariant(
  base: ResolvedScenario,
  override: Record<string, unknown>,
  resolver: ScenarioResolver,
  path: string,
): Promise<ResolvedScenario> {
  refusePrototypeKeys(override, path);
  const own = await inlineReferences({ ...override }, base.uri, resolver);
  const baseDoc = withoutOwnKeys(base.scenario as unknown as Record<string, unknown>);
  return finish(deepMerge(baseDoc, withoutOwnKeys(own)), base.uri, resolver);
}

async function finish(
  raw: Record<string, unknown>,
  uri: string,
  resolver: ScenarioResolver,
): Promise<ResolvedScenario> {
  const scenario = validateScenario(raw);
  if (scenario.floorplan === undefined) return { scenario, uri };
  const source = await resolver.read(scenario.floorplan.file, undefined, 'floorplan.file');
  const geojson = parseJsonText(source.text, 'floorplan.file');
  return { scenario, uri, plan: { uri: source.uri, geojson } };
}

async function documentOf(source: ResolvedSource, path: string): Promise<Record<string, unknown>> {
  const doc = parseJsonText(source.text, path);
  if (!isPlainObject(doc))
    throw new InputError(
      [{ path, message: `expected a JSON object, got ${Array.isArray(doc) ? 'an array' : typeof doc}` }],
      'WSM_SCENARIO_INVALID',
    );
  refusePrototypeKeys(doc, '');
  return doc;
}

async function resolveDocument(
  doc: Record<string, unknown>,
  uri: string,
  resolver: ScenarioResolver,
  depth: number,
): Promise<Record<string, unknown>> {
  const own = await inlineReferences({ ...doc }, uri, resolver);
  const base = own.extends;
  delete own.extends;
  if (base === undefined) return own;
  if (typeof base !== 'string') {
    throw new InputError(
      [
        {
          path: `${displayUri(uri)}: extends`,
          message: `expected a reference to a scenario file, got ${JSON.stringify(base)}`,
        },
      ],
      'WSM_REFERENCE_INVALID',
    );
  }
  if (depth >= MAX_EXTENDS_DEPTH) {
    throw new InputError(
      [
        {
          path: `${displayUri(uri)}: extends`,
          message: `expected at most ${MAX_EXTENDS_DEPTH} levels of extends, got more (a cycle?)`,
        },
      ],
      'WSM_REFERENCE_INVALID',
    );
  }
  const source = await resolver.read(base, uri, `${displayUri(uri)}: extends`);
  const parent = await resolveDocument(
    await documentOf(source, displayUri(source.uri)),
    source.uri,
    resolver,
    depth + 1,
  );
  return deepMerge(withoutOwnKeys(parent), own);
}

/** Reads part references and makes the plan reference absolute (relative to `uri`). */
async function inlineReferences(
  own: Record<string, unknown>,
  uri: string,
  resolver: ScenarioResolver,
): Promise<Record<string, unknown>> {
  for (const key of PART_KEYS) {
    const ref = own[key];
    if (typeof ref !== 'string') continue;
    const source = await resolver.read(ref, uri, key);
    const part = parseJsonText(source.text, key);
    refusePrototypeKeys(part, key);
    own[key] = part;
  }
  const plan = own.floorplan;
  if (isPlainObject(plan) && typeof plan.file === 'string') {
    // Resolve now, against the document that names the plan, whichever file extends it later.
    own.floorplan = { ...plan, file: resolver.locate(plan.file, uri, 'floorplan.file') };
  }
  return own;
}

function withoutOwnKeys(doc: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(doc)) if (!(OWN_KEYS as readonly string[]).includes(k)) out[k] = v;
  return out;
}
