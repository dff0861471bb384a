/**
 * MMC-REF: M/M/8, λ = 7.2/min, μ = 1/min, FIFO, exactly 1,000,000 arrivals from empty, run
 * until all are served — 2 events per customer — through the public engine API, against the
 * hand-tuned reference loop of the same model (benchmarks/mmcHandLoop.ts, which computes every
 * figure the engine reports for it) timed in the same process run: 5 rounds after a warm-up,
 * each round one engine replication and a run of each of 8 separately compiled copies of the
 * hand loop on the same seed and replication, which must agree on every reported figure to the
 * last bit. The ratio is of CPU times (less disturbed by other work on a shared machine than wall
 * times), against the fastest copy (see handLoopCopies).
 * Also counts the garbage collections (PerformanceObserver 'gc' entries) that fall inside the
 * timed engine replications, each started right after a forced full collection (so that garbage
 * left by the hand loop does not count against the engine): the hot loop allocates nothing, so
 * there should be none.
 * Prints events/s, wall time, the ratio to the hand loop, peak RSS, and the mean wait next to
 * Erlang C's. Run: node dist/benchmarks/mmcRef.js [customers]
 */
import { loadavg } from 'node:os';
import { PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mmc, runNetworkReplication, validateNetworkModel, type NetworkModel } from '../engine/index.js';
import { median, writeBenchResult } from './benchReport.js';
import { mmcHandLoop, type HandLoopResult } from './mmcHandLoop.js';
import type { NetworkReplicationResult } from '../engine/models/network/networkResult.js';

export function mmcRefModel(customers = 1_000_000): NetworkModel {
  return validateNetworkModel({
    name: 'MMC-REF',
    horizonMin: null,
    sources: [
      {
        id: 'arrivals',
        to: 'servers',
        interarrivalMin: { dist: 'exponential', mean: 1 / 7.2 },
        maxArrivals: customers,
      },
    ],
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

/** The figures of the hand loop that differ from the engine's (bit for bit; NaN equals NaN). */
function differences(hand: HandLoopResult, r: NetworkReplicationResult): string[] {
  const st = r.stations.servers;
  const engine: HandLoopResult = {
    events: r.events,
    waitMin: st.waitMin,
    waitP50Min: st.waitP50Min,
    waitP90Min: st.waitP90Min,
    waitP95Min: st.waitP95Min,
    waitMaxMin: st.waitMaxMin,
    pWait: st.pWait,
    utilization: st.utilization,
    busyServers: st.busyServers,
    queueLength: st.queueLength,
    queueLengthMax: st.queueLengthMax,
    sojournMin: st.sojournMin,
    arrivals: st.arrivals,
    served: st.served,
    systemSojournMin: r.system.sojournMin,
    inSystem: r.system.inSystem,
    throughputPerMin: r.system.throughputPerMin,
  };
  return (Object.keys(engine) as (keyof HandLoopResult)[])
    .filter((k) => !Object.is(hand[k], engine[k]))
    .map((k) => `${k}: ${hand[k]} ≠ ${engine[k]}`);
}

/** A full garbage collection on demand (V8's gc(), exposed for this process). */
function forcedGc(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

type HandLoop = typeof mmcHandLoop;

/**
 * `count` separately compiled copies of the hand loop (the module imported under distinct URLs).
 * NOTE: where V8 happens to place the loop's machine code makes it run at one of two speeds,
 * about 80 or 120 ms here (seen across processes and across copies in one process; the engine's
 * time does not vary so), so one copy is a coin toss. The reference is the fastest copy.
 */
async function handLoopCopies(count: number): Promise<HandLoop[]> {
  const copies: HandLoop[] = [mmcHandLoop];
  for (let k = 1; k < count; k++) {
    const url = new URL(`./mmcHandLoop.js?copy=${k}`, import.meta.url).href;
    copies.push(((await import(url)) as { mmcHandLoop: HandLoop }).mmcHandLoop);
  }
  return copies;
}

/** CPU milliseconds of this process (all threads) spent in `fn`, and its wall milliseconds. */
function timed<T>(fn: () => T): { value: T; cpuMs: number; wallMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, cpuMs: (c.user + c.system) / 1000, wallMs };
}

export async function benchMmcRef(customers = 1_000_000, runs = 5, copies = 8): Promise<Record<string, unknown>> {
  const model = mmcRefModel(customers);
  const collect = forcedGc();
  const loadStart = loadavg()[0];
  const hands = await handLoopCopies(copies);
  // Warm-up: let V8 optimise the engine and every copy of the hand loop. NOTE: two engine
  // replications: the second still runs partly in V8's lower tiers (1–3 collections seen in each
  // of the first two replications of a fresh process, none after).
  runNetworkReplication(model, 'bench', 0);
  runNetworkReplication(model, 'warm-up', 1);
  for (const hand of hands) hand(customers, 'bench', 0);
  const gc = new GcWindows();
  const wallMs: number[] = [];
  const cpuMs: number[] = [];
  const handCpuMs: number[][] = hands.map(() => []);
  const eventsPerS: number[] = [];
  const waits: number[] = [];
  let events = 0;
  const mismatches: string[] = [];
  for (let i = 1; i <= runs; i++) {
    collect();
    const t0 = performance.now();
    const run = timed(() => runNetworkReplication(model, 'bench', i));
    gc.add(t0, performance.now());
    const r = run.value;
    hands.forEach((hand, k) => {
      const h = timed(() => hand(customers, 'bench', i));
      handCpuMs[k].push(h.cpuMs);
      for (const d of differences(h.value, r)) if (!mismatches.includes(d)) mismatches.push(d);
    });
    events = r.events;
    wallMs.push(run.wallMs);
    cpuMs.push(run.cpuMs);
    eventsPerS.push(r.events / (run.wallMs / 1000));
    waits.push(r.stations.servers.waitMin);
  }
  const gcDuringReplications = await gc.countInside();
  // For reference: the engine back to back, no forced collection between replications (as in a worker).
  const steadyCpuMs: number[] = [];
  for (let i = runs + 1; i <= 2 * runs; i++)
    steadyCpuMs.push(timed(() => runNetworkReplication(model, 'bench', i)).cpuMs);
  const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  const engineCpuMs = median(cpuMs);
  const copyMs = handCpuMs.map(median);
  const fastest = Math.min(...copyMs);
  const typical = median(copyMs);
  return {
    customers,
    eventsPerReplication: events,
    eventsPerSecondMedian: Math.round(median(eventsPerS)),
    eventsPerSecondMin: Math.round(Math.min(...eventsPerS)),
    eventsPerSecondMax: Math.round(Math.max(...eventsPerS)),
    wallMsMedian: +median(wallMs).toFixed(1),
    cpuMsMedian: +engineCpuMs.toFixed(1),
    /** CPU ms of the fastest compiled copy of the hand loop (median over the rounds), and of each copy. */
    handLoopMsMedian: +fastest.toFixed(1),
    handLoopTypicalMs: +typical.toFixed(1),
    handLoopCopyMs: copyMs.map((x) => +x.toFixed(1)),
    /** Engine speed as a share of the hand loop's (hand CPU time ÷ engine CPU time); target ≥ 0.65. */
    ratioToHandLoop: +(fastest / engineCpuMs).toFixed(3),
    /** Engine CPU ms back to back without a forced collection, and the ratio with it (for reference). */
    steadyCpuMsMedian: +median(steadyCpuMs).toFixed(1),
    ratioSteady: +(fastest / median(steadyCpuMs)).toFixed(3),
    /** The same against the median copy of the hand loop (its typical compilation). */
    ratioToTypicalCopy: +(typical / engineCpuMs).toFixed(3),
    /** Every reported figure of every copy equals the engine's, to the bit (mismatches listed otherwise). */
    handLoopSameFigures: mismatches.length === 0,
    handLoopMismatches: mismatches,
    gcDuringReplications,
    timedReplications: runs,
    peakRssMB: +peakRssMB.toFixed(1),
    meanWaitMin: +(waits.reduce((a, b) => a + b, 0) / waits.length).toFixed(4),
    erlangCWaitMin: +theory.meanWaitMin.toFixed(4),
    load: [loadStart, loadavg()[0]],
    targets: { ratioToHandLoop: 0.65, gcDuringReplications: 0 },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const customers = Number(process.argv[2] ?? 1_000_000);
  const big = customers > 2_000_000;
  const result = await benchMmcRef(customers, big ? 1 : 5, big ? 1 : 8);
  const name = customers === 1_000_000 ? 'mmc-ref' : `mmc-ref-${customers}`;
  writeBenchResult(name, result);
  console.log(JSON.stringify(result));
}
