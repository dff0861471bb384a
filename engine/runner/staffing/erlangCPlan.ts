/**
 * The classic workforce-management estimate (sources §4.1, §4.4): offered load per interval
 * from the arrival profile, then the fewest M/M/c servers meeting the service level and the
 * occupancy cap in that interval alone (engine/theory/erlangCStaffing). It treats each interval
 * as a steady state: no backlog comes in from the interval before, and a visitor's later counters
 * are counted in the interval of arrival. That is exactly what the simulation corrects.
 */
import { erlangCStaffing } from '../../theory/erlangCStaffing.js';
import type { CompiledVisitorModel } from '../../models/visitors/compileVisitorModel.js';

/** Expected contacts joining each queue in each interval, from the arrival profile and the procedure mix. */
export function expectedContacts(model: CompiledVisitorModel): Float64Array[] {
  const input = model.input;
  const out = model.queues.map(() => new Float64Array(model.bins));
  const mass = new Float64Array(model.bins);
  for (const p of input.profile) {
    for (let i = 0; i < model.bins; i++) {
      const a = input.openMin + i * input.intervalMin;
      const b = Math.min(input.closeMin, a + input.intervalMin);
      const overlap = Math.min(b, p.toMin) - Math.max(a, p.fromMin);
      if (overlap > 0) mass[i] += (p.share * overlap) / (p.toMin - p.fromMin);
    }
  }
  input.procedures.forEach((p, pi) => {
    const cp = model.procedures[pi];
    const visits =
      input.expectedVisitors * p.share * (1 - p.diversion) * (1 - p.reservationShare * input.reservations.noShow);
    let noOneStop = 1;
    cp.stepQueue.forEach((q, k) => {
      if (cp.stepOneStop[k] && model.oneStopQueue >= 0) {
        noOneStop *= 1 - cp.stepP[k];
        return;
      }
      for (let i = 0; i < model.bins; i++) out[q][i] += visits * cp.stepP[k] * mass[i];
    });
    if (model.oneStopQueue >= 0 && noOneStop < 1)
      for (let i = 0; i < model.bins; i++) out[model.oneStopQueue][i] += visits * (1 - noOneStop) * mass[i];
  });
  return out;
}

export interface ErlangCInterval {
  arrivals: number;
  offeredLoad: number;
  servers: number;
  serviceLevel: number;
}

/** Erlang C servers per interval for queue `q` (0 where nobody arrives). */
export function erlangCPerInterval(
  model: CompiledVisitorModel,
  q: number,
  arrivals: Float64Array,
  target: number,
  withinMin: number,
  maxOccupancy: number,
): ErlangCInterval[] {
  const aht = model.queues[q].meanServiceMin;
  const width = model.input.intervalMin;
  return Array.from(arrivals, (n, i) => {
    const len =
      Math.min(model.input.closeMin, model.input.openMin + (i + 1) * width) - (model.input.openMin + i * width);
    if (!(n > 1e-9) || !(aht > 0)) return { arrivals: n, offeredLoad: 0, servers: 0, serviceLevel: 1 };
    const r = erlangCStaffing({
      arrivalPerMin: n / len,
      serviceMeanMin: aht,
      targetMin: withinMin,
      targetServiceLevel: target,
      maxOccupancy,
    });
    return { arrivals: n, offeredLoad: r.offeredLoad, servers: r.servers, serviceLevel: r.serviceLevel };
  });
}
