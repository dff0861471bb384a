/**
 * Reads a scenario file the way planners write them:
 * - `"extends": "base.json"` starts from another scenario and deep-merges this one over it
 *   (objects merge key by key, arrays and values replace), so a renovation option states only
 *   what it changes;
 * - a part given as a string (`"visitors": "parts/kita-visitors-peak.json"`) is read from that file;
 * - relative paths are resolved against the file that names them.
 * The result is validated (validateScenario) before any model sees it.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../engine/inputError.js';
import { MAX_INPUT_BYTES } from './inputLimits.js';
import { validateScenario } from './validateScenario.js';
import type { Scenario } from './scenarioSchema.js';

/** Parts that may be given as a path to a JSON file. */
const PART_KEYS = ['visitors', 'workplace'] as const;
/** `extends` chains longer than this are refused (explicit limit; also stops cycles). */
const MAX_EXTENDS_DEPTH = 8;

export interface LoadedScenario {
  scenario: Scenario;
  /** Absolute path of the scenario file. */
  file: string;
  /** Absolute path of the floor plan, when the scenario names one. */
  floorplanFile?: string;
}

export async function loadScenario(file: string): Promise<LoadedScenario> {
  const absolute = resolve(file);
  const raw = await readResolved(absolute, 0);
  const scenario = validateScenario(raw);
  return {
    scenario,
    file: absolute,
    floorplanFile: scenario.floorplan ? resolve(dirname(absolute), scenario.floorplan.file) : undefined,
  };
}

async function readResolved(file: string, depth: number): Promise<Record<string, unknown>> {
  if (depth > MAX_EXTENDS_DEPTH) throw new InputError([{ path: `${file}: extends`, message: `expected at most ${MAX_EXTENDS_DEPTH} levels of extends (a cycle?)` }]);
  const doc = await readJson(file);
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    throw new InputError([{ path: file, message: `expected a JSON object, got ${Array.isArray(doc) ? 'an array' : typeof doc}` }]);
  }
  const here = dirname(file);
  const own = { ...(doc as Record<string, unknown>) };
  for (const key of PART_KEYS) {
    if (typeof own[key] === 'string') own[key] = await readJson(resolve(here, own[key] as string), `${file}: ${key}`);
  }
  if (own.floorplan && typeof own.floorplan === 'object' && typeof (own.floorplan as { file?: unknown }).file === 'string') {
    // Keep plan paths relative to the scenario being loaded, whichever file named them.
    own.floorplan = { ...(own.floorplan as object), file: resolve(here, (own.floorplan as { file: string }).file) };
  }
  const base = own.extends;
  delete own.extends;
  if (base === undefined) return own;
  if (typeof base !== 'string') throw new InputError([{ path: `${file}: extends`, message: `expected a file path, got ${JSON.stringify(base)}` }]);
  return deepMerge(await readResolved(resolve(here, base), depth + 1), own);
}

/** Objects merge key by key; arrays and scalars in `over` replace those in `base`. */
export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const prev = out[key];
    out[key] = isPlainObject(prev) && isPlainObject(value) ? deepMerge(prev, value) : value;
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

async function readJson(file: string, what = file): Promise<unknown> {
  let buf: Buffer;
  try {
    buf = await readFile(file);
  } catch (err) {
    throw new InputError([{ path: what, message: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'})` }]);
  }
  if (buf.byteLength > MAX_INPUT_BYTES) throw new InputError([{ path: what, message: `file is ${buf.byteLength} bytes, the limit is ${MAX_INPUT_BYTES}` }]);
  try {
    return JSON.parse(buf.toString('utf8')) as unknown;
  } catch (err) {
    throw new InputError([{ path: what, message: `${file} is not valid JSON: ${(err as Error).message}` }]);
  }
}
