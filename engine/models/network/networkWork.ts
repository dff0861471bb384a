/**
 * How much a network model asks of one replication, computed from the file before anything
 * runs: expected arrivals, visits per customer and schedule changes. Validation refuses a model
 * beyond the limits; the work budget multiplies the events by the replications.
 */
import { distributionMean, type DistributionSpec } from '../../core/distribution.js';

type Doc = Record<string, unknown>;

/** Expected arrivals of one source in one replication (Infinity when unbounded; NaN when malformed). */
export function expectedSourceArrivals(src: Doc, horizon: unknown): number {
  const cap = typeof src.maxArrivals === 'number' ? src.maxArrivals : Infinity;
  if (Array.isArray(src.arrivalsAtMin)) return Math.min(src.arrivalsAtMin.length, cap);
  if (horizon === null) return cap; // until the sources are exhausted
  if (typeof horizon !== 'number') return NaN; // malformed: reported by the schema
  const gap = src.interarrivalMin;
  if (typeof gap === 'object' && gap !== null) {
    let mean: number;
    try {
      mean = distributionMean(gap as DistributionSpec);
    } catch {
      return NaN; // malformed distribution: reported by the schema
    }
    return Math.min(mean > 0 ? horizon / mean : Infinity, cap);
  }
  if (Array.isArray(src.ratePerHour)) {
    const period = typeof src.periodMin === 'number' && src.periodMin > 0 ? src.periodMin : Infinity;
    let perPeriod = 0;
    for (const p of src.ratePerHour as { fromMin?: unknown; toMin?: unknown; perHour?: unknown }[]) {
      if (typeof p?.fromMin === 'number' && typeof p.toMin === 'number' && typeof p.perHour === 'number') {
        perPeriod += (p.perHour / 60) * Math.max(0, Math.min(p.toMin, horizon) - p.fromMin);
      }
    }
    return Math.min(period === Infinity ? perPeriod : perPeriod * Math.ceil(horizon / period), cap);
  }
  return NaN;
}

/** Times a piecewise profile changes in one replication: its pieces, once per period. */
export function profileChanges(pieces: unknown, periodMin: unknown, horizon: unknown): number {
  if (!Array.isArray(pieces)) return 0;
  if (typeof periodMin !== 'number' || periodMin <= 0) return 2 * pieces.length;
  if (typeof horizon !== 'number') return 2 * pieces.length; // until the sources end: not known here
  return 2 * pieces.length * Math.ceil(horizon / periodMin);
}

/**
 * Expected station visits of one customer entering at each station: the traffic equations
 * v = e + vP solved by iteration. Returns visits per customer summed over stations, with
 * arrivals weighted by `entering` (arrivals per station); Infinity when customers never leave.
 */
export function visitsPerCustomer(stations: Doc[], entering: number[]): number {
  const ids = new Map<string, number>();
  stations.forEach((s, i) => typeof s.id === 'string' && ids.set(s.id, i));
  const routes = stations.map((s) =>
    (Array.isArray(s.next) ? (s.next as Doc[]) : [])
      .map((r) => ({
        to: typeof r?.to === 'string' ? (ids.get(r.to) ?? -1) : -1,
        p: typeof r?.p === 'number' ? r.p : 0,
      }))
      .filter((r) => r.to >= 0 && r.p > 0),
  );
  const total = entering.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return 1;
  let visits = entering.map((e) => e / total);
  let sum = 1;
  // Power iteration of the flow; each round adds the customers still inside.
  let flow = visits;
  for (let round = 0; round < 10_000; round++) {
    const nextFlow = new Array<number>(stations.length).fill(0);
    flow.forEach((f, i) => routes[i].forEach((r) => (nextFlow[r.to] += f * r.p)));
    const inside = nextFlow.reduce((a, b) => a + b, 0);
    sum += inside;
    if (inside < 1e-9) return sum;
    flow = nextFlow;
    visits = visits.map((v, i) => v + nextFlow[i]);
  }
  return sum > 1e6 ? Infinity : sum;
}

/** Events one replication of the model is expected to process (arrivals, services, changes). */
export function networkReplicationEvents(model: Doc): number {
  const stations = Array.isArray(model.stations) ? (model.stations as Doc[]) : [];
  const sources = Array.isArray(model.sources) ? (model.sources as Doc[]) : [];
  const index = new Map<string, number>();
  stations.forEach((s, i) => typeof s.id === 'string' && index.set(s.id, i));
  const entering = new Array<number>(stations.length).fill(0);
  let arrivals = 0;
  for (const src of sources) {
    const n = expectedSourceArrivals(src, model.horizonMin);
    if (!Number.isFinite(n)) return n;
    arrivals += n;
    const at = typeof src.to === 'string' ? index.get(src.to) : undefined;
    if (at !== undefined) entering[at] += n;
  }
  let changes = 0;
  for (const src of sources) changes += profileChanges(src.ratePerHour, src.periodMin, model.horizonMin);
  for (const st of stations) changes += profileChanges(st.servers, st.periodMin, model.horizonMin);
  // Per visit: a service start and an end (and at most one abandonment); per customer: an arrival.
  return arrivals * (1 + 2 * visitsPerCustomer(stations, entering)) + changes;
}
