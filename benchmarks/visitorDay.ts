/**
 * VISITOR-DAY: the 北区 moving-season top day (scenarios/library/sapporo-kita-peak.json: about
 * 1,400 would-be visits, silo counters, every lever at its default) — the targets of issue 3:
 * - one simulated day per replication on one core (median of 5 batches of 100 after a warm-up),
 *   also the normal day for scale;
 * - 1,000 replications on 2 worker threads (runReplications wall time, then aggregation);
 * - the staffing optimiser on a full day of 15-min intervals (peak and normal day, 2 workers).
 * Run from the project root: node --import tsx benchmarks/visitorDay.ts   (or node dist/benchmarks/visitorDay.js)
 * The last line of standard output is one JSON object; benchmarks/results/visitor-day.json is written.
 */
import { pathToFileURL } from 'node:url';
import { runVisitorReplication } from '../engine/models/visitors/runVisitorReplication.js';
import type { VisitorInput } from '../engine/models/visitors/visitorInput.js';
import { aggregateResults } from '../engine/runner/aggregateResults.js';
import { runReplications } from '../engine/runner/runReplications.js';
import { optimiseStaffing } from '../engine/runner/staffing/optimiseStaffing.js';
import { loadScenario } from '../scenarios/study/index.js';
import { toVisitorInput } from '../scenarios/visitors/toVisitorInput.js';
import type { VisitorPart } from '../scenarios/visitors/visitorSchema.js';
import { median, writeBenchResult } from './benchReport.js';

async function inputOf(file: string): Promise<VisitorInput> {
  const { scenario } = await loadScenario(file);
  return toVisitorInput(scenario.visitors as VisitorPart);
}

/** Milliseconds per replication on this thread: median of `batches` batches of `size`. */
function msPerDay(
  input: VisitorInput,
  batches = 5,
  size = 100,
): { median: number; min: number; max: number; events: number; arrived: number } {
  for (let i = 0; i < 200; i++) runVisitorReplication(input, 'warm-up', i);
  const per: number[] = [];
  let events = 0;
  let arrived = 0;
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < size; i++) {
      const r = runVisitorReplication(input, 'bench', b * size + i);
      events += r.events;
      arrived += r.visitors.arrived;
    }
    per.push((performance.now() - t0) / size);
  }
  return {
    median: median(per),
    min: Math.min(...per),
    max: Math.max(...per),
    events: events / (batches * size),
    arrived: arrived / (batches * size),
  };
}

export async function benchVisitorDay(): Promise<Record<string, unknown>> {
  const peak = await inputOf('scenarios/library/sapporo-kita-peak.json');
  const normal = await inputOf('scenarios/library/sapporo-kita-normal.json');
  const peakDay = msPerDay(peak);
  const normalDay = msPerDay(normal);

  await runReplications({ model: 'visitors', input: peak, seed: 'warm-up' }, { replications: 20, workers: 2 });
  const t0 = performance.now();
  const thousand = await runReplications(
    { model: 'visitors', input: peak, seed: 'bench' },
    { replications: 1000, workers: 2 },
  );
  const t1 = performance.now();
  aggregateResults(thousand.results);
  const aggregateMs = performance.now() - t1;
  const thousandTotalMs = performance.now() - t0;

  const staffPeak = await optimiseStaffing(peak, {
    target: 0.8,
    withinMin: 30,
    intervalMin: 15,
    replications: 20,
    seed: 1,
    workers: 2,
  });
  const staffNormal = await optimiseStaffing(normal, {
    target: 0.8,
    withinMin: 15,
    intervalMin: 15,
    replications: 20,
    seed: 1,
    workers: 2,
  });
  return {
    peakVisitorsPerDay: +peakDay.arrived.toFixed(1),
    peakEventsPerDay: Math.round(peakDay.events),
    peakMsPerDayMedian: +peakDay.median.toFixed(3),
    peakMsPerDayMin: +peakDay.min.toFixed(3),
    peakMsPerDayMax: +peakDay.max.toFixed(3),
    normalMsPerDayMedian: +normalDay.median.toFixed(3),
    thousandReplicationsTwoWorkersMs: Math.round(thousand.wallMs),
    thousandReplicationsAggregateMs: Math.round(aggregateMs),
    thousandReplicationsTotalMs: Math.round(thousandTotalMs),
    staffingPeak15MinMs: staffPeak.wallMs,
    staffingPeakEvaluations: staffPeak.evaluations,
    staffingPeakFeasible: staffPeak.feasible,
    staffingNormal15MinMs: staffNormal.wallMs,
    staffingNormalEvaluations: staffNormal.evaluations,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchVisitorDay();
  writeBenchResult('visitor-day', result);
  console.log(JSON.stringify(result));
}
