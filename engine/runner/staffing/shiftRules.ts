/**
 * The rules a per-interval staffing plan must respect: every shift at least `minShiftMin` long
 * (a shift runs within opening hours; the cut into shifts is the FIFO one of staffRoster.ts, the
 * cut that makes the shortest shift as long as possible), and lunch breaks taken inside the lunch
 * window (the model takes them out of the at-counter staff, so the plan must roster enough).
 */
import {
  onCounterCurve,
  piecesFromLevels,
  rosterCurve,
  shiftsOf,
  valueAt,
  type LunchRule,
} from '../../models/visitors/staffRoster.js';

/** Day geometry of a staffing plan: intervals of `intervalMin` from `openMin` to `closeMin`. */
export interface PlanDay {
  openMin: number;
  closeMin: number;
  intervalMin: number;
  bins: number;
  minShiftMin: number;
  lunch: LunchRule | null;
}

/** Intervals a shift must last (a day shorter than the minimum shift allows whole-day shifts). */
function minShiftBins(day: PlanDay): number {
  return Math.min(day.bins, Math.ceil(day.minShiftMin / day.intervalMin - 1e-9));
}

/** True when `levels` can be cut into shifts that all last at least the minimum shift. */
export function meetsMinShift(levels: readonly number[], day: PlanDay): boolean {
  const m = minShiftBins(day);
  const starts: number[] = [];
  let level = 0;
  for (let i = 0; i <= levels.length; i++) {
    const v = i < levels.length ? levels[i] : 0;
    for (; level < v; level++) starts.push(i);
    for (; level > v; level--) if (i - (starts.shift() as number) < m) return false;
  }
  return true;
}

/**
 * The smallest-looking plan ≥ `levels` that meets the minimum shift: left to right, rises start
 * shifts (a shift that could not reach the minimum before closing starts earlier instead), falls
 * end only shifts that have lasted long enough, oldest first; the others stay on.
 */
export function enforceMinShift(levels: readonly number[], day: PlanDay): number[] {
  const n = levels.length;
  const m = minShiftBins(day);
  const out = new Array<number>(n).fill(0);
  const starts: number[] = [];
  for (let i = 0; i < n; i++) {
    const want = levels[i];
    while (starts.length < want) {
      const s = Math.max(0, Math.min(i, n - m));
      for (let j = s; j < i; j++) out[j]++;
      let k = starts.length;
      while (k > 0 && starts[k - 1] > s) k--;
      starts.splice(k, 0, s);
    }
    for (let k = 0; k < starts.length && starts.length > want;) {
      if (i - starts[k] >= m) starts.splice(k, 1);
      else k++;
    }
    out[i] = Math.max(out[i], starts.length);
  }
  return out;
}

/** At-counter staff per interval (at the interval's start) of a rostered plan, after lunch breaks. */
export function onCounterLevels(levels: readonly number[], day: PlanDay): number[] {
  const curve = onCounterCurve(
    rosterCurve(piecesFromLevels(levels, day.openMin, day.intervalMin, day.closeMin), day.openMin, day.closeMin),
    day.closeMin,
    day.lunch,
  );
  return levels.map((_, i) => {
    // The fewest at the counter at any time in the interval (lunch slots need not align with it).
    const a = day.openMin + i * day.intervalMin;
    const b = Math.min(day.closeMin, a + day.intervalMin);
    let v = valueAt(curve, a);
    for (let k = 0; k < curve.atMin.length; k++)
      if (curve.atMin[k] > a && curve.atMin[k] < b) v = Math.min(v, curve.value[k]);
    return v;
  });
}

/**
 * A rostered plan that meets the minimum shift and leaves at least `needed[i]` at the counter in
 * every interval once lunch breaks are taken: raise where short, re-cut, repeat.
 */
export function rosterFor(needed: readonly number[], day: PlanDay): number[] {
  let levels = enforceMinShift(needed, day);
  for (let round = 0; round < 200; round++) {
    const at = onCounterLevels(levels, day);
    let short = false;
    const raised = levels.map((v, i) => {
      if (at[i] >= needed[i]) return v;
      short = true;
      return v + (needed[i] - at[i]);
    });
    if (!short) return levels;
    levels = enforceMinShift(raised, day);
  }
  return levels;
}

/** Shifts of a plan as [start, end) interval indices (for reports). */
export function planShifts(levels: readonly number[], day: PlanDay): { from: number; to: number }[] {
  const curve = rosterCurve(
    piecesFromLevels(levels, day.openMin, day.intervalMin, day.closeMin),
    day.openMin,
    day.closeMin,
  );
  return shiftsOf(curve, day.closeMin).map((s) => ({
    from: Math.round((s.startMin - day.openMin) / day.intervalMin),
    to: Math.ceil((s.endMin - day.openMin) / day.intervalMin - 1e-9),
  }));
}
