/**
 * Phone duty (電話対応) as capacity: a stated share s of a department's at-counter staff time
 * goes to the phone during opening hours, so the staff who can serve visitors are (1 − s) × the
 * staff at the counter. Staff are whole people, so the phone staff s·n of a step with n at the
 * counter is taken off as ⌊s·n⌋ people throughout plus one more person for the first
 * frac(s·n) of every rota block (blocks from opening time, cut at the steps): over every block
 * exactly s of the staff time goes to the phone. After closing time the phones are off and the
 * curve is the one without phone duty (staff finishing the day's visitors all serve).
 * Why a stated share and not a stream of calls: it is what offices can state (a survey of how
 * staff spend their time), and it keeps an exact answer — with s·n whole the counter is an
 * M/M/((1 − s)·n) queue (tests/visitors/phoneDuty.test.ts checks it against Erlang C).
 */
import { integralOver, valueAt, type StepCurve } from './staffRoster.js';
import type { PhoneInput } from './visitorModifiers.js';

const EPS = 1e-9;

/** The at-counter curve left for visitors, and the staff-minutes spent on the phone before closing. */
export function phoneDutyCurve(
  curve: StepCurve,
  phone: PhoneInput,
  openMin: number,
  closeMin: number,
): { curve: StepCurve; phoneStaffMin: number } {
  const s = phone.staffTimeShare;
  if (!(s > 0)) return { curve, phoneStaffMin: 0 };
  const cuts = new Set<number>(curve.atMin.filter((t) => t < closeMin));
  for (let t = openMin; t < closeMin; t += phone.rotaMin) cuts.add(t);
  const starts = [...cuts].filter((t) => t >= openMin).sort((a, b) => a - b);
  const out: StepCurve = { atMin: [], value: [] };
  const push = (t: number, v: number) => {
    if (out.value.length > 0 && out.value[out.value.length - 1] === v) return;
    out.atMin.push(t);
    out.value.push(v);
  };
  if (curve.atMin.length > 0 && curve.atMin[0] < openMin) push(curve.atMin[0], curve.value[0]);
  starts.forEach((t, i) => {
    const end = i + 1 < starts.length ? starts[i + 1] : closeMin;
    const n = valueAt(curve, t);
    const phoneStaff = s * n;
    const whole = Math.floor(phoneStaff + EPS);
    const frac = phoneStaff - whole > EPS ? phoneStaff - whole : 0;
    const split = t + frac * (end - t);
    if (frac > 0) push(t, n - whole - 1);
    if (frac === 0 || split < end) push(frac > 0 ? split : t, n - whole);
  });
  push(closeMin, valueAt(curve, closeMin));
  return { curve: out, phoneStaffMin: integralOver(curve, openMin, closeMin) - integralOver(out, openMin, closeMin) };
}
