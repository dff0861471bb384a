/**
 * The bad-input corpus: every file under tests/hardening/corpus/<format>/ is one case, with its
 * expected exit code (HTTP status for the API) and error code in corpus/expected.json. The
 * format decides the command that reads the file; a case may name its own command line.
 * Large and special cases (100k-deep nesting, FIFOs, devices, 10^5-vertex plans) are made at run
 * time by specialCases.ts, into the same temporary copy of the corpus.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseRequest } from './caseTypes.js';

export const CORPUS_DIR = join(import.meta.dirname, 'corpus');

export interface Expectation {
  /** Exit code of the CLI (0 ok, 2 rejected), or the HTTP status of an API case. */
  exit: number;
  /** A code the output must name (for rejections). */
  code?: string;
  /** Why the case is here (what went wrong before it was fixed). */
  why?: string;
  /** The command line, with {case} for the case file and {base} for the corpus' base folder. */
  args?: string[];
}

export interface CorpusCase {
  name: string;
  expected: Expectation;
  request: CaseRequest;
}

/** Command line per format: how a file of that format reaches wardsim. */
const COMMANDS: Record<string, string[]> = {
  model: ['simulate', '{case}', '--replications', '2', '--workers', '0'],
  scenario: ['run', '{case}', '--replications', '2', '--workers', '0'],
  'visitors-part': ['run', '{wrapper:visitors}', '--replications', '2', '--workers', '0'],
  'workplace-part': ['run', '{wrapper:workplace}', '--replications', '2', '--workers', '0'],
  refs: ['run', '{case}', '--replications', '2', '--workers', '0'],
  plan: ['floorplan', 'check', '{case}'],
  dxf: ['floorplan', 'import', '{case}', '--layers', '{base}/layers.json'],
  layers: ['floorplan', 'import', '{base}/drawing.dxf', '--layers', '{case}'],
  demand: ['floorplan', 'check', '{base}/plan.geojson', '--demand', '{case}'],
  'staff-ranks': ['floorplan', 'check', '{base}/plan.geojson', '--staff', '{case}'],
};

/** The request of a case in the corpus copy at `root`. */
export function requestOf(root: string, name: string, expected: Expectation): CaseRequest {
  const [format] = name.split('/');
  const file = join(root, name);
  if (format === 'flags' || format === 'api') {
    const spec = JSON.parse(readFileSync(file, 'utf8')) as {
      args?: string[];
      method?: string;
      url?: string;
      body?: unknown;
      bodyText?: string;
      contentType?: string;
    };
    if (format === 'flags') return { kind: 'cli', args: (spec.args ?? []).map((a) => fill(a, root, file)), cwd: root };
    const body =
      spec.bodyText !== undefined
        ? fill(spec.bodyText, root, file)
        : spec.body === undefined
          ? undefined
          : JSON.stringify(spec.body);
    return {
      kind: 'api',
      method: (spec.method ?? 'GET') as 'GET',
      url: spec.url ?? '/',
      body,
      contentType: spec.contentType,
    };
  }
  const args = expected.args ?? COMMANDS[format];
  if (args === undefined) throw new Error(`no command for the corpus format ${format} (${name})`);
  return { kind: 'cli', args: args.map((a) => fill(a, root, file)), cwd: root };
}

function fill(arg: string, root: string, file: string): string {
  const wrapper = /^\{wrapper:(\w+)\}$/.exec(arg);
  if (wrapper) return `${file}.${wrapper[1]}-wrapper.json`;
  return arg.replaceAll('{case}', file).replaceAll('{base}', join(root, 'base')).replaceAll('{root}', root);
}

export function corpusExpectations(): Record<string, Expectation> {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as Record<string, Expectation>;
}
