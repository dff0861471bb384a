/**
 * Fewest counter staff per interval for a service level ("80 % served within 15 minutes in every
 * interval") and an occupancy cap, by simulation — because the backlog of one interval carries
 * into the next, which a per-interval formula cannot see (sources §4.3).
 *
 * Method (docs/visitors.md, "Staffing optimiser"):
 * 1. Erlang C per interval from the arrival profile (erlangCPlan.ts), rostered so that lunch
 *    breaks and the minimum shift length are respected (shiftRules.ts). This is the start, and
 *    it is reported next to the result.
 * 2. Repair: simulate (R days, fixed seed: common random numbers); where an interval misses a
 *    target, add one person at the first interval of each failing run (where the backlog starts)
 *    and wherever the service level is below half the target; re-cut into legal shifts; repeat.
 * 3. Trim: remove whole shifts, then single staff-intervals at shift edges, interval by interval
 *    (forward and backward passes in turn), keeping every removal after which all targets are still met in the same R
 * days;
 *    repeat passes until a full pass removes nothing. The plan is then minimal: taking one person
 *    out of any interval breaks a target or the shift rule (tested).
 * Groups are trimmed in parallel (one candidate each per simulation) and a batch that breaks a
 * group it did not touch is retried one candidate at a time.
 *
 * Counter positions bind (issue 14): a plan never has more staff at the counter than the
 * group's positions in any interval. The search runs first without the limit (what the target
 * needs); if that plan fits the positions it is the answer. Otherwise the search runs again
 * within the positions — the best service level with the counters there are — and each interval
 * that misses the target is reported with its service level (95 % CI) and the positions the
 * target would need there (from the first search), or null when no number of staff meets it.
 */
import { compileVisitorModel, ONE_STOP_ID } from '../../models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../models/visitors/visitorInput.js';
import { ENGINE_VERSION } from '../../version.js';
import { contentHash } from '../contentHash.js';
import { expectedContacts } from './erlangCPlan.js';
import { fitsPositions, peakOnCounterLevels } from './positionLimit.js';
import { onCounterLevels, planShifts, type PlanDay } from './shiftRules.js';
import { scoreSeries, StaffingEvaluator, type SizedGroup } from './staffingEvaluator.js';
import { searchStaffing } from './staffingSearch.js';

export interface StaffingOptions {
  /** Share to be served within `withinMin` in every interval (e.g. 0.8). */
  target: number;
  withinMin: number;
  intervalMin: 15 | 30 | 60;
  /** Busy ÷ at-counter staff-minutes at most this in every interval; default 0.85 (sources §4.1). */
  maxOccupancy?: number;
  /** Simulated days per evaluation; default 20. */
  replications?: number;
  seed?: number | string;
  /** Most staff one group may get in one interval; default 300. */
  maxStaff?: number;
  /** Worker threads for the simulations (0 = this thread); default 0. Results do not depend on it. */
  workers?: number;
  onProgress?: (done: number, estimate: number) => void;
  signal?: AbortSignal;
  /** Counter positions per group id (department or one-stop), a hard limit; default each line's counters. */
  positions?: Readonly<Record<string, number>>;
}

/** An interval whose target the plan misses. */
export interface StaffingShortfall {
  interval: string;
  /** The verified service level with the 95 % half-width over the simulated days (null: nobody joined). */
  serviceLevel: { mean: number | null; ci95: number | null };
  occupancy: number | null;
  /** Staff at the counter the target needs in this interval (the search without the limit); null: not reachable. */
  positionsForTarget: number | null;
  /** Positions to add for the target here (positionsForTarget − positions, at least 0); null: not reachable. */
  extraPositions: number | null;
}

export interface StaffingGroupPlan {
  id: string;
  counters: number;
  /** Most staff at the counter at once that the target needs (the search without the limit): the positions it needs. */
  countersNeeded: number;
  /** Expected contacts per interval (arrival profile × procedure mix). */
  expectedContacts: number[];
  /** Erlang C servers per interval, each interval alone (the formula). */
  erlangC: number[];
  /** Erlang C rostered with lunch breaks and the minimum shift (the starting plan). */
  erlangCRoster: number[];
  /** Simulated service level of the Erlang C roster, per interval. */
  erlangCServiceLevel: number[];
  /** The plan: rostered staff per interval. */
  staff: number[];
  /** Staff at the counter per interval once lunch breaks are taken. */
  atCounter: number[];
  /** Verification run of the plan: service level and occupancy per interval, contacts per day. */
  serviceLevel: number[];
  occupancy: number[];
  contactsPerDay: number[];
  met: boolean;
  shifts: { from: string; to: string }[];
  staffHours: number;
  erlangCStaffHours: number;
  /** Counter positions, the limit on staff at the counter in every interval (Infinity: unlimited). */
  positions: number;
  /** Enough positions would meet the target in every interval (false: not even the staff limit does). */
  targetReachable: boolean;
  /** Intervals that miss the target, with what the positions give and what the target would need. */
  shortfall: StaffingShortfall[];
}

export interface StaffingPlan {
  engineVersion: string;
  scenarioHash: string;
  seed: number | string;
  replications: number;
  evaluations: number;
  wallMs: number;
  target: { serviceLevel: number; withinMin: number; maxOccupancy: number; intervalMin: number; minShiftMin: number };
  intervals: string[];
  groups: StaffingGroupPlan[];
  totals: { staffHours: number; erlangCStaffHours: number; staffByInterval: number[]; erlangCByInterval: number[] };
  /** Every interval of every group meets both targets in the verification run. */
  feasible: boolean;
  /** The target needs more staff at a counter than its positions somewhere: the plan is the best within them. */
  positionsBind: boolean;
}

const clock = (min: number) =>
  `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(Math.round(min % 60)).padStart(2, '0')}`;

export async function optimiseStaffing(input: VisitorInput, options: StaffingOptions): Promise<StaffingPlan> {
  const started = performance.now();
  const maxOccupancy = options.maxOccupancy ?? 0.85;
  const replications = options.replications ?? 20;
  const seed = options.seed ?? 1;
  const maxStaff = options.maxStaff ?? 300;
  const base: VisitorInput = {
    ...input,
    intervalMin: options.intervalMin,
    serviceLevel: { target: options.target, withinMin: options.withinMin },
  };
  const model = compileVisitorModel(base);
  const bins = model.bins;
  const day: PlanDay = {
    openMin: base.openMin,
    closeMin: base.closeMin,
    intervalMin: base.intervalMin,
    bins,
    minShiftMin: base.minShiftMin,
    lunch: base.lunch,
  };
  const contacts = expectedContacts(model);

  // The groups to size: each department's own counter staff and the one-stop desk's, when visitors come.
  const sized: SizedGroup[] = [];
  const queueOf: number[] = [];
  model.groups.forEach((g) => {
    if (g.kind !== 'department' && g.kind !== 'onestop') return;
    const q = g.queues[0];
    if (!contacts[q].some((x) => x > 1e-9)) return;
    sized.push({ id: g.id, department: g.kind === 'onestop' ? -1 : base.departments.findIndex((d) => d.id === g.id) });
    queueOf.push(q);
  });
  const positions = sized.map((g, k) => {
    const counters = model.queues[queueOf[k]].counters;
    return Math.min(counters, options.positions?.[g.id] ?? Infinity);
  });
  const evaluator = new StaffingEvaluator(
    base,
    sized,
    { target: options.target, maxOccupancy, replications, seed },
    options.workers ?? 0,
  );
  try {
    return await solve();
  } finally {
    await evaluator.close();
  }

  async function solve(): Promise<StaffingPlan> {
    const { target, withinMin, signal, onProgress } = options;
    const settings = { target, withinMin, maxOccupancy, maxStaff, signal, onProgress };
    // What the target needs, counters never binding; then, if that does not fit, within the positions.
    const free = await searchStaffing(model, queueOf, contacts, day, evaluator, settings, null);
    // Verification run of the plan (the same simulated days): the free plan's, and the bound one's if run.
    const freeRun = await evaluator.evaluateWithCi(free.levels);
    const freeScore = freeRun.score;
    const positionsBind = free.levels.some((l, k) => !fitsPositions(l, positions[k], day));
    const bound = positionsBind
      ? await searchStaffing(model, queueOf, contacts, day, evaluator, settings, positions, free.levels)
      : free;
    const levels = bound.levels;
    const { erlangRaw, erlangRoster, erlangScore } = free;
    const { score: verify, serviceLevelCi95 } = positionsBind ? await evaluator.evaluateWithCi(levels) : freeRun;
    options.onProgress?.(evaluator.evaluations, evaluator.evaluations);
    const hours = (l: number[]) =>
      l.reduce(
        (a, v, i) =>
          a +
          (v *
            (Math.min(day.closeMin, day.openMin + (i + 1) * day.intervalMin) - (day.openMin + i * day.intervalMin))) /
            60,
        0,
      );
    const intervals = Array.from({ length: bins }, (_, i) => clock(day.openMin + i * day.intervalMin));
    const finiteOrNull = (x: number) => (Number.isFinite(x) ? x : null);
    const groups: StaffingGroupPlan[] = sized.map((g, k) => {
      const v = scoreSeries(verify, k);
      const atCounter = onCounterLevels(levels[k], day);
      const q = model.queues[queueOf[k]];
      // The free search's plan says what the target needs, where it met the target.
      const freeMet = freeScore.ok[k];
      const needPeak = peakOnCounterLevels(free.levels[k], day);
      const shortfall: StaffingShortfall[] = [];
      verify.ok[k].forEach((ok, i) => {
        if (ok) return;
        const need = freeMet[i] ? needPeak[i] : null;
        shortfall.push({
          interval: intervals[i],
          serviceLevel: { mean: finiteOrNull(v.serviceLevel[i]), ci95: serviceLevelCi95[k][i] },
          occupancy: finiteOrNull(v.occupancy[i]),
          positionsForTarget: need,
          extraPositions: need === null ? null : Math.max(0, need - positions[k]),
        });
      });
      return {
        id: g.id === ONE_STOP_ID ? ONE_STOP_ID : g.id,
        counters: q.counters,
        countersNeeded: Math.max(0, ...onCounterLevels(free.levels[k], day)),
        expectedContacts: Array.from(contacts[queueOf[k]]),
        erlangC: erlangRaw[k],
        erlangCRoster: erlangRoster[k],
        erlangCServiceLevel: scoreSeries(erlangScore, k).serviceLevel,
        staff: levels[k],
        atCounter,
        serviceLevel: v.serviceLevel,
        occupancy: v.occupancy,
        contactsPerDay: v.joins.map((j) => j / replications),
        met: verify.ok[k].every(Boolean),
        shifts: planShifts(levels[k], day).map((s) => ({
          from: clock(day.openMin + s.from * day.intervalMin),
          to: clock(Math.min(day.closeMin, day.openMin + s.to * day.intervalMin)),
        })),
        staffHours: hours(levels[k]),
        erlangCStaffHours: hours(erlangRoster[k]),
        positions: positions[k],
        targetReachable: freeMet.every(Boolean),
        shortfall,
      };
    });
    return {
      engineVersion: ENGINE_VERSION,
      scenarioHash: contentHash(input),
      seed,
      replications,
      evaluations: evaluator.evaluations,
      wallMs: Math.round(performance.now() - started),
      target: {
        serviceLevel: options.target,
        withinMin: options.withinMin,
        maxOccupancy,
        intervalMin: options.intervalMin,
        minShiftMin: base.minShiftMin,
      },
      intervals,
      groups,
      totals: {
        staffHours: groups.reduce((a, g) => a + g.staffHours, 0),
        erlangCStaffHours: groups.reduce((a, g) => a + g.erlangCStaffHours, 0),
        staffByInterval: Array.from({ length: bins }, (_, i) => levels.reduce((a, l) => a + l[i], 0)),
        erlangCByInterval: Array.from({ length: bins }, (_, i) => erlangRoster.reduce((a, l) => a + l[i], 0)),
      },
      feasible: verify.allOk,
      positionsBind,
    };
  }
}
