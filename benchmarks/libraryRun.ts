/**
 * LIBRARY-RUN: `wardsim run sapporo-kita-normal` as a user types it — a fresh process, the
 * default 100 replications on the default worker threads, each replication one visitor day and
 * one workplace year of the 300-staff office (with the sizing curves `run` reports) — median of 3
 * whole-process wall times, next to the run's own `wallMs` (the study without process start,
 * loading and printing). Target: ≤ 5 s. Run from the project root: node dist/benchmarks/libraryRun.js
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, writeBenchResult } from './benchReport.js';

const here = dirname(fileURLToPath(import.meta.url));

export function benchLibraryRun(runs = 3): Record<string, unknown> {
  const cli = join(here, '..', 'bin', 'wardsim.js');
  const loadStart = loadavg()[0];
  const processMs: number[] = [];
  const studyMs: number[] = [];
  let replications = 0;
  let workers = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const args = [cli, 'run', 'sapporo-kita-normal', '--json'];
    const out = execFileSync(process.execPath, args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 28,
    });
    processMs.push(performance.now() - t0);
    const result = JSON.parse(out) as { wallMs: number; replications: number; workers: number };
    studyMs.push(result.wallMs);
    replications = result.replications;
    workers = result.workers;
  }
  return {
    scenario: 'sapporo-kita-normal',
    replications,
    workers,
    processMsMedian: Math.round(median(processMs)),
    studyWallMsMedian: Math.round(median(studyMs)),
    processMs: processMs.map(Math.round),
    load: [loadStart, loadavg()[0]],
    targets: { processMs: 5000 },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = benchLibraryRun();
  writeBenchResult('library-run', result);
  console.log(JSON.stringify(result));
}
