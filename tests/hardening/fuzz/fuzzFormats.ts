/**
 * The formats the fuzzers mutate: a valid document of each (the corpus' base files), how a
 * mutated copy reaches wardsim, and where the command writes its output (checked afterwards:
 * complete on exit 0, absent on a rejection, no temporary file left behind).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CaseRequest } from '../caseTypes.js';
import { CORPUS_DIR } from '../corpusCases.js';
import { applyMutations, mutationsArb } from './mutateJson.js';
import { applyLineMutations, lineMutationsArb } from './mutateText.js';

export interface FuzzInput {
  /** The mutated document (written to `file` in the fuzz folder), or none for command lines. */
  text?: string;
  /** What the request does, given the folder the mutated file sits in. */
  request(dir: string, file: string, out: string): CaseRequest;
  /** The output file a successful CLI run must leave complete; null when it prints only. */
  writesOut: boolean;
}

export interface FuzzFormat {
  name: string;
  ext: string;
  inputs: fc.Arbitrary<FuzzInput>;
}

const BASE = join(CORPUS_DIR, 'base');
const json = (file: string) => JSON.parse(readFileSync(join(BASE, file), 'utf8')) as never;
/** A fuzzed run that is valid simulates: a small budget (about a second of work) keeps each short. */
export const FUZZ_WORK_BUDGET = '2e7';
const cli = (args: string[], dir: string): CaseRequest => ({
  kind: 'cli',
  args,
  cwd: dir,
  env: { WARDSIM_WORK_BUDGET: FUZZ_WORK_BUDGET },
});

function jsonFormat(
  name: string,
  baseFile: string,
  ext: string,
  args: (file: string, out: string) => string[],
  writesOut: boolean,
): FuzzFormat {
  const base = json(baseFile);
  return {
    name,
    ext,
    inputs: mutationsArb.map((m) => ({
      text: applyMutations(base, m),
      request: (dir, file, out) => cli(args(file, out), dir),
      writesOut,
    })),
  };
}

function apiFormat(name: string, baseFile: string, url: string): FuzzFormat {
  const base = json(baseFile);
  return {
    name,
    ext: '.json',
    inputs: mutationsArb.map((m) => {
      const body = applyMutations(base, m);
      return { request: () => ({ kind: 'api', method: 'POST', url, body }), writesOut: false };
    }),
  };
}

const RUN = ['--replications', '2', '--workers', '0', '--json'];
const FLAG_VALUES = [
  '0',
  '-1',
  '1',
  '2',
  '1.5',
  '1e9',
  '99999999999999999999',
  'abc',
  '',
  'NaN',
  'Infinity',
  'ja',
  'en',
  '15',
  '0.5',
  '-0',
];
const FLAGS = [
  '--replications',
  '--precision',
  '--min-replications',
  '--seed',
  '--workers',
  '--lang',
  '--part',
  '--target',
  '--within',
  '--interval',
  '--occupancy',
  '--alpha',
  '--beta',
  '--max-units',
  '--level',
  '--set',
  '--nope',
  '-x',
  '--json',
  '--full',
  '--force',
];

export const FUZZ_FORMATS: FuzzFormat[] = [
  jsonFormat('model', 'model.json', '.json', (f, o) => ['simulate', f, ...RUN, '--out', o], true),
  jsonFormat('scenario', 'scenario.json', '.json', (f, o) => ['run', f, ...RUN, '--out', o], true),
  jsonFormat('plan', 'plan.geojson', '.geojson', (f, o) => ['floorplan', 'show', f, '--out', o], true),
  jsonFormat('plan-check', 'plan.geojson', '.geojson', (f) => ['floorplan', 'check', f, '--json'], false),
  jsonFormat(
    'layers',
    'layers.json',
    '.json',
    (f, o) => ['floorplan', 'import', join(BASE, 'drawing.dxf'), '--layers', f, '--out', o],
    true,
  ),
  jsonFormat(
    'demand',
    'demand.json',
    '.json',
    (f) => ['floorplan', 'check', join(BASE, 'plan.geojson'), '--demand', f, '--json'],
    false,
  ),
  {
    name: 'dxf',
    ext: '.dxf',
    inputs: lineMutationsArb.map((m) => ({
      text: applyLineMutations(readFileSync(join(BASE, 'drawing.dxf'), 'utf8'), m),
      request: (dir, file, out) =>
        cli(['floorplan', 'import', file, '--layers', join(BASE, 'layers.json'), '--out', out], dir),
      writesOut: true,
    })),
  },
  {
    name: 'flags',
    ext: '',
    inputs: fc
      .record({
        command: fc.constantFrom(
          ['run', join(BASE, 'scenario.json'), '--workers', '0', '--replications', '2'],
          ['staff', join(BASE, 'scenario.json'), '--workers', '0', '--replications', '2'],
          ['size', join(BASE, 'scenario.json'), '--workers', '0', '--replications', '2'],
          ['sweep', join(BASE, 'scenario.json'), '--workers', '0', '--replications', '2'],
          ['simulate', join(BASE, 'model.json'), '--workers', '0', '--replications', '2'],
          ['floorplan', 'show', join(BASE, 'plan.geojson')],
        ),
        flags: fc.array(fc.tuple(fc.constantFrom(...FLAGS), fc.constantFrom(...FLAG_VALUES)), { maxLength: 4 }),
      })
      .map(({ command, flags }) => ({
        // The fuzzed flags come after the defaults, so they override them.
        request: (dir: string, _file: string, out: string) => cli([...command, ...flags.flat(), '--out', out], dir),
        writesOut: true,
      })),
  },
  apiFormat('api-scenario', 'scenario.json', '/api/scenarios/validate'),
  apiFormat('api-floorplan', 'plan.geojson', '/api/floorplans/validate'),
];
