/**
 * What guidance changes in a visitor's plan for the day (concierge triage, seed 000: 総合窓口・
 * コンシェルジュ; incomplete visits, 出直し). Applied once per visitor while the day is drawn, after
 * the contacts are planned and the booking is known, from uniforms the visitor drew whatever the
 * levers say (so variants stay paired):
 *
 * - incomplete (u < share): a visitor who asked the concierge is caught there with probability
 *   `precheckShare` (nested: u < share × precheck) and leaves without a contact; the others keep
 *   only their first counter contact, shortened to `counterTimeFactor`, and leave after it;
 * - wrong counter (walk-ins who did not ask, u < wrongCounterShare): one contact at another staffed
 *   counter comes first, then they walk to the right one and queue again;
 * - information-only visitors who did not ask: one contact at a counter (when `infoAtCounterMin` is set).
 *
 * Booked visitors know where to go (reserved and walk-in visitors are separated at the door).
 */
import { Distribution } from '../../core/distribution.js';
import type { RandomStream, RandomStreams } from '../../core/randomStream.js';
import { Q_SEAT, type CompiledVisitorModel } from './compileVisitorModel.js';

/** `incomplete` codes of a visitor. */
export const COMPLETE = 0;
export const CAUGHT_BY_CONCIERGE = 1;
export const INCOMPLETE_AT_COUNTER = 2;

/** The day's visitor arrays the plan rewrites (VisitorDay). */
export interface PlannedContacts {
  contacts: Int32Array;
  contactQueue: Int32Array;
  contactMin: Float64Array;
  countersVisited: Int32Array;
  incomplete: Uint8Array;
  /** Working days until an incomplete visitor comes back (return visits). */
  returnLag: Uint8Array;
}

/** Counts over the day's comers, planned while drawing (reset each day). */
export class TriageCounts {
  wrongCounter = 0;
  infoAtCounter = 0;
  answeredByConcierge = 0;
  reset(): void {
    this.wrongCounter = 0;
    this.infoAtCounter = 0;
    this.answeredByConcierge = 0;
  }
}

/**
 * Rewrites visitor v's contacts from the visitor's draws: `u` decides incompleteness, `wrongU`
 * going astray, `pickU` which counter; `wrongMin` and `infoMin` are the drawn contact minutes.
 * NOTE: the numbers come through the draws object, not as arguments (no call carrying a double).
 */
export function applyTriage(
  m: CompiledVisitorModel,
  d: PlannedContacts,
  counts: TriageCounts,
  v: number,
  guided: boolean,
  booked: boolean,
  procedure: number,
  t: TriageDraws,
): void {
  const input = m.input;
  const incompleteShare =
    (input.procedures[procedure].incompleteShare ?? 0) * (input.incompleteVisits?.shareFactor ?? 1);
  const u = t.u;
  const base = v * m.maxContacts;
  d.incomplete[v] = COMPLETE;
  d.returnLag[v] = t.lagDays;
  if (u < incompleteShare && d.contacts[v] > 0) {
    const precheck = guided ? (input.concierge?.precheckShare ?? 0) : 0;
    if (u < incompleteShare * precheck) {
      d.incomplete[v] = CAUGHT_BY_CONCIERGE;
      d.contacts[v] = 0;
      d.countersVisited[v] = 0;
      return;
    }
    // The first counter where work is done (in the dispatch organisation: after taking the seat).
    const first = m.queues[d.contactQueue[base]].kind === Q_SEAT && d.contacts[v] > 1 ? 1 : 0;
    d.incomplete[v] = INCOMPLETE_AT_COUNTER;
    d.contacts[v] = first + 1;
    d.countersVisited[v] = 1;
    d.contactMin[base + first] *= input.incompleteVisits?.counterTimeFactor ?? 1;
  }
  if (guided) {
    if (d.contacts[v] === 0 && d.incomplete[v] === COMPLETE) counts.answeredByConcierge++;
    return;
  }
  const triage = input.triage;
  if (triage === undefined) return;
  const n = d.contacts[v];
  if (n === 0) {
    if (triage.infoAtCounterMin === null || d.incomplete[v] !== COMPLETE || m.triageQueues.length === 0) return;
    d.contactQueue[base] = m.triageQueues[Math.floor(t.pickU * m.triageQueues.length)];
    d.contactMin[base] = t.infoMin;
    d.contacts[v] = 1;
    d.countersVisited[v] = 1;
    counts.infoAtCounter++;
    return;
  }
  if (booked || !(t.wrongU < triage.wrongCounterShare)) return;
  const wrong = pickOther(m.triageQueues, d.contactQueue[base], t.pickU);
  if (wrong < 0) return;
  for (let i = n; i > 0; i--) {
    d.contactQueue[base + i] = d.contactQueue[base + i - 1];
    d.contactMin[base + i] = d.contactMin[base + i - 1];
  }
  d.contactQueue[base] = wrong;
  d.contactMin[base] = t.wrongMin;
  d.contacts[v] = n + 1;
  d.countersVisited[v]++;
  counts.wrongCounter++;
}

/** A line of `lines` other than `right`, chosen by `u`; −1 when there is none. */
function pickOther(lines: readonly number[], right: number, u: number): number {
  const others = lines.length - (lines.includes(right) ? 1 : 0);
  if (others <= 0) return -1;
  let k = Math.floor(u * others);
  for (const q of lines) {
    if (q === right) continue;
    if (k-- === 0) return q;
  }
  return -1;
}

/**
 * The draws of triage and incomplete visits, one set per would-be visitor whatever happens to them
 * (common random numbers), each from its own named stream so that no existing stream shifts:
 * `incomplete`, `triage` (going astray, which counter), `service:wrongCounter`, `service:infoAtCounter`,
 * `returnDay` (working days until an incomplete visitor comes back).
 */
export class TriageDraws {
  private readonly incompleteRng: RandomStream | null;
  private readonly triageRng: RandomStream | null;
  private readonly wrongTime: Distribution | null;
  private readonly infoTime: Distribution | null;
  private readonly lagRng: RandomStream | null;
  private readonly withinDays: number;
  u = 1;
  lagDays = 1;
  wrongU = 1;
  pickU = 0;
  wrongMin = 0;
  infoMin = 0;

  constructor(m: CompiledVisitorModel, streams: RandomStreams) {
    const input = m.input;
    this.incompleteRng = input.incompleteVisits ? streams.get('incomplete') : null;
    const t = input.triage;
    this.triageRng = t ? streams.get('triage') : null;
    this.wrongTime = t ? new Distribution(t.wrongCounterMin, streams.get('service:wrongCounter')) : null;
    this.infoTime = t?.infoAtCounterMin
      ? new Distribution(t.infoAtCounterMin, streams.get('service:infoAtCounter'))
      : null;
    const returns = input.incompleteVisits?.returns;
    this.lagRng = returns ? streams.get('returnDay') : null;
    this.withinDays = returns?.withinDays ?? 1;
  }

  /** True when the input uses neither triage nor incomplete visits (nothing to draw or apply). */
  get idle(): boolean {
    return this.incompleteRng === null && this.triageRng === null;
  }

  draw(): void {
    if (this.incompleteRng !== null) {
      this.incompleteRng.step();
      this.u = this.incompleteRng.u;
    }
    if (this.triageRng !== null) {
      this.triageRng.step();
      this.wrongU = this.triageRng.u;
      this.triageRng.step();
      this.pickU = this.triageRng.u;
    }
    if (this.wrongTime !== null) {
      this.wrongTime.draw();
      this.wrongMin = this.wrongTime.last;
    }
    if (this.infoTime !== null) {
      this.infoTime.draw();
      this.infoMin = this.infoTime.last;
    }
    if (this.lagRng !== null) {
      this.lagRng.step();
      this.lagDays = 1 + Math.min(this.withinDays - 1, Math.floor(this.lagRng.u * this.withinDays));
    }
  }
}
