/**
 * How soon wardsim gets to work after launch, each a fresh process, median of 7 wall times:
 * - `wardsim --help` (target ≤ 0.2 s);
 * - `wardsim run sapporo-kita-peak --part visitors --replications 1 --json`, on this thread and
 *   with the default worker threads: launch to exit, so an upper bound on "the first replication
 *   starts ≤ 0.3 s after launch" (the replication itself takes about 3 ms, printing the result a
 *   few more);
 * - `node -e 0`, the floor any Node program pays, as the reference of the same run.
 * Usage: node dist/benchmarks/startup.js
 */
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, writeBenchResult } from './benchReport.js';

const here = dirname(fileURLToPath(import.meta.url));
const cli = join(here, '..', 'bin', 'wardsim.js');
const env = { ...process.env, WARDSIM_NO_PROGRESS: '1' };

function wallMs(args: string[], runs = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    ms.push(performance.now() - t0);
  }
  return Math.round(median(ms));
}

export function startupBench(): Record<string, number | boolean> {
  const run = [cli, 'run', 'sapporo-kita-peak', '--part', 'visitors', '--replications', '1', '--json'];
  const nodeMs = wallMs(['-e', '0']);
  const helpMs = wallMs([cli, '--help']);
  const runThisThreadMs = wallMs([...run, '--workers', '0']);
  const runWorkersMs = wallMs(run);
  return {
    nodeMs,
    helpMs,
    meetsHelpTarget: helpMs <= 200,
    runThisThreadMs,
    runWorkersMs,
    meetsFirstReplicationTarget: runThisThreadMs <= 300,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = startupBench();
  writeBenchResult('startup', result);
  console.log(JSON.stringify(result));
}
