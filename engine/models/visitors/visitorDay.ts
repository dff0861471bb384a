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
import { Distribution } from '../../core/distribution.js';
import { NormalQuantile } from '../../core/normalQuantile.js';
import { sortIdsByKey } from '../../core/sortNumbers.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import { Q_SEAT, Q_SPECIALIST, type CompiledVisitorModel } from './compileVisitorModel.js';
import { DayKit, isLive, stepLive } from './dayKit.js';
import { isPlainCounterDay } from './plainCounterModel.js';
import { ReturnBook } from './returnVisits.js';
import { applyTriage, TriageCounts, TriageDraws } from './triagePlan.js';
import { toVideoContacts, VIDEO_FIRST, VIDEO_IN_ORDER } from './videoContacts.js';

const offsetQuantile = new NormalQuantile();

/** Beyond this many would-be visitors in one day the input is surely a unit mistake. */
export const MAX_VISITORS_PER_DAY = 2_000_000;

export class VisitorDay {
  /** Would-be visitors drawn (including diverted and no-shows). */
  drawn = 0;
  diverted = 0;
  booked = 0;
  noShows = 0;
  /** Video consultations (オンライン相談) of the day: simulated with the comers, never in the office. */
  videoComers = 0;
  /** Visitors who come, in order of arrival (ids into the arrays below). */
  order = new Int32Array(0);
  private orderScratch = new Int32Array(0);
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
  /** 1: a scheduled video consultation (no walking, no waiting area, no giving up). */
  video = new Uint8Array(0);
  /** Visitor segment index, −1 for none. */
  segment = new Int8Array(0);
  /** Incomplete visit (出直し): COMPLETE, CAUGHT_BY_CONCIERGE or INCOMPLETE_AT_COUNTER (triagePlan.ts). */
  incomplete = new Uint8Array(0);
  /** Triage counts of the day's comers (wrong counter, info at a counter, answered by the concierge). */
  readonly triage = new TriageCounts();
  private triageDraws: TriageDraws | null = null;
  /** Working days until an incomplete visitor comes back; 1 for a return visit among the comers. */
  returnLag = new Uint8Array(0);
  isReturn = new Uint8Array(0);
  /** Return visits of the day among the comers. */
  returnComers = 0;
  /** The replication's return visits across its days (null without incompleteVisits.returns). */
  readonly returns: ReturnBook | null;
  private status = new Uint8Array(0);
  private kit: DayKit | null = null;
  /** A plain counter day (plainCounterModel.ts): drawn by drawPlain. */
  private readonly plain: boolean;

  constructor(
    private readonly model: CompiledVisitorModel,
    fastPath = true,
  ) {
    this.returns = model.input.incompleteVisits?.returns ? new ReturnBook() : null;
    this.plain = fastPath && isPlainCounterDay(model);
  }

  /** Draws the day of replication `streams`. */
  generate(streams: RandomStreams): void {
    const m = this.model;
    // NOTE: the streams, distributions and tables of a day are built once and reused: a model
    // runs many days with the same RandomStreams, which restarts its streams in place (reset).
    if (this.kit === null || this.kit.streams !== streams) {
      this.kit = new DayKit(m, streams);
      this.triageDraws = new TriageDraws(m, streams);
    }
    const k = this.kit;
    const triage = (this.triageDraws as TriageDraws).idle ? null : this.triageDraws;
    this.triage.reset();
    k.booking.clear();
    this.drawn = 0;
    this.diverted = 0;
    this.booked = 0;
    this.noShows = 0;
    this.videoComers = 0;
    if (this.plain) this.drawPlain(k);
    else this.drawEvery(k, triage);
    this.returnComers = 0;
    if (this.returns !== null) this.appendReturns(this.returns, k);
    this.sortComers();
  }

  /** The would-be visitors of the day, each drawing from every stream (see the file comment). */
  private drawEvery(k: DayKit, triage: TriageDraws | null): void {
    const m = this.model;
    const input = m.input;
    const arrivals = k.arrivals;
    const s = k.s;
    const patienceRng = k.patienceRng;
    const patience = k.patience;
    const groupSize = k.groupSize;
    const conciergeRng = k.conciergeRng;
    const kioskRng = k.kioskRng;
    const conciergeTime = k.conciergeTime;
    const kioskTime = k.kioskTime;
    const returnTime = k.returnTime;
    const cumShare = k.cumShare;
    const stepService = k.stepService;
    const stepTaken = k.stepTaken;
    const booking = k.booking;
    const segments = k.segments;
    let t = input.openMin;
    // NOTE: draws below are step() + u and draw() + last, not next() and sample(): no call in this
    // loop carries a double (V8 boxes one returned by a call it does not inline; see
    // core/serverPool.ts), which was a fifth of drawing a day.
    for (;;) {
      arrivals.at = t;
      arrivals.advance();
      t = arrivals.at;
      if (!(t < input.closeMin)) break;
      const v = this.drawn++;
      if (v >= this.arrivalMin.length) this.grow();
      // Every would-be visitor draws from every stream, whatever happens to them (CRN alignment);
      // streams whose numbers this input never reads are not stepped (DayKit, stepLive).
      stepLive(s.procedure);
      const p = pick(cumShare, s.procedure);
      stepLive(s.diversion);
      const divertU = s.diversion.u;
      stepLive(s.reservation);
      const bookU = s.reservation.u;
      stepLive(s.noShow);
      const noShowU = s.noShow.u;
      if (isLive(s.offset)) {
        do s.offset.step();
        while (s.offset.u === 0);
      }
      const offsetU = s.offset.u;
      const proc = input.procedures[p];
      const comes = divertU >= proc.diversion;
      // Video consultations take the next share on the same uniform: moving visits from diversion
      // to video (or back) moves the same people.
      const video = comes && proc.video !== undefined && divertU < proc.diversion + proc.video.share;
      const seg = segments === null ? -1 : segments.pick(p);
      this.segment[v] = seg;
      this.video[v] = !video ? 0 : proc.video?.priority === 'first' ? VIDEO_FIRST : VIDEO_IN_ORDER;
      drawSteps(k, p, proc.steps, comes, seg);
      const pat = patience[p];
      if (pat === null) this.patienceMin[v] = Infinity;
      else drawOrSkip(pat, patienceRng, comes, this.patienceMin, v);
      groupSize.draw();
      this.groupSize[v] = Math.max(1, Math.round(groupSize.last));
      this.usesConcierge[v] =
        input.concierge !== null && (s.concierge.step(), s.concierge.u < input.concierge.share) ? 1 : 0;
      if (conciergeTime === null) this.conciergeMin[v] = 0;
      else drawOrSkip(conciergeTime, conciergeRng, comes && this.usesConcierge[v] === 1, this.conciergeMin, v);
      if (kioskTime === null) this.kioskMin[v] = 0;
      else drawOrSkip(kioskTime, kioskRng, comes, this.kioskMin, v);
      stepLive(s.callback);
      this.callbackU[v] = s.callback.u;
      stepLive(s.miss);
      this.missU[v] = s.miss.u;
      returnTime.draw();
      this.returnMin[v] = returnTime.last;
      stepLive(s.balk);
      this.balkU[v] = s.balk.u;
      triage?.draw();
      this.incomplete[v] = 0;
      this.isReturn[v] = 0;
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
      if (video) {
        this.videoComers++;
        this.usesConcierge[v] = 0;
        if (proc.video !== undefined) toVideoContacts(this, m, v, proc.video.serviceFactor);
        continue;
      }
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
          offsetQuantile.p = offsetU;
          offsetQuantile.compute();
          const at = slot + r.arrivalOffsetMeanMin + r.arrivalOffsetSdMin * offsetQuantile.x;
          this.arrivalMin[v] = Math.min(input.closeMin - 1e-6, Math.max(input.openMin, at));
          this.usesConcierge[v] = 0; // booked visitors know where to go
        }
      }
      if (triage !== null) {
        applyTriage(m, this, this.triage, v, this.usesConcierge[v] === 1, !Number.isNaN(this.slotMin[v]), p, triage);
      }
    }
  }

  /**
   * The would-be visitors of a plain counter day: the draws of generate's loop, stream by stream in
   * the same order, without the levers such a day has none of. Their streams are not stepped there
   * either (DayKit: bookings, concierge, patience, call-back, balking), and nothing a plain day runs
   * reads their arrays (slot, patience, concierge, kiosk, call-back and balking figures), so those
   * are left as they are; the call-back return time's own stream is not drawn for the same reason.
   * NOTE: a tenth of drawing a one-department day went into those steps and stores.
   */
  private drawPlain(k: DayKit): void {
    const input = this.model.input;
    const { arrivals, s, stepTaken, stepService, groupSize, segments } = k;
    let t = input.openMin;
    for (;;) {
      arrivals.at = t;
      arrivals.advance();
      t = arrivals.at;
      if (!(t < input.closeMin)) break;
      const v = this.drawn++;
      if (v >= this.arrivalMin.length) this.grow();
      stepLive(s.procedure);
      const p = pick(k.cumShare, s.procedure);
      stepLive(s.diversion);
      const proc = input.procedures[p];
      const comes = s.diversion.u >= proc.diversion;
      const seg = segments === null ? -1 : segments.pick(p);
      this.segment[v] = seg;
      this.video[v] = 0;
      drawSteps(k, p, proc.steps, comes, seg);
      groupSize.draw();
      this.groupSize[v] = Math.max(1, Math.round(groupSize.last));
      this.incomplete[v] = 0;
      this.procedure[v] = p;
      this.arrivalMin[v] = t;
      this.status[v] = comes ? 0 : 1;
      if (comes) this.planContacts(v, p, stepTaken, stepService);
      else this.diverted++;
    }
  }

  /**
   * Adds the return visits due today (ReturnBook.today) after the day's own visitors, so that the
   * own visitors' numbers are those of the day without returns. A returning visitor is a walk-in
   * who knows the way (no concierge, no wrong counter) and brings the document; the time of day
   * follows the hourly profile, the steps and times are drawn as anyone's.
   */
  private appendReturns(book: ReturnBook, k: DayKit): void {
    const input = this.model.input;
    const rng = k.streams.get('returnArrival');
    for (let i = 0; i < book.todayCount; i++) {
      const v = this.drawn++;
      if (v >= this.arrivalMin.length) this.grow();
      const p = book.today[i];
      const proc = input.procedures[p];
      rng.step();
      this.arrivalMin[v] = profileTime(input.profile, rng.u);
      const dists = k.service[p];
      for (let s = 0; s < dists.length; s++) {
        rng.step();
        k.stepTaken[s] = rng.u < proc.steps[s].p ? 1 : 0;
        drawOrSkip(dists[s], k.serviceRng[p], k.stepTaken[s] === 1, k.stepService, s);
      }
      const pat = k.patience[p];
      if (pat === null) this.patienceMin[v] = Infinity;
      else drawOrSkip(pat, k.patienceRng, true, this.patienceMin, v);
      k.groupSize.draw();
      this.groupSize[v] = Math.max(1, Math.round(k.groupSize.last));
      this.usesConcierge[v] = 0;
      this.conciergeMin[v] = 0;
      if (k.kioskTime === null) this.kioskMin[v] = 0;
      else drawOrSkip(k.kioskTime, k.kioskRng, true, this.kioskMin, v);
      rng.step();
      this.callbackU[v] = rng.u;
      rng.step();
      this.missU[v] = rng.u;
      k.returnTime.draw();
      this.returnMin[v] = k.returnTime.last;
      rng.step();
      this.balkU[v] = rng.u;
      this.procedure[v] = p;
      this.slotMin[v] = NaN;
      this.video[v] = 0;
      this.segment[v] = -1;
      this.incomplete[v] = 0;
      this.returnLag[v] = 1;
      this.isReturn[v] = 1;
      this.status[v] = 0;
      this.planContacts(v, p, k.stepTaken, k.stepService);
      this.returnComers++;
    }
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
    if (this.order.length < this.drawn) {
      this.order = new Int32Array(this.arrivalMin.length);
      this.orderScratch = new Int32Array(this.arrivalMin.length);
    }
    for (let v = 0; v < this.drawn; v++) if (this.status[v] === 0) this.order[n++] = v;
    this.comers = n;
    // By arrival time, ties in draw order: booked visitors move to their slot times.
    sortIdsByKey(this.order, n, this.arrivalMin, this.orderScratch);
  }

  private grow(): void {
    const n = Math.max(256, this.arrivalMin.length * 2);
    if (n > MAX_VISITORS_PER_DAY * 2)
      throw new Error(`more than ${MAX_VISITORS_PER_DAY} would-be visitors in one day (check visitorsPerDay)`);
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
    this.video = grown(new Uint8Array(n), this.video);
    this.segment = grown(new Int8Array(n), this.segment);
    this.incomplete = grown(new Uint8Array(n), this.incomplete);
    this.returnLag = grown(new Uint8Array(n), this.returnLag);
    this.isReturn = grown(new Uint8Array(n), this.isReturn);
    this.status = grown(new Uint8Array(n), this.status);
  }
}

/**
 * Procedure p's steps for one would-be visitor: whether each is taken (k.stepTaken) and its
 * service minutes (k.stepService, drawn or skipped as drawOrSkip says), with the segment's change.
 */
function drawSteps(k: DayKit, p: number, steps: readonly { p: number }[], comes: boolean, seg: number): void {
  const { s, stepTaken, stepService, segments } = k;
  const dists = k.service[p];
  for (let j = 0; j < dists.length; j++) {
    stepLive(s.steps);
    stepTaken[j] = s.steps.u < steps[j].p ? 1 : 0;
    drawOrSkip(dists[j], k.serviceRng[p], comes && stepTaken[j] === 1, stepService, j);
    if (segments !== null) segments.apply(seg, comes && stepTaken[j] === 1, stepService, j);
  }
}

/**
 * A draw that may not be needed (a step not taken, a diverted visitor), written to out[i] (0 when
 * not needed): laws sampled by inversion of one uniform skip the costly quantile but still
 * advance their stream by that one uniform, so the streams stay aligned across scenario variants
 * (common random numbers). Other laws sample.
 * NOTE: the value goes to the array, not back as a result (no call carrying a double).
 */
function drawOrSkip(d: Distribution, rng: RandomStream, needed: boolean, out: Float64Array, i: number): void {
  if (needed) {
    d.draw();
    out[i] = d.last;
  } else {
    skipDraw(d, rng);
    out[i] = 0;
  }
}

function skipDraw(d: Distribution, rng: RandomStream): void {
  const spec = d.spec;
  switch (spec.dist) {
    case 'deterministic':
      return;
    case 'lognormal':
      // With cv 0 the law draws nothing (Distribution returns the mean).
      if (spec.cv > 0) rng.step();
      return;
    case 'exponential':
    case 'uniform':
    case 'triangular':
    case 'empirical':
      rng.step();
      return;
    default:
      d.draw();
  }
}

/** The time of day at which a share `u` of the day's arrivals has come (the hourly profile, uniform inside a piece). */
function profileTime(profile: readonly { fromMin: number; toMin: number; share: number }[], u: number): number {
  let total = 0;
  for (const piece of profile) total += piece.share;
  let left = u * total;
  for (const piece of profile) {
    if (left < piece.share) return piece.fromMin + (piece.toMin - piece.fromMin) * (left / piece.share);
    left -= piece.share;
  }
  const last = profile[profile.length - 1];
  return last.toMin - 1e-6;
}

/** Index of the share that the uniform just drawn by `rng` falls into. */
function pick(cum: Float64Array, rng: RandomStream): number {
  const u = rng.u;
  let i = 0;
  while (u >= cum[i] && i < cum.length - 1) i++;
  return i;
}

function grown<T extends Float64Array | Int32Array | Uint8Array | Int8Array>(to: T, from: T): T {
  to.set(from as never);
  return to;
}
