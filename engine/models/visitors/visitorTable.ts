/**
 * The state of the day's visitors as struct-of-arrays typed arrays (bitECS style), indexed by
 * the visitor's row in VisitorDay: where they are, which contact and line, their keys and times,
 * and what they have waited and walked. Sized to the day and reused across replications.
 */
/** How a visitor's day ended (`outcome`); 0 = still in the office (unserved when the day ends). */
export const OUT_SERVED = 1;
export const OUT_ABANDONED = 2;
export const OUT_BALKED = 3;
export const OUT_TURNED_AWAY = 4;
/** Lacked a document (出直し): found at the counter or by the concierge; must come back another day. */
export const OUT_INCOMPLETE = 5;

export class VisitorTable {
  /** Where the visitor is (the S_* stages of visitorSimulation.ts). */
  stage = new Uint8Array(0);
  /** How their day ended (OUT_*). */
  outcome = new Uint8Array(0);
  /** Current contact index and the line they are in. */
  contact = new Int32Array(0);
  queueOf = new Int32Array(0);
  /** Staff group serving them. */
  server = new Int32Array(0);
  /** Bumped to cancel a pending patience or call-back event (lazy cancellation). */
  tag = new Int32Array(0);
  /** Call-back: 0 in the waiting area, 1 away, 2 recalled and walking back. */
  away = new Uint8Array(0);
  missed = new Uint8Array(0);
  seatHeld = new Uint8Array(0);
  /** Holds a booking that is still valid (on time). */
  booked = new Uint8Array(0);
  joinMin = new Float64Array(0);
  ticketMin = new Float64Array(0);
  /** Line key of the first contact (ticket time, or the appointment for booked visitors). */
  firstKey = new Float64Array(0);
  patienceLeft = new Float64Array(0);
  waitTotal = new Float64Array(0);
  walkMin = new Float64Array(0);
  departMin = new Float64Array(0);

  /** Makes room for `n` visitors (contents are reset by `reset`). */
  ensureCapacity(n: number): void {
    if (this.stage.length >= n) return;
    this.stage = new Uint8Array(n);
    this.outcome = new Uint8Array(n);
    this.contact = new Int32Array(n);
    this.queueOf = new Int32Array(n);
    this.server = new Int32Array(n);
    this.tag = new Int32Array(n);
    this.away = new Uint8Array(n);
    this.missed = new Uint8Array(n);
    this.seatHeld = new Uint8Array(n);
    this.booked = new Uint8Array(n);
    this.joinMin = new Float64Array(n);
    this.ticketMin = new Float64Array(n);
    this.firstKey = new Float64Array(n);
    this.patienceLeft = new Float64Array(n);
    this.waitTotal = new Float64Array(n);
    this.walkMin = new Float64Array(n);
    this.departMin = new Float64Array(n).fill(NaN);
  }

  /** Clears what a new day must not inherit. */
  reset(): void {
    this.stage.fill(0);
    this.outcome.fill(0);
    this.away.fill(0);
    this.missed.fill(0);
    this.seatHeld.fill(0);
    this.walkMin.fill(0);
    this.waitTotal.fill(0);
    this.departMin.fill(NaN);
  }
}
