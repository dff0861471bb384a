/**
 * Counter positions as a hard limit on a staffing plan (issue 14): a department cannot have more
 * staff serving at once than it has positions (seats at the counter), however many it rosters.
 * The limit is on staff at the counter at any moment of an interval, lunch breaks taken — so a
 * plan may roster more people than positions over lunch, to keep every position filled while
 * some are on their break.
 */
import { onCounterCurve, piecesFromLevels, rosterCurve, valueAt } from '../../models/visitors/staffRoster.js';
import { enforceMinShift, type PlanDay } from './shiftRules.js';

/** Most staff at the counter at any moment of each interval of a rostered plan, after lunch breaks. */
export function peakOnCounterLevels(levels: readonly number[], day: PlanDay): number[] {
  const curve = onCounterCurve(
    rosterCurve(piecesFromLevels(levels, day.openMin, day.intervalMin, day.closeMin), day.openMin, day.closeMin),
    day.closeMin,
    day.lunch,
  );
  return levels.map((_, i) => {
    const a = day.openMin + i * day.intervalMin;
    const b = Math.min(day.closeMin, a + day.intervalMin);
    let v = valueAt(curve, a);
    for (let k = 0; k < curve.atMin.length; k++)
      if (curve.atMin[k] > a && curve.atMin[k] < b) v = Math.max(v, curve.value[k]);
    return v;
  });
}

/** True when no interval of the plan has more staff at the counter than `positions`. */
export function fitsPositions(levels: readonly number[], positions: number, day: PlanDay): boolean {
  return peakOnCounterLevels(levels, day).every((v) => v <= positions);
}

/**
 * Raises the wanted intervals by one each, where the raise (with the minimum shift enforced)
 * still fits the positions. A wanted interval already at the limit instead raises the latest
 * earlier interval below it: that is where the backlog that spills into it builds up, so filling
 * those positions is the best the counters we have can do for it.
 */
export function raiseWithinPositions(
  levels: readonly number[],
  wanted: readonly boolean[],
  positions: number,
  maxStaff: number,
  day: PlanDay,
): number[] {
  let out = [...levels];
  const peak = () => peakOnCounterLevels(out, day);
  const tryRaise = (i: number): boolean => {
    if (out[i] >= maxStaff) return false;
    const next = enforceMinShift(
      out.map((v, j) => (j === i ? v + 1 : v)),
      day,
    );
    if (!fitsPositions(next, positions, day)) return false;
    out = next;
    return true;
  };
  for (let i = 0; i < out.length; i++) {
    if (!wanted[i] || tryRaise(i)) continue;
    const p = peak();
    for (let j = i - 1; j >= 0; j--) if (p[j] < positions && tryRaise(j)) break;
  }
  return out;
}

/**
 * The plan with every interval's counter staff at most `positions`: the rostered levels lowered
 * where the peak exceeds them. Rostered staff never exceed the limit after this, so neither does
 * anyone at the counter; the minimum shift may be given up here, the positions never.
 */
export function clampToPositions(levels: readonly number[], positions: number, day: PlanDay): number[] {
  if (fitsPositions(levels, positions, day)) return [...levels];
  const peak = peakOnCounterLevels(levels, day);
  const lowered = levels.map((v, i) => Math.max(0, v - Math.max(0, peak[i] - positions)));
  if (fitsPositions(lowered, positions, day)) return lowered;
  return levels.map((v) => Math.min(v, positions));
}
