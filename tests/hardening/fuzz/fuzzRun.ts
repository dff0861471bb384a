/**
 * Runs a fuzzer: `runs` mutated inputs of one format (drawn by fast-check from a seed, so a run
 * can be repeated), each through the case pool with its time limit, and counts how they ended.
 * A failure is exit 1 (or an HTTP 500), a hang, a crash, a rejection without a code, or an
 * output file left incomplete, present after a rejection, or next to a temporary file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { CasePool } from '../casePool.js';
import { codesOf, isFailure, type CaseOutcome } from '../caseTypes.js';
import type { FuzzFormat } from './fuzzFormats.js';

export interface FuzzTally {
  format: string;
  runs: number;
  accepted: number;
  rejected: number;
  failures: { index: number; problem: string; input: string }[];
  ms: number;
}

export async function runFuzz(
  format: FuzzFormat,
  runs: number,
  seed: number,
  pool: CasePool,
  dir: string,
): Promise<FuzzTally> {
  const started = performance.now();
  const inputs = fc.sample(format.inputs, { numRuns: runs, seed });
  const tally: FuzzTally = { format: format.name, runs, accepted: 0, rejected: 0, failures: [], ms: 0 };
  const folder = join(dir, format.name);
  mkdirSync(folder, { recursive: true });
  await Promise.all(
    inputs.map(async (input, index) => {
      const caseDir = join(folder, String(index));
      mkdirSync(caseDir, { recursive: true });
      const file = join(caseDir, `input${format.ext}`);
      const out = join(caseDir, 'out.txt');
      if (input.text !== undefined) writeFileSync(file, input.text);
      const request = input.request(caseDir, file, out);
      const result = await pool.run(request);
      const problem = isFailure(result)
        ? `${result.failure}: ${result.detail}`
        : judge(result, request.kind === 'api', input.writesOut, caseDir, out);
      if (problem === null) {
        if (!isFailure(result) && (result.exit === 0 || (result.exit >= 200 && result.exit < 300))) tally.accepted++;
        else tally.rejected++;
        rmSync(caseDir, { recursive: true, force: true });
      } else {
        const shown =
          request.kind === 'cli'
            ? request.args.join(' ')
            : `${request.method} ${request.url} ${(request.body ?? '').slice(0, 300)}`;
        tally.failures.push({ index, problem, input: `${shown}\n${(input.text ?? '').slice(0, 500)}` });
      }
    }),
  );
  tally.ms = performance.now() - started;
  return tally;
}

/** Null when the outcome is a clean success or a clean rejection; else what is wrong. */
function judge(r: CaseOutcome, api: boolean, writesOut: boolean, dir: string, out: string): string | null {
  if (api) {
    if (r.exit >= 500 || r.exit < 200) return `HTTP ${r.exit}: ${r.stdout.slice(0, 300)}`;
    if (r.exit >= 400 && codesOf(r).length === 0) return `HTTP ${r.exit} without a code: ${r.stdout.slice(0, 300)}`;
    return null;
  }
  if (r.exit !== 0 && r.exit !== 2) return `exit ${r.exit}: ${r.stderr.slice(0, 500)}`;
  if (r.exit === 2 && codesOf(r).length === 0) return `exit 2 without a code: ${r.stderr.slice(0, 300)}`;
  if (/\n\s+at .+:\d+:\d+/.test(r.stderr)) return `a stack trace: ${r.stderr.slice(0, 300)}`;
  const temps = readdirSync(dir).filter((n) => n.endsWith('.tmp'));
  if (temps.length > 0) return `temporary files left: ${temps.join(', ')}`;
  if (!writesOut) return null;
  if (r.exit === 2) return existsSync(out) ? 'an output file written although the input was refused' : null;
  if (!existsSync(out)) return r.stdout.length > 0 || /--help/.test(r.stdout) ? null : 'no output file after exit 0';
  const text = readFileSync(out, 'utf8');
  const start = text.trimStart();
  const complete = start.startsWith('<svg')
    ? text.trimEnd().endsWith('</svg>')
    : /^[[{]/.test(start)
      ? isJson(text)
      : text.endsWith('\n');
  return complete ? null : `an incomplete output file (${text.length} bytes)`;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
