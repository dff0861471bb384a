/**
 * 8 replications of MMC-REF on 1 worker thread vs 2: parallel efficiency = T1 / (2 · T2).
 * Also checks that both runs give bit-identical results. Run: node dist/benchmarks/parallelEfficiency.js
 */
import { pathToFileURL } from 'node:url';
import { runReplications } from '../engine/index.js';
import { median, writeBenchResult } from './benchReport.js';
import { mmcRefModel } from './mmcRef.js';

export async function benchParallelEfficiency(runs = 3): Promise<Record<string, unknown>> {
  const job = { model: 'network' as const, input: mmcRefModel(), seed: 'bench' };
  const time = async (workers: number) => {
    const out = await runReplications(job, { replications: 8, workers });
    return { ms: out.wallMs, fingerprint: JSON.stringify(out.results) };
  };
  await time(2); // warm-up (thread start-up, JIT)
  const one: number[] = [];
  const two: number[] = [];
  let identical = true;
  for (let i = 0; i < runs; i++) {
    const a = await time(1);
    const b = await time(2);
    one.push(a.ms);
    two.push(b.ms);
    identical &&= a.fingerprint === b.fingerprint;
  }
  const t1 = median(one);
  const t2 = median(two);
  return {
    replications: 8,
    msOneWorker: +t1.toFixed(0),
    msTwoWorkers: +t2.toFixed(0),
    msPerReplicationOneWorker: +(t1 / 8).toFixed(1),
    speedup: +(t1 / t2).toFixed(3),
    parallelEfficiency: +(t1 / (2 * t2)).toFixed(3),
    identicalResults: identical,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchParallelEfficiency();
  writeBenchResult('parallel-efficiency', result);
  console.log(JSON.stringify(result));
}
