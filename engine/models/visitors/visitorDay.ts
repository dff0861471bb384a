/**
 * The visitors of one simulated day, drawn before the day starts: arrival times, procedure,
 * diversion, booking, steps needed, service and patience times, group size and call-back
 * behaviour — struct-of-arrays, one row per would-be visitor.
 *
 * Why up front: every would-be visitor draws the same numbers from the same named streams in
 * the same order whatever the levers say, so two variants of a scenario (more reservations, 書かない
 * 窓口 on, pooled counters) see the same people with the same needs — common random numbers
 * make their comparison paired and tight. Arrivals do not depend on the state of the office, so
 * nothing is lost by drawing them first.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { Distribution } from '../../core/distribution.js';
import { PiecewisePoissonArrivals } from '../../core/piecewisePoissonArrivals.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import { Q_SEAT, Q_SPECIALIST, type CompiledVisitorModel } from './compileVisitorModel.js';

/** Beyond this many would-be visitors in one day the input is surely a unit mistake. */
export const MAX_VISITORS_PER_DAY = 2_000_000;

export class VisitorDay {
  /** Would-be visitors drawn (including diverted and no-shows). */
  drawn = 0;
  diverted = 0;
  booked = 0;
  noShows = 0;
  /** Visitors who come, in order of arrival (ids into the arrays below). */
  order = new Int32Array(0);
  comers = 0;

  arrivalMin = new Float64Array(0);
  procedure = new Int32Array(0);
  /** Appointment time of a booked visitor, NaN for walk-ins. */
  slotMin = new Float64Array(0);
  groupSize = new Int32Array(0);
  patienceMin = new Float64Array(0);
  usesConcierge = new Uint8Array(0);
  conciergeMin = new Float64Array(0);
  kioskMin = new Float64Array(0);
  callbackU = new Float64Array(0);
  missU = new Float64Array(0);
  returnMin = new Float64Array(0);
  balkU = new Float64Array(0);
  /** Contacts: `maxContacts` slots per visitor — the queue and the service minutes of each. */
  contacts = new Int32Array(0);
  contactQueue = new Int32Array(0);
  contactMin = new Float64Array(0);
  /** Counters visited (the one-stop seat counts once; specialists coming to the seat do not). */
  countersVisited = new Int32Array(0);
  private status = new Uint8Array(0);

  constructor(private readonly model: CompiledVisitorModel) {}

  /** Draws the day of replication `streams`. */
  generate(streams: RandomStreams): void {
    const m = this.model;
    const input = m.input;
    const total = input.expectedVisitors;
    const pieces = input.profile.map((p) => ({ fromMin: p.fromMin, toMin: p.toMin, perHour: (total * p.share * 60) / (p.toMin - p.fromMin) }));
    const arrivals = new PiecewisePoissonArrivals(pieces, streams.get('arrivals'));
    const s = {
      procedure: streams.get('procedure'),
      diversion: streams.get('diversion'),
      reservation: streams.get('reservation'),
      noShow: streams.get('noShow'),
      offset: streams.get('arrivalOffset'),
      steps: streams.get('steps'),
      concierge: streams.get('concierge'),
      callback: streams.get('callback'),
      miss: streams.get('callbackMiss'),
      balk: streams.get('balk'),
    };
    const serviceRng = input.procedures.map((p) => streams.get(`service:${p.id}`));
    const service = input.procedures.map((p, i) => p.steps.map((st) => new Distribution(st.serviceMin, serviceRng[i])));
    const patienceRng = streams.get('patience');
    const patience = input.procedures.map((p) => (p.patienceMin ? new Distribution(p.patienceMin, patienceRng) : null));
    const groupSize = new Distribution(input.groupSize, streams.get('groupSize'));
    const conciergeRng = streams.get('service:concierge');
    const kioskRng = streams.get('service:reception');
    const conciergeTime = input.concierge ? new Distribution(input.concierge.serviceMin, conciergeRng) : null;
    const kioskTime = input.reception ? new Distribution(input.reception.serviceMin, kioskRng) : null;
    const returnTime = new Distribution(input.callback.returnMin, streams.get('callbackReturn'));
    const cumShare = cumulative(input.procedures.map((p) => p.share));
    const maxSteps = m.maxContacts;
    const stepService = new Float64Array(maxSteps);
    const stepTaken = new Uint8Array(maxSteps);
    const booking = new Bookings(this.model);

    this.drawn = 0;
    this.diverted = 0;
    this.booked = 0;
    this.noShows = 0;
    let t = input.openMin;
    for (;;) {
      t = arrivals.nextArrivalMin(t);
      if (!(t < input.closeMin)) break;
      const v = this.drawn++;
      if (v >= this.arrivalMin.length) this.grow();
      // Every would-be visitor draws from every stream, whatever happens to them (CRN alignment).
      const p = pick(cumShare, s.procedure.next());
      const divertU = s.diversion.next();
      const bookU = s.reservation.next();
      const noShowU = s.noShow.next();
      const offsetU = openUniform(s.offset);
      const proc = input.procedures[p];
      const comes = divertU >= proc.diversion;
      const dists = service[p];
      for (let k = 0; k < dists.length; k++) {
        stepTaken[k] = s.steps.next() < proc.steps[k].p ? 1 : 0;
        stepService[k] = drawOrSkip(dists[k], serviceRng[p], comes && stepTaken[k] === 1);
      }
      const pat = patience[p];
      this.patienceMin[v] = pat === null ? Infinity : drawOrSkip(pat, patienceRng, comes);
      this.groupSize[v] = Math.max(1, Math.round(groupSize.sample()));
      this.usesConcierge[v] = input.concierge !== null && s.concierge.next() < input.concierge.share ? 1 : 0;
      this.conciergeMin[v] = conciergeTime === null ? 0 : drawOrSkip(conciergeTime, conciergeRng, comes && this.usesConcierge[v] === 1);
      this.kioskMin[v] = kioskTime === null ? 0 : drawOrSkip(kioskTime, kioskRng, comes);
      this.callbackU[v] = s.callback.next();
      this.missU[v] = s.miss.next();
      this.returnMin[v] = returnTime.sample();
      this.balkU[v] = s.balk.next();
      this.procedure[v] = p;
      this.arrivalMin[v] = t;
      this.slotMin[v] = NaN;
      this.status[v] = 0;
      if (!comes) {
        this.diverted++;
        this.status[v] = 1;
        continue;
      }
      this.planContacts(v, p, stepTaken, stepService);
      if (bookU < proc.reservationShare) {
        const slot = booking.book(p, t);
        if (slot >= 0) {
          this.booked++;
          if (noShowU < input.reservations.noShow) {
            this.noShows++;
            this.status[v] = 1;
            continue;
          }
          const r = input.reservations;
          this.slotMin[v] = slot;
          const at = slot + r.arrivalOffsetMeanMin + r.arrivalOffsetSdMin * normalQuantile(offsetU, 0, 1);
          this.arrivalMin[v] = Math.min(input.closeMin - 1e-6, Math.max(input.openMin, at));
          this.usesConcierge[v] = 0; // booked visitors know where to go
        }
      }
    }
    this.sortComers();
  }

  /** Turns the steps a visitor needs into contacts under the organisation of the office. */
  private planContacts(v: number, p: number, taken: Uint8Array, minutes: Float64Array): void {
    const m = this.model;
    const cp = m.procedures[p];
    const base = v * m.maxContacts;
    const oneStop = m.input.organisation.oneStop;
    let n = 0;
    let visited = 0;
    if (m.oneStopQueue >= 0 && oneStop) {
      // Pooled or superman: one visit for every one-stop step, factor × the sum of the parts.
      let sum = 0;
      let any = false;
      for (let k = 0; k < cp.stepQueue.length; k++) {
        if (taken[k] && cp.stepOneStop[k]) {
          sum += minutes[k] * cp.serviceFactor;
          any = true;
        }
      }
      if (any) {
        this.contactQueue[base + n] = m.oneStopQueue;
        this.contactMin[base + n++] = oneStop.factor * sum;
        visited++;
      }
    } else if (m.seatQueue >= 0 && oneStop) {
      // Dispatch: take a seat, then each specialist comes with a hand-off.
      let first = true;
      for (let k = 0; k < cp.stepQueue.length; k++) {
        if (!taken[k] || !cp.stepOneStop[k]) continue;
        if (first) {
          this.contactQueue[base + n] = m.seatQueue;
          this.contactMin[base + n++] = 0;
          visited++;
          first = false;
        }
        this.contactQueue[base + n] = cp.stepQueue[k];
        this.contactMin[base + n++] = oneStop.handoffMin + minutes[k] * cp.serviceFactor;
      }
    }
    for (let k = 0; k < cp.stepQueue.length; k++) {
      if (!taken[k] || (cp.stepOneStop[k] && (m.oneStopQueue >= 0 || m.seatQueue >= 0))) continue;
      this.contactQueue[base + n] = cp.stepQueue[k];
      this.contactMin[base + n++] = minutes[k] * cp.serviceFactor;
      const kind = m.queues[cp.stepQueue[k]].kind;
      if (kind !== Q_SPECIALIST && kind !== Q_SEAT) visited++;
    }
    this.contacts[v] = n;
    this.countersVisited[v] = visited;
  }

  private sortComers(): void {
    let n = 0;
    if (this.order.length < this.drawn) this.order = new Int32Array(this.arrivalMin.length);
    for (let v = 0; v < this.drawn; v++) if (this.status[v] === 0) this.order[n++] = v;
    this.comers = n;
    const at = this.arrivalMin;
    // Stable by arrival time (ties keep draw order): booked visitors move to their slot times.
    this.order.subarray(0, n).sort((a, b) => at[a] - at[b] || a - b);
  }

  private grow(): void {
    const n = Math.max(256, this.arrivalMin.length * 2);
    if (n > MAX_VISITORS_PER_DAY * 2) throw new Error(`more than ${MAX_VISITORS_PER_DAY} would-be visitors in one day (check visitorsPerDay)`);
    const c = this.model.maxContacts;
    this.arrivalMin = grown(new Float64Array(n), this.arrivalMin);
    this.procedure = grown(new Int32Array(n), this.procedure);
    this.slotMin = grown(new Float64Array(n), this.slotMin);
    this.groupSize = grown(new Int32Array(n), this.groupSize);
    this.patienceMin = grown(new Float64Array(n), this.patienceMin);
    this.usesConcierge = grown(new Uint8Array(n), this.usesConcierge);
    this.conciergeMin = grown(new Float64Array(n), this.conciergeMin);
    this.kioskMin = grown(new Float64Array(n), this.kioskMin);
    this.callbackU = grown(new Float64Array(n), this.callbackU);
    this.missU = grown(new Float64Array(n), this.missU);
    this.returnMin = grown(new Float64Array(n), this.returnMin);
    this.balkU = grown(new Float64Array(n), this.balkU);
    this.contacts = grown(new Int32Array(n), this.contacts);
    this.contactQueue = grown(new Int32Array(n * c), this.contactQueue);
    this.contactMin = grown(new Float64Array(n * c), this.contactMin);
    this.countersVisited = grown(new Int32Array(n), this.countersVisited);
    this.status = grown(new Uint8Array(n), this.status);
  }
}

/**
 * The appointment book of one day: slots of `slotMin` from opening; a booking takes the slot of
 * the time the visitor would have come, or the nearest one with room (later first).
 */
class Bookings {
  private readonly used: Int32Array[];
  private readonly capacity: number[];
  private readonly slots: number;
  private readonly openMin: number;
  private readonly slotMin: number;

  constructor(model: CompiledVisitorModel) {
    const input = model.input;
    const r = input.reservations;
    this.openMin = input.openMin;
    this.slotMin = r.slotMin;
    this.slots = Math.max(1, Math.floor((input.closeMin - input.openMin) / r.slotMin));
    this.used = input.procedures.map(() => new Int32Array(this.slots));
    this.capacity = input.procedures.map((p) => {
      if (r.slotCapacity > 0) return r.slotCapacity;
      const expected = input.expectedVisitors * p.share * (1 - p.diversion) * p.reservationShare;
      return Math.max(1, Math.ceil(expected / this.slots));
    });
  }

  /** Slot start time for procedure `p` wanted at `wantedMin`, or −1 when the day is full. */
  book(p: number, wantedMin: number): number {
    const used = this.used[p];
    const cap = this.capacity[p];
    const want = Math.min(this.slots - 1, Math.floor((wantedMin - this.openMin) / this.slotMin));
    for (let d = 0; d < this.slots; d++) {
      const later = want + d;
      if (later < this.slots && used[later] < cap) return this.take(used, later);
      const earlier = want - d;
      if (d > 0 && earlier >= 0 && used[earlier] < cap) return this.take(used, earlier);
    }
    return -1;
  }

  private take(used: Int32Array, slot: number): number {
    used[slot]++;
    return this.openMin + slot * this.slotMin;
  }
}

/**
 * A draw that may not be needed (a step not taken, a diverted visitor): laws sampled by inversion
 * of one uniform skip the costly quantile but still advance their stream by that one uniform, so
 * the streams stay aligned across scenario variants (common random numbers). Other laws sample.
 */
function drawOrSkip(d: Distribution, rng: RandomStream, needed: boolean): number {
  if (needed) return d.sample();
  const spec = d.spec;
  switch (spec.dist) {
    case 'deterministic':
      return 0;
    case 'lognormal':
      // With cv 0 the law draws nothing (Distribution returns the mean).
      if (spec.cv > 0) rng.next();
      return 0;
    case 'exponential':
    case 'uniform':
    case 'triangular':
    case 'empirical':
      rng.next();
      return 0;
    default:
      d.sample();
      return 0;
  }
}

function cumulative(shares: number[]): Float64Array {
  const out = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((s, i) => (out[i] = sum += s));
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  out[out.length - 1] = 1;
  return out;
}

function pick(cum: Float64Array, u: number): number {
  let i = 0;
  while (u >= cum[i] && i < cum.length - 1) i++;
  return i;
}

function openUniform(rng: RandomStream): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return u;
}

function grown<T extends Float64Array | Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from as never);
  return to;
}
