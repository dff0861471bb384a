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
 *    (forward and backward passes in turn), keeping every removal after which all targets are still met in the same R days;
 *    repeat passes until a full pass removes nothing. The plan is then minimal: taking one person
 *    out of any interval breaks a target or the shift rule (tested).
 * Groups are trimmed in parallel (one candidate each per simulation) and a batch that breaks a
 * group it did not touch is retried one candidate at a time.
 */
import { compileVisitorModel, ONE_STOP_ID } from '../../models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../models/visitors/visitorInput.js';
import { ENGINE_VERSION } from '../../version.js';
import { contentHash } from '../contentHash.js';
import { erlangCPerInterval, expectedContacts } from './erlangCPlan.js';
import { enforceMinShift, meetsMinShift, onCounterLevels, planShifts, rosterFor, type PlanDay } from './shiftRules.js';
import { scoreSeries, StaffingEvaluator, type PlanScore, type SizedGroup } from './staffingEvaluator.js';

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
}

export interface StaffingGroupPlan {
  id: string;
  counters: number;
  /** Most staff at the counter at once in the plan: the counter positions it needs. */
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
}

const clock = (min: number) => `${String(Math.floor(min / 60)).padStart(2, '0')}:${String(Math.round(min % 60)).padStart(2, '0')}`;

export async function optimiseStaffing(input: VisitorInput, options: StaffingOptions): Promise<StaffingPlan> {
  const started = performance.now();
  const maxOccupancy = options.maxOccupancy ?? 0.85;
  const replications = options.replications ?? 20;
  const seed = options.seed ?? 1;
  const maxStaff = options.maxStaff ?? 300;
  const base: VisitorInput = { ...input, intervalMin: options.intervalMin, serviceLevel: { target: options.target, withinMin: options.withinMin } };
  const model = compileVisitorModel(base);
  const bins = model.bins;
  const day: PlanDay = { openMin: base.openMin, closeMin: base.closeMin, intervalMin: base.intervalMin, bins, minShiftMin: base.minShiftMin, lunch: base.lunch };
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
  const evaluator = new StaffingEvaluator(base, sized, { target: options.target, maxOccupancy, replications, seed }, options.workers ?? 0);
  try {
    return await solve();
  } finally {
    await evaluator.close();
  }

  async function solve(): Promise<StaffingPlan> {
    let estimate = 3 * bins + 20;
    const tick = async () => {
      options.signal?.throwIfAborted();
      options.onProgress?.(evaluator.evaluations, Math.max(estimate, evaluator.evaluations + 1));
      await new Promise<void>((resolve) => setImmediate(resolve));
    };

    // 1. Erlang C, each interval alone; rostered with lunch and shifts.
    const erlang = sized.map((_, k) => erlangCPerInterval(model, queueOf[k], contacts[queueOf[k]], options.target, options.withinMin, maxOccupancy));
    const erlangRaw = erlang.map((rows) => rows.map((r) => r.servers));
    const erlangRoster = erlangRaw.map((raw) => rosterFor(raw.map((c) => Math.max(1, c)), day));
    const erlangScore = await evaluator.evaluate(erlangRoster);
    await tick();

    // 2. Repair until every interval meets both targets.
    let levels = erlangRoster.map((l) => [...l]);
    let score: PlanScore = erlangScore;
    for (let round = 0; round < 4 * bins && !score.allOk; round++) {
      let changed = false;
      levels = levels.map((l, k) => {
        const ok = score.ok[k];
        if (ok.every(Boolean)) return l;
        const sl = scoreSeries(score, k).serviceLevel;
        const raised = l.map((v, i) => (!ok[i] && (i === 0 || ok[i - 1] || sl[i] < options.target / 2) ? Math.min(maxStaff, v + 1) : v));
        const next = enforceMinShift(raised, day);
        if (next.some((v, i) => v !== l[i])) changed = true;
        return next;
      });
      if (!changed) break; // every failing interval is at the staff limit
      score = await evaluator.evaluate(levels);
      await tick();
    }
    estimate = evaluator.evaluations + 2 * bins + 20;

    // 3. Trim: whole shifts, then single staff-intervals, until a full pass removes nothing.
    const tryBatch = async (candidates: (number[] | null)[]): Promise<boolean[]> => {
      let active = candidates.map((c) => c !== null);
      for (let round = 0; round < 4 && active.some(Boolean); round++) {
        const trial = levels.map((l, k) => (active[k] ? (candidates[k] as number[]) : l));
        const s = await evaluator.evaluate(trial);
        await tick();
        if (s.allOk) {
          levels = trial;
          score = s;
          return active;
        }
        // Drop the candidates of groups that now fail; if an untouched group failed, the batch
        // interacts (one group's visitors go on to another's counter): test one at a time.
        const failing = s.ok.map((row) => !row.every(Boolean));
        if (failing.some((f, k) => f && !active[k])) break;
        active = active.map((a, k) => a && !failing[k]);
      }
      const accepted = candidates.map(() => false);
      for (let k = 0; k < candidates.length; k++) {
        if (!active[k]) continue;
        const one = levels.map((l, j) => (j === k ? (candidates[k] as number[]) : l));
        const s1 = await evaluator.evaluate(one);
        await tick();
        if (s1.allOk) {
          levels = one;
          score = s1;
          accepted[k] = true;
        }
      }
      return accepted;
    };

    if (score.allOk) {
      // 3a. Whole shifts, shortest first.
      const pending = levels.map((l) => planShifts(l, day).sort((a, b) => a.to - a.from - (b.to - b.from)));
      for (;;) {
        const candidates = levels.map((l, k) => {
          for (;;) {
            const s = pending[k].shift();
            if (s === undefined) return null;
            const c = l.map((v, i) => (i >= s.from && i < s.to ? v - 1 : v));
            if (c.every((v) => v >= 1) && meetsMinShift(c, day)) return c;
          }
        });
        if (candidates.every((c) => c === null)) break;
        await tryBatch(candidates);
      }
      // 3b. Single staff-intervals, from opening; repeat passes until nothing changes.
      // Passes alternate direction: shift starts move later in a forward pass, ends earlier in a backward one.
      for (let pass = 0; pass < 12; pass++) {
        let changed = false;
        for (let step = 0; step < bins; step++) {
          const i = pass % 2 === 0 ? step : bins - 1 - step;
          for (;;) {
            const candidates = levels.map((l) => {
              if (l[i] <= 1) return null;
              const c = [...l];
              c[i]--;
              return meetsMinShift(c, day) ? c : null;
            });
            const accepted = await tryBatch(candidates);
            if (!accepted.some(Boolean)) break;
            changed = true;
          }
        }
        if (!changed) break;
      }
    }

    // Verification run of the final plan (the same simulated days).
    const verify = await evaluator.evaluate(levels);
    await tick();
    const hours = (l: number[]) => l.reduce((a, v, i) => a + (v * (Math.min(day.closeMin, day.openMin + (i + 1) * day.intervalMin) - (day.openMin + i * day.intervalMin))) / 60, 0);
    const groups: StaffingGroupPlan[] = sized.map((g, k) => {
      const v = scoreSeries(verify, k);
      const atCounter = onCounterLevels(levels[k], day);
      const q = model.queues[queueOf[k]];
      return {
        id: g.id === ONE_STOP_ID ? ONE_STOP_ID : g.id,
        counters: q.counters,
        countersNeeded: Math.max(0, ...atCounter),
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
        shifts: planShifts(levels[k], day).map((s) => ({ from: clock(day.openMin + s.from * day.intervalMin), to: clock(Math.min(day.closeMin, day.openMin + s.to * day.intervalMin)) })),
        staffHours: hours(levels[k]),
        erlangCStaffHours: hours(erlangRoster[k]),
      };
    });
    return {
      engineVersion: ENGINE_VERSION,
      scenarioHash: contentHash(input),
      seed,
      replications,
      evaluations: evaluator.evaluations,
      wallMs: Math.round(performance.now() - started),
      target: { serviceLevel: options.target, withinMin: options.withinMin, maxOccupancy, intervalMin: options.intervalMin, minShiftMin: base.minShiftMin },
      intervals: Array.from({ length: bins }, (_, i) => clock(day.openMin + i * day.intervalMin)),
      groups,
      totals: {
        staffHours: groups.reduce((a, g) => a + g.staffHours, 0),
        erlangCStaffHours: groups.reduce((a, g) => a + g.erlangCStaffHours, 0),
        staffByInterval: Array.from({ length: bins }, (_, i) => levels.reduce((a, l) => a + l[i], 0)),
        erlangCByInterval: Array.from({ length: bins }, (_, i) => erlangRoster.reduce((a, l) => a + l[i], 0)),
      },
      feasible: verify.allOk,
    };
  }
}
