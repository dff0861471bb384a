/**
 * A day with visitors given by hand instead of drawn: arrival times, one procedure each, service
 * minutes per step, nobody booked, diverted, patient limits or call-back. For tests whose
 * expected numbers are derived by hand (closed spans, concierge routing).
 */
import type { VisitorSimulation } from '../../engine/models/visitors/visitorSimulation.js';

export interface FixedVisitor {
  arrivalMin: number;
  procedure: number;
  /** Service minutes of each step of the procedure (all steps taken). */
  stepMin: number[];
}

/** Makes `sim` simulate exactly `visitors` (silo organisation, every step taken) on every replication. */
export function useFixedDay(sim: VisitorSimulation, visitors: readonly FixedVisitor[]): void {
  const day = sim.day;
  const m = sim.model;
  const n = visitors.length;
  const c = m.maxContacts;
  day.generate = () => {
    day.drawn = n;
    day.diverted = day.booked = day.noShows = 0;
    day.comers = n;
    day.order = Int32Array.from({ length: n }, (_, i) => i);
    day.arrivalMin = Float64Array.from(visitors, (v) => v.arrivalMin);
    day.procedure = Int32Array.from(visitors, (v) => v.procedure);
    day.slotMin = new Float64Array(n).fill(NaN);
    day.groupSize = new Int32Array(n).fill(1);
    day.patienceMin = new Float64Array(n).fill(Infinity);
    day.usesConcierge = new Uint8Array(n);
    day.conciergeMin = new Float64Array(n);
    day.kioskMin = new Float64Array(n);
    day.callbackU = new Float64Array(n).fill(1);
    day.missU = new Float64Array(n).fill(1);
    day.returnMin = new Float64Array(n);
    day.balkU = new Float64Array(n).fill(1);
    day.contacts = Int32Array.from(visitors, (v) => v.stepMin.length);
    day.countersVisited = Int32Array.from(visitors, (v) => v.stepMin.length);
    // Nobody is a video consultation, of a segment, incomplete or a return visit.
    day.videoComers = 0;
    day.video = new Uint8Array(n);
    day.segment = new Int8Array(n).fill(-1);
    day.incomplete = new Uint8Array(n);
    day.returnLag = new Uint8Array(n).fill(1);
    day.isReturn = new Uint8Array(n);
    day.returnComers = 0;
    day.contactQueue = new Int32Array(n * c);
    day.contactMin = new Float64Array(n * c);
    visitors.forEach((v, i) => {
      v.stepMin.forEach((minutes, k) => {
        day.contactQueue[i * c + k] = m.procedures[v.procedure].stepQueue[k];
        day.contactMin[i * c + k] = minutes;
      });
    });
  };
}
