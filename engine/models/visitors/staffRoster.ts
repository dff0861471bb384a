/**
 * From a rostered staff curve to the staff actually at the counter: the curve is cut into
 * shifts (a rise starts shifts, a fall ends the oldest ones first), shifts longer than the
 * lunch rule's threshold take a break inside the lunch window, staggered over the window's
 * slots so that as few as possible are away at once (Sakai Naka ward's staggered lunch,
 * research §3.1 / §6.5). The same shift cut checks the minimum shift length rule of the
 * staffing optimiser.
 */
import type { StaffPiece } from './visitorInput.js';

export interface LunchRule {
  fromMin: number;
  toMin: number;
  breakMin: number;
  ifShiftOverMin: number;
}

export interface Shift {
  startMin: number;
  endMin: number;
}

/** A step function: value[i] holds on [atMin[i], atMin[i + 1]) and the last one to the end. */
export interface StepCurve {
  atMin: number[];
  value: number[];
}

/** The rostered curve of `pieces` on [openMin, closeMin) as merged steps (first step at openMin). */
export function rosterCurve(pieces: readonly StaffPiece[], openMin: number, closeMin: number): StepCurve {
  const cuts = new Set<number>([openMin]);
  for (const p of pieces) {
    if (p.fromMin > openMin && p.fromMin < closeMin) cuts.add(p.fromMin);
    if (p.toMin > openMin && p.toMin < closeMin) cuts.add(p.toMin);
  }
  const times = [...cuts].sort((a, b) => a - b);
  const out: StepCurve = { atMin: [], value: [] };
  for (const t of times) {
    let v = 0;
    for (const p of pieces) if (p.fromMin <= t && t < p.toMin) v += p.staff;
    if (out.value.length === 0 || out.value[out.value.length - 1] !== v) {
      out.atMin.push(t);
      out.value.push(v);
    }
  }
  return out;
}

/** Cuts a rostered curve into shifts: rises start shifts, falls end the oldest first (FIFO). */
export function shiftsOf(curve: StepCurve, closeMin: number): Shift[] {
  const open: number[] = [];
  const shifts: Shift[] = [];
  let level = 0;
  for (let i = 0; i < curve.atMin.length; i++) {
    const t = curve.atMin[i];
    const v = Math.max(0, Math.round(curve.value[i]));
    for (; level < v; level++) open.push(t);
    // FIFO maximises the shortest shift: ending the oldest now leaves the youngest for later falls.
    for (; level > v; level--) shifts.push({ startMin: open.shift() as number, endMin: t });
  }
  for (const s of open) shifts.push({ startMin: s, endMin: closeMin });
  return shifts;
}

/** Shortest shift of a curve, minutes (Infinity when nobody works). */
export function shortestShiftMin(curve: StepCurve, closeMin: number): number {
  let shortest = Infinity;
  for (const s of shiftsOf(curve, closeMin)) shortest = Math.min(shortest, s.endMin - s.startMin);
  return shortest;
}

/**
 * Staff at the counter: rostered minus those on their lunch break. A break never takes the last
 * person off the counter (a colleague from the back office covers it), so a department that is
 * staffed stays open.
 */
export function onCounterCurve(curve: StepCurve, closeMin: number, lunch: LunchRule | null): StepCurve {
  if (lunch === null || lunch.breakMin <= 0) return curve;
  const slots = Math.floor((lunch.toMin - lunch.fromMin) / lunch.breakMin);
  if (slots < 1) return curve;
  const onBreak = new Array<number>(slots).fill(0);
  for (const s of shiftsOf(curve, closeMin)) {
    if (s.endMin - s.startMin <= lunch.ifShiftOverMin) continue;
    let best = -1;
    for (let k = 0; k < slots; k++) {
      const from = lunch.fromMin + k * lunch.breakMin;
      if (from < s.startMin || from + lunch.breakMin > s.endMin) continue;
      if (best < 0 || onBreak[k] < onBreak[best]) best = k;
    }
    if (best >= 0) onBreak[best]++;
  }
  const cuts = new Set<number>(curve.atMin);
  for (let k = 0; k <= slots; k++) cuts.add(lunch.fromMin + k * lunch.breakMin);
  const out: StepCurve = { atMin: [], value: [] };
  for (const t of [...cuts].filter((x) => x >= curve.atMin[0] && x < closeMin).sort((a, b) => a - b)) {
    const rostered = valueAt(curve, t);
    const k = Math.floor((t - lunch.fromMin) / lunch.breakMin);
    const away = t >= lunch.fromMin && k < slots ? onBreak[k] : 0;
    const v = Math.max(Math.min(rostered, 1), rostered - away);
    if (out.value.length === 0 || out.value[out.value.length - 1] !== v) {
      out.atMin.push(t);
      out.value.push(v);
    }
  }
  return out;
}

/** Value of a step curve at `tMin` (0 before its first step). */
export function valueAt(curve: StepCurve, tMin: number): number {
  let v = 0;
  for (let i = 0; i < curve.atMin.length && curve.atMin[i] <= tMin; i++) v = curve.value[i];
  return v;
}

/** Integral of a step curve over [fromMin, toMin) (value × minutes). */
export function integralOver(curve: StepCurve, fromMin: number, toMin: number): number {
  let sum = 0;
  for (let i = 0; i < curve.atMin.length; i++) {
    const a = Math.max(fromMin, curve.atMin[i]);
    const b = Math.min(toMin, i + 1 < curve.atMin.length ? curve.atMin[i + 1] : Infinity);
    if (b > a) sum += curve.value[i] * (b - a);
  }
  return sum;
}

/** Per-interval staff levels as pieces (one piece per interval from openMin). */
export function piecesFromLevels(
  levels: readonly number[],
  openMin: number,
  intervalMin: number,
  closeMin: number,
): StaffPiece[] {
  return levels.map((staff, i) => ({
    fromMin: openMin + i * intervalMin,
    toMin: Math.min(closeMin, openMin + (i + 1) * intervalMin),
    staff,
  }));
}
