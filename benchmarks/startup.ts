/**
 * How soon wardsim gets to work after launch, each a fresh process, median of 7 wall times:
 * - `wardsim --help` (target ≤ 0.2 s);
 * - `wardsim run sapporo-kita-peak --part visitors --replications 1 --json` with the default
 *   workers (one replication: this thread) and with `--workers 1` (a worker thread of its own):
 *   launch → the first replication handed to its slot (target ≤ 0.3 s; firstReplicationProbe.ts
 *   reports it through the engine's diagnostics channel), and launch → exit;
 * - `node -e 0`, the floor any Node program pays, as the reference of the same run.
 * Usage: node dist/benchmarks/startup.js
 */
import { execFileSync, spawnSync } from 'node:child_process';
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

const probe = pathToFileURL(join(here, 'firstReplicationProbe.js')).href;

/** Median ms from launch to the first replication handed out, over `runs` fresh processes. */
function firstReplicationMs(args: string[], runs = 7): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const launchedAt = performance.timeOrigin + performance.now();
    const out = spawnSync(process.execPath, ['--import', probe, ...args], { encoding: 'utf8', env });
    const m = /wardsim-first-replication-at ([\d.]+)/.exec(out.stderr);
    if (m === null) throw new Error(`no replication started: ${out.stderr}`);
    ms.push(Number(m[1]) - launchedAt);
  }
  return Math.round(median(ms));
}

export function startupBench(): Record<string, number | boolean> {
  const run = [cli, 'run', 'sapporo-kita-peak', '--part', 'visitors', '--replications', '1', '--json'];
  const nodeMs = wallMs(['-e', '0']);
  const helpMs = wallMs([cli, '--help']);
  const runDefaultMs = wallMs(run);
  const runOneThreadMs = wallMs([...run, '--workers', '1']);
  const firstDefaultMs = firstReplicationMs(run);
  const firstOneThreadMs = firstReplicationMs([...run, '--workers', '1']);
  return {
    nodeMs,
    helpMs,
    meetsHelpTarget: helpMs <= 200,
    /** Default workers: a single replication runs on this thread (bin/flags.ts runWorkersFlag). */
    runDefaultMs,
    runOneThreadMs,
    firstReplicationDefaultMs: firstDefaultMs,
    firstReplicationOneThreadMs: firstOneThreadMs,
    meetsFirstReplicationTarget: firstDefaultMs <= 300 && firstOneThreadMs <= 300,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = startupBench();
  writeBenchResult('startup', result);
  console.log(JSON.stringify(result));
}
