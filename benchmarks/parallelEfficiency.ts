/**
 * 8 replications of MMC-REF on 1 worker thread vs 2: parallel efficiency = T1 / (2 · T2),
 * median of 3. Measured twice: with warm threads from the shared pool (the steady state of the
 * optimiser, the API and any repeated run) and cold, starting fresh threads for each run (what a
 * single CLI run pays). Also checks that all runs give bit-identical results.
 * Run: node dist/benchmarks/parallelEfficiency.js
 */
import { pathToFileURL } from 'node:url';
import { runReplications, type RunOptions } from '../engine/index.js';
import { median, writeBenchResult } from './benchReport.js';
import { mmcRefModel } from './mmcRef.js';

export async function benchParallelEfficiency(runs = 3): Promise<Record<string, unknown>> {
  const job = { model: 'network' as const, input: mmcRefModel(), seed: 'bench' };
  const fingerprints = new Set<string>();
  const time = async (workers: number, threadPool: RunOptions['threadPool']) => {
    const out = await runReplications(job, { replications: 8, workers, threadPool });
    fingerprints.add(JSON.stringify(out.results));
    return out.wallMs;
  };
  const measure = async (threadPool: RunOptions['threadPool']) => {
    await time(2, threadPool); // warm-up (and, for the shared pool, start its threads)
    const one: number[] = [];
    const two: number[] = [];
    for (let i = 0; i < runs; i++) {
      one.push(await time(1, threadPool));
      two.push(await time(2, threadPool));
    }
    const t1 = median(one);
    const t2 = median(two);
    return {
      msOneWorker: Math.round(t1),
      msTwoWorkers: Math.round(t2),
      speedup: +(t1 / t2).toFixed(3),
      parallelEfficiency: +(t1 / (2 * t2)).toFixed(3),
    };
  };
  const warm = await measure(undefined);
  const cold = await measure(null);
  return {
    replications: 8,
    msPerReplicationOneWorker: +(warm.msOneWorker / 8).toFixed(1),
    warm,
    cold,
    parallelEfficiency: warm.parallelEfficiency,
    parallelEfficiencyColdStart: cold.parallelEfficiency,
    identicalResults: fingerprints.size === 1,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchParallelEfficiency();
  writeBenchResult('parallel-efficiency', result);
  console.log(JSON.stringify(result));
}
