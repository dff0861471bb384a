/**
 * Memory against the number of replications (issue 15: flat beyond the per-replication KPI
 * vectors). The 北区 peak day's visitor part, run through the study layer on 2 worker threads at
 * 100, 1,000 and 3,000 replications, each in a fresh process (node --expose-gc): the heap kept
 * after the run (with the result still held, after a full collection), the heap's peak during
 * the run (sampled every 20 ms), and peak RSS (worker threads included). The growth of the kept
 * heap per replication is set against what the result must hold per replication: one number
 * per KPI (8 bytes each in a typed array; the result JSON holds them as text).
 * Usage: node dist/benchmarks/memoryByReplications.js
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeBenchResult } from './benchReport.js';

const COUNTS = [100, 1000, 3000];

interface Probe {
  replications: number;
  keptMiB: number;
  peakHeapMiB: number;
  peakRssMiB: number;
  kpis: number;
}

/** One run in this process: called in the child (`--probe N`). */
async function probe(replications: number): Promise<Probe> {
  const { loadScenario, runScenario } = await import('../scenarios/study/index.js');
  const collect = (globalThis as { gc?: () => void }).gc;
  if (collect === undefined) throw new Error('run with node --expose-gc');
  const scenario = await loadScenario('sapporo-kita-peak');
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 20);
  collect();
  const before = process.memoryUsage().heapUsed;
  const result = await runScenario(scenario, { replications, workers: 2, parts: ['visitors'] });
  clearInterval(sampler);
  collect();
  const kept = process.memoryUsage().heapUsed - before;
  const MiB = 2 ** 20;
  return {
    replications: result.replications,
    keptMiB: +(kept / MiB).toFixed(2),
    peakHeapMiB: +(peak / MiB).toFixed(1),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
    kpis: Object.keys(result.kpis).length,
  };
}

export function benchMemory(): Record<string, unknown> {
  const script = fileURLToPath(import.meta.url);
  const probes = COUNTS.map((n) => {
    const out = execFileSync(process.execPath, ['--expose-gc', script, '--probe', String(n)], { encoding: 'utf8' });
    return JSON.parse(out.trim().split('\n').pop() ?? '{}') as Probe;
  });
  const first = probes[0];
  const last = probes[probes.length - 1];
  const perReplicationBytes = ((last.keptMiB - first.keptMiB) * 2 ** 20) / (last.replications - first.replications);
  return {
    probes,
    keptBytesPerReplication: Math.round(perReplicationBytes),
    kpiVectorBytesPerReplication: last.kpis * 8,
    peakHeapGrowthMiB: +(last.peakHeapMiB - first.peakHeapMiB).toFixed(1),
    peakRssGrowthMiB: last.peakRssMiB - first.peakRssMiB,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--probe');
  if (at >= 0) console.log(JSON.stringify(await probe(Number(process.argv[at + 1]))));
  else {
    const result = benchMemory();
    writeBenchResult('memory', result);
    console.log(JSON.stringify(result));
  }
}
