/**
 * MMC-REF cold: one replication of MMC-REF (1,000,000 customers) in a fresh Node process, as a
 * user pays it — through the CLI (`wardsim simulate model.json --replications 1`: with the default
 * workers, which run a single replication on this thread, and with `--workers 1`, a worker thread
 * of its own) — against the hand-tuned loop (mmcHandLoop.ts) in a fresh
 * process of its own, and the engine alone (runNetworkReplication imported directly, no CLI).
 * Each is run 3 times; medians of the wall time of the whole process. Target: hand ÷ CLI ≥ 0.5.
 * Run from the project root: node dist/benchmarks/mmcRefCold.js
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, writeBenchResult } from './benchReport.js';

const here = dirname(fileURLToPath(import.meta.url));
const MODEL = {
  name: 'MMC-REF',
  horizonMin: null,
  sources: [
    { id: 'arrivals', to: 'servers', interarrivalMin: { dist: 'exponential', mean: 1 / 7.2 }, maxArrivals: 1_000_000 },
  ],
  stations: [{ id: 'servers', servers: 8, serviceMin: { dist: 'exponential', mean: 1 } }],
};

/** Wall time (ms) of `node args…`, median of `runs`. */
function timeProcess(args: string[], runs = 3): number {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    ms.push(performance.now() - t0);
  }
  return median(ms);
}

export function benchMmcRefCold(): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'wardsim-mmc-'));
  const file = join(dir, 'mmc-ref.json');
  writeFileSync(file, JSON.stringify(MODEL));
  try {
    const cli = join(here, '..', 'bin', 'wardsim.js');
    const self = fileURLToPath(import.meta.url);
    const handMs = timeProcess([self, '--child', 'hand']);
    const engineMs = timeProcess([self, '--child', 'engine', file]);
    const cliMs = timeProcess([cli, 'simulate', file, '--replications', '1', '--json']);
    const cliOneThreadMs = timeProcess([cli, 'simulate', file, '--replications', '1', '--workers', '1', '--json']);
    const nodeMs = timeProcess(['-e', '0']);
    return {
      customers: MODEL.sources[0].maxArrivals,
      nodeStartMs: Math.round(nodeMs),
      handLoopColdMs: Math.round(handMs),
      engineColdMs: Math.round(engineMs),
      cliColdMs: Math.round(cliMs),
      cliColdOneThreadMs: Math.round(cliOneThreadMs),
      /** hand ÷ CLI, one replication with the default workers (this thread) and on one worker thread; target ≥ 0.5. */
      ratioCli: +(handMs / cliMs).toFixed(3),
      ratioCliOneThread: +(handMs / cliOneThreadMs).toFixed(3),
      ratioEngineOnly: +(handMs / engineMs).toFixed(3),
      targets: { ratioCli: 0.5 },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const child = process.argv.indexOf('--child');
  if (child > 0) {
    // One cold run in this process (what the parent times).
    if (process.argv[child + 1] === 'hand') {
      const { mmcHandLoop } = await import('./mmcHandLoop.js');
      mmcHandLoop(1_000_000, 1, 0);
    } else {
      const { runNetworkReplication } = await import('../engine/models/network/networkSimulation.js');
      runNetworkReplication(JSON.parse(readFileSync(process.argv[child + 2], 'utf8')), 1, 0);
    }
  } else {
    const result = benchMmcRefCold();
    writeBenchResult('mmc-ref-cold', result);
    console.log(JSON.stringify(result));
  }
}
