/**
 * One place that stamps and writes benchmark results: every run is written as JSON to
 * benchmarks/results/<name>.json (git-ignored) with the commit, Node version and machine,
 * so numbers quoted in docs can be traced to a commit.
 */
import { execSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';

export interface BenchStamp {
  commit: string;
  dirty: boolean;
  node: string;
  cpu: string;
  cores: number;
  memGiB: number;
  date: string;
  /** 1-, 5- and 15-minute load averages when the record was written (a busy machine inflates times). */
  loadAvg: number[];
}

/** Commit and machine facts for a benchmark record. */
export function benchStamp(): BenchStamp {
  let commit = 'unknown';
  let dirty = false;
  try {
    commit = execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
    dirty =
      execSync('git status --porcelain --untracked-files=no', { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim() !== '';
  } catch {
    // Not a git checkout (e.g. an unpacked tarball): the stamp says so.
  }
  const cpuList = cpus();
  return {
    commit,
    dirty,
    node: process.version,
    cpu: cpuList[0]?.model ?? 'unknown',
    cores: cpuList.length,
    memGiB: Math.round(totalmem() / 2 ** 30),
    date: new Date().toISOString(),
    loadAvg: loadavg().map((x) => +x.toFixed(2)),
  };
}

/** Writes `{ name, stamp, ...data }` to benchmarks/results/<name>.json and returns the path. */
export function writeBenchResult(name: string, data: Record<string, unknown>): string {
  const dir = join(process.cwd(), 'benchmarks', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ name, stamp: benchStamp(), ...data }, null, 2)}\n`);
  return file;
}

/** Median of a non-empty list (benchmarks report median and spread, never a single run). */
export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Median, min and max wall time of `runs` calls after `warmup` untimed ones (ms, 2 decimals). */
export interface Timing {
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
}

/** Times `fn(i)`; warm-up calls get indices from 1000 on so they never repeat a timed one. */
export function timeRuns(runs: number, warmup: number, fn: (i: number) => void): Timing {
  for (let i = 0; i < warmup; i++) fn(1000 + i);
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms.push(performance.now() - t0);
  }
  const round = (x: number) => Math.round(x * 100) / 100;
  return { medianMs: round(median(ms)), minMs: round(Math.min(...ms)), maxMs: round(Math.max(...ms)), runs };
}
