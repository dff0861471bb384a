/**
 * What a simulated day draws with — the named streams, the distributions bound to them, the
 * appointment book — built once per simulation and reused for every day (VisitorDay.generate).
 */
import { Distribution } from '../../core/distribution.js';
import { PiecewisePoissonArrivals } from '../../core/piecewisePoissonArrivals.js';
import { RandomStream, type RandomStreams } from '../../core/randomStream.js';
import type { CompiledVisitorModel } from './compileVisitorModel.js';
import { SegmentDraws } from './segmentDraws.js';

/**
 * Stands in for a stream this input never draws from (no concierge, a fixed group size…): never
 * restarted. NOTE: RandomStreams restarts every stream it handed out at each day (its seeding
 * costs about a microsecond), and a stream never drawn from gives no number to anyone.
 */
const UNUSED = new RandomStream('unused', 'unused');

/**
 * Steps `rng` unless it stands in for a stream the input never draws from (UNUSED): nothing reads
 * what such a stream gives, so its steps are skipped (nine of a one-department day's eleven streams).
 */
export function stepLive(rng: RandomStream): void {
  if (rng !== UNUSED) rng.step();
}

/** False for the stand-in of a stream the input never draws from. */
export function isLive(rng: RandomStream): boolean {
  return rng !== UNUSED;
}

/** Everything a day draws with, bound to one RandomStreams (built once, reused for every day). */
export class DayKit {
  readonly arrivals: PiecewisePoissonArrivals;
  readonly s: Record<
    | 'procedure'
    | 'diversion'
    | 'reservation'
    | 'noShow'
    | 'offset'
    | 'steps'
    | 'concierge'
    | 'callback'
    | 'miss'
    | 'balk',
    RandomStream
  >;
  readonly serviceRng: RandomStream[];
  readonly service: Distribution[][];
  readonly patienceRng: RandomStream;
  readonly patience: (Distribution | null)[];
  readonly groupSize: Distribution;
  readonly conciergeRng: RandomStream;
  readonly kioskRng: RandomStream;
  readonly conciergeTime: Distribution | null;
  readonly kioskTime: Distribution | null;
  readonly returnTime: Distribution;
  readonly cumShare: Float64Array;
  readonly stepService: Float64Array;
  readonly stepTaken: Uint8Array;
  readonly booking: Bookings;
  /** Visitor segments' draws; null without segments (their streams are then never made). */
  readonly segments: SegmentDraws | null;

  constructor(
    m: CompiledVisitorModel,
    readonly streams: RandomStreams,
  ) {
    const input = m.input;
    const drawn = (name: string, used: boolean) => (used ? streams.get(name) : UNUSED);
    const total = input.expectedVisitors;
    const pieces = input.profile.map((p) => ({
      fromMin: p.fromMin,
      toMin: p.toMin,
      perHour: (total * p.share * 60) / (p.toMin - p.fromMin),
    }));
    this.arrivals = new PiecewisePoissonArrivals(pieces, streams.get('arrivals'));
    // A stream is drawn for real only if some input can make its numbers matter: with one
    // procedure, steps all taken, no diversion, no bookings, no call-back and no balking, only the
    // arrivals and the service times decide anything (VisitorDay.generate compares each uniform
    // with a share of 0 or 1, which gives the same answer for every uniform in [0, 1)).
    const procs = input.procedures;
    const bookings = procs.some((p) => p.reservationShare > 0);
    const callback = input.callback.share > 0;
    this.s = {
      procedure: drawn('procedure', procs.length > 1),
      diversion: drawn(
        'diversion',
        procs.some((p) => p.diversion > 0 || p.video !== undefined),
      ),
      reservation: drawn('reservation', bookings),
      noShow: drawn('noShow', bookings && input.reservations.noShow > 0),
      offset: drawn('arrivalOffset', bookings),
      steps: drawn(
        'steps',
        procs.some((p) => p.steps.some((st) => st.p > 0 && st.p < 1)),
      ),
      concierge: drawn('concierge', input.concierge !== null),
      callback: drawn('callback', callback),
      miss: drawn('callbackMiss', callback),
      balk: drawn('balk', input.patience.balkP > 0),
    };
    this.serviceRng = input.procedures.map((p) => streams.get(`service:${p.id}`));
    this.service = input.procedures.map((p, i) =>
      p.steps.map((st) => new Distribution(st.serviceMin, this.serviceRng[i])),
    );
    this.patienceRng = drawn(
      'patience',
      input.procedures.some((p) => p.patienceMin !== null),
    );
    this.patience = input.procedures.map((p) =>
      p.patienceMin ? new Distribution(p.patienceMin, this.patienceRng) : null,
    );
    this.groupSize = new Distribution(input.groupSize, drawn('groupSize', input.groupSize.dist !== 'deterministic'));
    this.conciergeRng = drawn('service:concierge', input.concierge !== null);
    this.kioskRng = drawn('service:reception', input.reception !== null);
    this.conciergeTime = input.concierge ? new Distribution(input.concierge.serviceMin, this.conciergeRng) : null;
    this.kioskTime = input.reception ? new Distribution(input.reception.serviceMin, this.kioskRng) : null;
    const returnMin = input.callback.returnMin;
    this.returnTime = new Distribution(returnMin, drawn('callbackReturn', returnMin.dist !== 'deterministic'));
    this.cumShare = cumulative(input.procedures.map((p) => p.share));
    this.stepService = new Float64Array(m.maxContacts);
    this.stepTaken = new Uint8Array(m.maxContacts);
    this.booking = new Bookings(m);
    const segs = input.segments;
    this.segments =
      segs !== undefined && segs.length > 0 ? new SegmentDraws(segs, input.procedures.length, streams) : null;
  }
}

/**
 * The appointment book of one day: slots of `slotMin` from opening; a booking takes the slot of
 * the time the visitor would have come, or the nearest one with room (later first).
 */
export class Bookings {
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
      const expected =
        input.expectedVisitors * p.share * (1 - p.diversion - (p.video?.share ?? 0)) * p.reservationShare;
      return Math.max(1, Math.ceil(expected / this.slots));
    });
  }

  /** Empties the book (a new day). */
  clear(): void {
    for (const u of this.used) u.fill(0);
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

function cumulative(shares: number[]): Float64Array {
  const out = new Float64Array(shares.length);
  let sum = 0;
  shares.forEach((s, i) => (out[i] = sum += s));
  for (let i = 0; i < out.length; i++) out[i] /= sum;
  out[out.length - 1] = 1;
  return out;
}
