/**
 * MMC-REF: M/M/8, λ = 7.2/min, μ = 1/min, FIFO, exactly 1,000,000 arrivals from empty, run
 * until all are served — 2 events per customer — through the public engine API, against the
 * hand-tuned reference loop of the same model (benchmarks/mmcHandLoop.ts) timed in the same
 * process run: 5 rounds after a warm-up, each round one engine replication and one hand-loop
 * run on the same seed and replication, which must agree on the mean wait to the last bit.
 * Also counts the garbage collections (PerformanceObserver 'gc' entries) that fall inside the
 * timed engine replications, each started right after a forced full collection (so that garbage
 * left by the hand loop does not count against the engine): the hot loop allocates nothing, so
 * there should be none.
 * Prints events/s, wall time, the ratio to the hand loop, peak RSS, and the mean wait next to
 * Erlang C's. Run: node dist/benchmarks/mmcRef.js [customers]
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mmc, runNetworkReplication, validateNetworkModel, type NetworkModel } from '../engine/index.js';
import { median, writeBenchResult } from './benchReport.js';
import { mmcHandLoop } from './mmcHandLoop.js';

export function mmcRefModel(customers = 1_000_000): NetworkModel {
  return validateNetworkModel({
    name: 'MMC-REF',
    horizonMin: null,
    sources: [{ id: 'arrivals', to: 'servers', interarrivalMin: { dist: 'exponential', mean: 1 / 7.2 }, maxArrivals: customers }],
    stations: [{ id: 'servers', servers: 8, serviceMin: { dist: 'exponential', mean: 1 } }],
  });
}

/** Start and end (performance.now) of each timed engine replication, and the GCs seen. */
class GcWindows {
  private readonly windows: [number, number][] = [];
  private readonly gcs: number[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) this.gcs.push(e.startTime);
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  add(from: number, to: number): void {
    this.windows.push([from, to]);
  }

  /** GCs that started inside a window (observer entries arrive asynchronously: await first). */
  async countInside(): Promise<number> {
    await new Promise((resolve) => setTimeout(resolve, 50));
    this.observer.disconnect();
    return this.gcs.filter((t) => this.windows.some(([a, b]) => t >= a && t <= b)).length;
  }
}

/** A full garbage collection on demand (V8's gc(), exposed for this process). */
function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export async function benchMmcRef(customers = 1_000_000, runs = 5): Promise<Record<string, unknown>> {
  const model = mmcRefModel(customers);
  const collect = forcedGc();
  // Warm-up: let V8 optimise both loops.
  runNetworkReplication(model, 'bench', 0);
  mmcHandLoop(customers, 'bench', 0);
  const gc = new GcWindows();
  const wallMs: number[] = [];
  const handMs: number[] = [];
  const eventsPerS: number[] = [];
  const waits: number[] = [];
  let events = 0;
  let sameModel = true;
  for (let i = 1; i <= runs; i++) {
    collect();
    const t0 = performance.now();
    const r = runNetworkReplication(model, 'bench', i);
    const t1 = performance.now();
    gc.add(t0, t1);
    const ms = t1 - t0;
    const h0 = performance.now();
    const hand = mmcHandLoop(customers, 'bench', i);
    handMs.push(performance.now() - h0);
    events = r.events;
    wallMs.push(ms);
    eventsPerS.push(r.events / (ms / 1000));
    waits.push(r.stations.servers.waitMin);
    if (hand.waitMin !== r.stations.servers.waitMin || hand.events !== r.events) sameModel = false;
  }
  const gcDuringReplications = await gc.countInside();
  const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const engineMs = median(wallMs);
  const handLoopMs = median(handMs);
  return {
    customers,
    eventsPerReplication: events,
    eventsPerSecondMedian: Math.round(median(eventsPerS)),
    eventsPerSecondMin: Math.round(Math.min(...eventsPerS)),
    eventsPerSecondMax: Math.round(Math.max(...eventsPerS)),
    wallMsMedian: +engineMs.toFixed(1),
    handLoopMsMedian: +handLoopMs.toFixed(1),
    /** Engine speed as a share of the hand loop's (hand time ÷ engine time); target ≥ 0.65. */
    ratioToHandLoop: +(handLoopMs / engineMs).toFixed(3),
    handLoopSameMeanWait: sameModel,
    gcDuringReplications,
    timedReplications: runs,
    peakRssMB: +peakRssMB.toFixed(1),
    meanWaitMin: +(waits.reduce((a, b) => a + b, 0) / waits.length).toFixed(4),
    erlangCWaitMin: +theory.meanWaitMin.toFixed(4),
    targets: { ratioToHandLoop: 0.65, gcDuringReplications: 0 },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const customers = Number(process.argv[2] ?? 1_000_000);
  const result = await benchMmcRef(customers, customers > 2_000_000 ? 1 : 5);
  const name = customers === 1_000_000 ? 'mmc-ref' : `mmc-ref-${customers}`;
  writeBenchResult(name, result);
  console.log(JSON.stringify(result));
}
