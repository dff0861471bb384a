/**
 * The search behind optimiseStaffing.ts: Erlang C start, repair, trim (the method is in that
 * file's comment and docs/visitors.md), on one evaluator, optionally within counter positions.
 *
 * With `positions` (per sized group) no plan it considers ever has more staff at the counter
 * than positions in any interval (positionLimit.ts). Where a target cannot be met within them,
 * the repair fills positions instead, ending where nothing more fits; the trim then keeps a
 * removal only if every interval that met its targets still meets them and no interval that
 * missed serves a smaller share in time than after the repair — the best service level with
 * the counters there are, at the fewest staff.
 */
import type { CompiledVisitorModel } from '../../models/visitors/compileVisitorModel.js';
import { erlangCPerInterval } from './erlangCPlan.js';
import { clampToPositions, fitsPositions, raiseWithinPositions } from './positionLimit.js';
import { enforceMinShift, meetsMinShift, planShifts, rosterFor, type PlanDay } from './shiftRules.js';
import { scoreSeries, type PlanScore, type StaffingEvaluator } from './staffingEvaluator.js';

export interface SearchSettings {
  target: number;
  withinMin: number;
  maxOccupancy: number;
  maxStaff: number;
  signal?: AbortSignal;
  onProgress?: (done: number, estimate: number) => void;
}

export interface SearchResult {
  levels: number[][];
  erlangRaw: number[][];
  erlangRoster: number[][];
  erlangScore: PlanScore;
}

export async function searchStaffing(
  model: CompiledVisitorModel,
  queueOf: readonly number[],
  contacts: readonly Float64Array[],
  day: PlanDay,
  evaluator: StaffingEvaluator,
  settings: SearchSettings,
  positions: readonly number[] | null,
  /** Within positions: start from this plan (the free search's), clamped to them, instead of Erlang C. */
  startFrom?: readonly (readonly number[])[],
): Promise<SearchResult> {
  const bins = day.bins;
  const { target, maxStaff } = settings;
  const cap = (k: number) => (positions === null ? Infinity : positions[k]);
  let estimate = evaluator.evaluations + 3 * bins + 20;
  const tick = async () => {
    settings.signal?.throwIfAborted();
    settings.onProgress?.(evaluator.evaluations, Math.max(estimate, evaluator.evaluations + 1));
    await new Promise<void>((resolve) => setImmediate(resolve));
  };

  // 1. Erlang C, each interval alone; rostered with lunch and shifts (within the positions).
  const erlang = queueOf.map((q) =>
    erlangCPerInterval(model, q, contacts[q], target, settings.withinMin, settings.maxOccupancy),
  );
  const erlangRaw = erlang.map((rows) => rows.map((r) => r.servers));
  const erlangRoster = erlangRaw.map((raw) =>
    rosterFor(
      raw.map((c) => Math.max(1, c)),
      day,
    ),
  );
  const start = erlangRoster.map((l, k) => {
    if (positions === null) return l;
    const from =
      startFrom?.[k] ??
      rosterFor(
        erlangRaw[k].map((c) => Math.max(1, Math.min(c, cap(k)))),
        day,
      );
    return clampToPositions(from, cap(k), day);
  });
  const erlangScore = await evaluator.evaluate(erlangRoster);
  await tick();

  // 2. Repair until every interval meets both targets (or, within positions, nothing more fits).
  let levels = start.map((l) => [...l]);
  let score: PlanScore = positions === null ? erlangScore : await evaluator.evaluate(levels);
  for (let round = 0; round < 4 * bins && !score.allOk; round++) {
    let changed = false;
    levels = levels.map((l, k) => {
      const ok = score.ok[k];
      if (ok.every(Boolean)) return l;
      const sl = scoreSeries(score, k).serviceLevel;
      // Within positions every missed interval asks for one more, so positions fill where targets are missed.
      const wanted = l.map((_, i) => !ok[i] && (positions !== null || i === 0 || ok[i - 1] || sl[i] < target / 2));
      const next =
        positions === null
          ? enforceMinShift(
              l.map((v, i) => (wanted[i] ? Math.min(maxStaff, v + 1) : v)),
              day,
            )
          : raiseWithinPositions(l, wanted, cap(k), maxStaff, day);
      if (next.some((v, i) => v !== l[i])) changed = true;
      return next;
    });
    if (!changed) break; // every failing interval is at the staff limit or the positions
    score = await evaluator.evaluate(levels);
    await tick();
  }
  estimate = evaluator.evaluations + 2 * bins + 20;

  // What a trial must keep: every target (free search), or nothing worse than the repaired plan.
  const reference = score;
  const refLevel = reference.ok.map((_, k) => scoreSeries(reference, k).serviceLevel);
  const groupKeeps = (s: PlanScore, k: number): boolean => {
    if (positions === null || s.ok[k].every(Boolean)) return s.ok[k].every(Boolean);
    const sl = scoreSeries(s, k).serviceLevel;
    return s.ok[k].every((ok, i) => ok || (!reference.ok[k][i] && !(sl[i] < refLevel[k][i] - 1e-12)));
  };
  const acceptable = (s: PlanScore): boolean => s.ok.every((_, k) => groupKeeps(s, k));
  // Within positions a trial keeps the positions, and leaves the intervals that miss alone (all filled).
  const fits = (c: number[], k: number) =>
    positions === null || (fitsPositions(c, cap(k), day) && c.every((v, i) => v >= levels[k][i] || reference.ok[k][i]));

  // 3. Trim: whole shifts, then single staff-intervals, until a full pass removes nothing.
  const tryBatch = async (candidates: (number[] | null)[]): Promise<boolean[]> => {
    let active = candidates.map((c) => c !== null);
    for (let round = 0; round < 4 && active.some(Boolean); round++) {
      const trial = levels.map((l, k) => (active[k] ? (candidates[k] as number[]) : l));
      const s = await evaluator.evaluate(trial);
      await tick();
      if (acceptable(s)) {
        levels = trial;
        score = s;
        return active;
      }
      // Drop the candidates of groups that now fail; if an untouched group failed, the batch
      // interacts (one group's visitors go on to another's counter): test one at a time.
      const failing = s.ok.map((_, k) => !groupKeeps(s, k));
      if (failing.some((f, k) => f && !active[k])) break;
      active = active.map((a, k) => a && !failing[k]);
    }
    const accepted = candidates.map(() => false);
    for (let k = 0; k < candidates.length; k++) {
      if (!active[k]) continue;
      const one = levels.map((l, j) => (j === k ? (candidates[k] as number[]) : l));
      const s1 = await evaluator.evaluate(one);
      await tick();
      if (acceptable(s1)) {
        levels = one;
        score = s1;
        accepted[k] = true;
      }
    }
    return accepted;
  };

  if (acceptable(score)) {
    // 3a. Whole shifts, shortest first.
    const pending = levels.map((l) => planShifts(l, day).sort((a, b) => a.to - a.from - (b.to - b.from)));
    for (;;) {
      const candidates = levels.map((l, k) => {
        for (;;) {
          const s = pending[k].shift();
          if (s === undefined) return null;
          const c = l.map((v, i) => (i >= s.from && i < s.to ? v - 1 : v));
          if (c.every((v) => v >= 1) && meetsMinShift(c, day) && fits(c, k)) return c;
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
          const candidates = levels.map((l, k) => {
            if (l[i] <= 1) return null;
            const c = [...l];
            c[i]--;
            return meetsMinShift(c, day) && fits(c, k) ? c : null;
          });
          const accepted = await tryBatch(candidates);
          if (!accepted.some(Boolean)) break;
          changed = true;
        }
      }
      if (!changed) break;
    }
  }
  // The positions are a hard limit: a last guard, whatever the shift rules did above.
  if (positions !== null) levels = levels.map((l, k) => clampToPositions(l, cap(k), day));
  return { levels, erlangRaw, erlangRoster, erlangScore };
}
