/**
 * Comparing three 北区 options (current building, option A, option B) in one study against running
 * them one by one: the study simulates every option on the same replication indices in one job,
 * so it should cost about the sum of the three runs (target: at most 1.5 × that sum), while its
 * differences are paired. Both are measured in this process, in alternating order, on warm threads.
 * Usage: node dist/benchmarks/compareOptions.js [replications=200] [parts=visitors,workplace]
 */
import { pathToFileURL } from 'node:url';
import { compareScenarios, loadComparison, loadScenario, runScenario, type PartKey } from '../scenarios/study/index.js';
import { median, writeBenchResult } from './benchReport.js';

const OPTIONS = ['sapporo-kita-peak-current-plan', 'sapporo-kita-peak-option-a', 'sapporo-kita-peak-option-b'];

export async function compareOptionsBench(
  replications: number,
  parts: PartKey[],
): Promise<Record<string, number | string | boolean>> {
  const scenarios = await Promise.all(OPTIONS.map((id) => loadScenario(id)));
  const study = await loadComparison(['sapporo-kita-peak-current-plan']);
  // Warm the thread pool and the JIT on a short run of everything.
  await compareScenarios(study, { replications: 4, parts });
  const oneByOne: number[] = [];
  const together: number[] = [];
  let pairedHalfWidth = NaN;
  let unpairedHalfWidth = NaN;
  for (let round = 0; round < 2; round++) {
    let t = performance.now();
    for (const s of scenarios) await runScenario(s, { replications, parts });
    oneByOne.push(performance.now() - t);
    t = performance.now();
    const c = await compareScenarios(study, { replications, parts });
    together.push(performance.now() - t);
    const wait = c.variants[0].metrics.waitMeanMin;
    if (wait) {
      pairedHalfWidth = wait.diff.ci95 ?? NaN;
      unpairedHalfWidth = wait.unpairedCi95 ?? NaN;
    }
  }
  const ratio = median(together) / median(oneByOne);
  return {
    replications,
    parts: parts.join('+'),
    oneByOneMsMedian: Math.round(median(oneByOne)),
    compareMsMedian: Math.round(median(together)),
    compareToOneByOne: Number(ratio.toFixed(3)),
    meetsTarget: ratio <= 1.5,
    pairedHalfWidthWaitMin: Number(pairedHalfWidth.toFixed(3)),
    unpairedHalfWidthWaitMin: Number(unpairedHalfWidth.toFixed(3)),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const replications = Number(process.argv[2] ?? 200);
  const parts = (process.argv[3] ?? 'visitors,workplace').split(',') as PartKey[];
  const result = await compareOptionsBench(replications, parts);
  writeBenchResult('compareOptions', result);
  console.log(JSON.stringify(result)); // one line: runAll reads the last line
}
