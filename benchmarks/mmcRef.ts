/**
 * MMC-REF: M/M/8, λ = 7.2/min, μ = 1/min, FIFO, exactly 1,000,000 arrivals from empty, run
 * until all are served — 2 events per customer — through the public engine API.
 * Prints events/s (median of 5 timed runs after 1 warm-up), wall time, peak RSS, and the mean
 * wait next to Erlang C's. Run: node dist/benchmarks/mmcRef.js [customers]
 */
import { pathToFileURL } from 'node:url';
import { mmc, runNetworkReplication, validateNetworkModel, type NetworkModel } from '../engine/index.js';
import { median, writeBenchResult } from './benchReport.js';

export function mmcRefModel(customers = 1_000_000): NetworkModel {
  return validateNetworkModel({
    name: 'MMC-REF',
    horizonMin: null,
    sources: [{ id: 'arrivals', to: 'servers', interarrivalMin: { dist: 'exponential', mean: 1 / 7.2 }, maxArrivals: customers }],
    stations: [{ id: 'servers', servers: 8, serviceMin: { dist: 'exponential', mean: 1 } }],
  });
}

export function benchMmcRef(customers = 1_000_000, runs = 5): Record<string, unknown> {
  const model = mmcRefModel(customers);
  runNetworkReplication(model, 'bench', 0); // warm-up: let V8 optimise the event loop
  const wallMs: number[] = [];
  const eventsPerS: number[] = [];
  const waits: number[] = [];
  let events = 0;
  for (let i = 1; i <= runs; i++) {
    const t0 = performance.now();
    const r = runNetworkReplication(model, 'bench', i);
    const ms = performance.now() - t0;
    events = r.events;
    wallMs.push(ms);
    eventsPerS.push(r.events / (ms / 1000));
    waits.push(r.stations.servers.waitMin);
  }
  const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
  const peakRssMB = process.resourceUsage().maxRSS / 1024;
  return {
    customers,
    eventsPerReplication: events,
    eventsPerSecondMedian: Math.round(median(eventsPerS)),
    eventsPerSecondMin: Math.round(Math.min(...eventsPerS)),
    eventsPerSecondMax: Math.round(Math.max(...eventsPerS)),
    wallMsMedian: +median(wallMs).toFixed(1),
    peakRssMB: +peakRssMB.toFixed(1),
    meanWaitMin: +(waits.reduce((a, b) => a + b, 0) / waits.length).toFixed(4),
    erlangCWaitMin: +theory.meanWaitMin.toFixed(4),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const customers = Number(process.argv[2] ?? 1_000_000);
  const result = benchMmcRef(customers, customers > 2_000_000 ? 1 : 5);
  const name = customers === 1_000_000 ? 'mmc-ref' : `mmc-ref-${customers}`;
  writeBenchResult(name, result);
  console.log(JSON.stringify(result));
}
