/**
 * Validation of a queueing-network model file: the JSON Schema first, then the relations a
 * schema cannot express (references between ids, routing sums, profiles). Every problem is
 * collected, so one run lists them all, one line each, with its path.
 */
import { InputError, type InputIssue } from '../../inputError.js';
import { checkDistribution } from '../../schema/checkDistribution.js';
import { checkPieces } from '../../schema/checkPieces.js';
import { validateWithSchema } from '../../schema/schemaValidator.js';
import { NetworkModelSchema, type NetworkModel } from './networkSchema.js';
import { expectedSourceArrivals, profileChanges } from './networkWork.js';

/**
 * Expected arrivals per replication above which a model is refused: at the 3–10 million events a
 * second of this 2-core machine this is a minute of work per replication, and usually a unit
 * mistake (hours for minutes). docs/limits.md.
 */
export const MAX_EXPECTED_ARRIVALS = 5e7;
/** Capacity or rate changes per replication (a period far shorter than the horizon). */
export const MAX_PROFILE_CHANGES = 1e7;
/** Intervals of the per-interval series (horizonMin / intervalMin): each is a row of every station. */
export const MAX_INTERVALS = 10_000;

/** Tolerance on routing sums, so that 0.1 + 0.2 + 0.7 passes in floating point. */
const ROUTING_SUM_TOLERANCE = 1e-9;

/** Returns the model typed when valid; throws InputError listing every problem otherwise. */
export function validateNetworkModel(data: unknown): NetworkModel {
  const issues = validateWithSchema(NetworkModelSchema, data);
  if (typeof data === 'object' && data !== null && !Array.isArray(data))
    checkRelations(data as Record<string, unknown>, issues);
  if (issues.length > 0) throw new InputError(issues, 'WSM_MODEL_INVALID');
  return data as NetworkModel;
}

function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.map((v: unknown) => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {}))
    : [];
}

function checkRelations(model: Record<string, unknown>, issues: InputIssue[]): void {
  const stations = records(model.stations);
  const sources = records(model.sources);
  const stationIds = new Map<string, number>();
  stations.forEach((s, i) => {
    if (typeof s.id !== 'string') return;
    if (stationIds.has(s.id))
      issues.push({
        path: `stations[${i}].id`,
        message: `duplicate id ${JSON.stringify(s.id)} (also stations[${stationIds.get(s.id)}])`,
      });
    else stationIds.set(s.id, i);
  });
  const known = [...stationIds.keys()].map((k) => JSON.stringify(k)).join(', ');
  const sourceIds = new Set<string>();

  sources.forEach((src, i) => {
    const path = `sources[${i}]`;
    if (typeof src.id === 'string') {
      if (sourceIds.has(src.id)) issues.push({ path: `${path}.id`, message: `duplicate id ${JSON.stringify(src.id)}` });
      sourceIds.add(src.id);
    }
    if (typeof src.to === 'string' && !stationIds.has(src.to)) {
      issues.push({
        path: `${path}.to`,
        message: `expected the id of a station (${known}), got ${JSON.stringify(src.to)}`,
      });
    }
    const given = ['interarrivalMin', 'ratePerHour', 'arrivalsAtMin'].filter((k) => src[k] !== undefined);
    if (given.length !== 1) {
      issues.push({
        path,
        message: `expected exactly one of interarrivalMin, ratePerHour or arrivalsAtMin, got ${given.length === 0 ? 'none' : given.join(' and ')}`,
      });
    }
    const hasRate = src.ratePerHour !== undefined;
    if (src.periodMin !== undefined && !hasRate)
      issues.push({ path: `${path}.periodMin`, message: 'expected only together with ratePerHour' });
    checkDistribution(src.interarrivalMin, `${path}.interarrivalMin`, issues);
    checkArrivalVolume(src, model.horizonMin, path, issues);
    checkPieces(src.ratePerHour, src.periodMin, `${path}.ratePerHour`, issues);
    checkProfileChanges(src.ratePerHour, src.periodMin, model.horizonMin, path, issues);
  });

  stations.forEach((st, i) => {
    const path = `stations[${i}]`;
    checkDistribution(st.serviceMin, `${path}.serviceMin`, issues);
    checkDistribution(st.patienceMin, `${path}.patienceMin`, issues);
    checkProfileChanges(st.servers, st.periodMin, model.horizonMin, path, issues);
    if (Array.isArray(st.servers)) checkPieces(st.servers, st.periodMin, `${path}.servers`, issues);
    else if (st.periodMin !== undefined)
      issues.push({ path: `${path}.periodMin`, message: 'expected only with a server schedule (an array in servers)' });
    const routes = records(st.next);
    let sum = 0;
    routes.forEach((r, j) => {
      if (typeof r.to === 'string' && !stationIds.has(r.to)) {
        issues.push({
          path: `${path}.next[${j}].to`,
          message: `expected the id of a station (${known}), got ${JSON.stringify(r.to)}`,
        });
      }
      if (typeof r.p === 'number') sum += r.p;
    });
    if (sum > 1 + ROUTING_SUM_TOLERANCE) {
      issues.push({
        path: `${path}.next`,
        message: `expected routing probabilities summing to at most 1, got ${+sum.toFixed(12)}`,
      });
    }
  });

  checkEveryoneCanLeave(stations, stationIds, issues);

  const horizon = model.horizonMin;
  if (typeof horizon === 'number' && typeof model.warmupMin === 'number' && model.warmupMin >= horizon) {
    issues.push({ path: 'warmupMin', message: `expected < horizonMin (${horizon}), got ${model.warmupMin}` });
  }
  if (
    typeof horizon === 'number' &&
    typeof model.intervalMin === 'number' &&
    horizon / model.intervalMin > MAX_INTERVALS
  ) {
    const message = `expected at most ${MAX_INTERVALS.toLocaleString('en')} intervals (intervalMin ≥ ${horizon / MAX_INTERVALS}), got ${Math.ceil(horizon / model.intervalMin).toExponential(1)}`;
    issues.push({ path: 'intervalMin', message, code: 'WSM_LIMIT_EXCEEDED' });
  }
  if (horizon === null) {
    sources.forEach((src, i) => {
      if (src.maxArrivals === undefined && src.arrivalsAtMin === undefined) {
        issues.push({
          path: `sources[${i}].maxArrivals`,
          message: 'required when horizonMin is null (otherwise the run never ends)',
        });
      }
    });
  }
}

/** Refuses sources whose expected arrivals per replication exceed MAX_EXPECTED_ARRIVALS. */
function checkArrivalVolume(src: Record<string, unknown>, horizon: unknown, path: string, issues: InputIssue[]): void {
  const expected = expectedSourceArrivals(src, horizon);
  // Unbounded without a horizon: the missing maxArrivals is reported on its own.
  if (!(expected > MAX_EXPECTED_ARRIVALS) || (expected === Infinity && horizon === null)) return;
  const field =
    src.interarrivalMin !== undefined
      ? 'interarrivalMin'
      : src.ratePerHour !== undefined
        ? 'ratePerHour'
        : 'maxArrivals';
  issues.push({
    path: `${path}.${field}`,
    message: `expected at most ${MAX_EXPECTED_ARRIVALS.toExponential(0)} arrivals per replication, this gives about ${expected.toExponential(1)} (check the units: minutes)`,
    code: 'WSM_LIMIT_EXCEEDED',
  });
}

/** Refuses schedules that change more often than MAX_PROFILE_CHANGES times in a replication. */
function checkProfileChanges(
  pieces: unknown,
  periodMin: unknown,
  horizon: unknown,
  path: string,
  issues: InputIssue[],
): void {
  const changes = profileChanges(pieces, periodMin, horizon);
  if (changes > MAX_PROFILE_CHANGES) {
    const message = `expected a schedule that changes at most ${MAX_PROFILE_CHANGES.toExponential(0)} times per replication, this one about ${changes.toExponential(1)} times (periodMin too short for the horizon?)`;
    issues.push({ path: `${path}.periodMin`, message, code: 'WSM_LIMIT_EXCEEDED' });
  }
}

/** A station from which no route leads out of the system would hold its customers forever. */
function checkEveryoneCanLeave(
  stations: Record<string, unknown>[],
  ids: Map<string, number>,
  issues: InputIssue[],
): void {
  const n = stations.length;
  const canLeave = new Array<boolean>(n).fill(false);
  const edges: number[][] = stations.map(() => []);
  stations.forEach((st, i) => {
    const routes = records(st.next);
    let sum = 0;
    for (const r of routes) {
      if (typeof r.p !== 'number' || r.p <= 0) continue;
      sum += r.p;
      const j = typeof r.to === 'string' ? ids.get(r.to) : undefined;
      if (j !== undefined) edges[i].push(j);
    }
    if (sum < 1 - ROUTING_SUM_TOLERANCE) canLeave[i] = true;
  });
  // Fixed point: a station can leave if any station it routes to can.
  for (let changed = true; changed;) {
    changed = false;
    for (let i = 0; i < n; i++) {
      if (!canLeave[i] && edges[i].some((j) => canLeave[j])) {
        canLeave[i] = true;
        changed = true;
      }
    }
  }
  canLeave.forEach((ok, i) => {
    if (!ok && edges[i].length > 0) {
      issues.push({
        path: `stations[${i}].next`,
        message:
          'expected a route out of the system: from here customers circulate forever (routing sums to 1 in a closed loop)',
      });
    }
  });
}
