/**
 * Booths, focus seats and meeting rooms as loss systems: the caller checks `hasFree` and moves on
 * when a space is full. A unit is taken for a time known when it is taken (the activity's
 * duration, or the hold of a no-show booking), so nothing is scheduled to give it back: each
 * space keeps its taken units with their end times, and a unit whose end has come (end ≤ now)
 * is released when the space is next looked at. The core-hour figures are the overlap of each
 * taking with the day's core window, booked when the unit is taken; the daily peak is the most
 * units taken at once, reached at a taking.
 *
 * NOTE: the time comes in `nowMin`, the holding time in `holdMin` (fields, not arguments: V8
 * boxes a double passed to a call it does not inline).
 */
import type { CompiledWorkplace } from './compileWorkplace.js';
import type { WorkplaceCounters } from './workplaceCounters.js';

export class SpacePools {
  /** Time of the request being handled, and how long the next `take` holds its unit. */
  nowMin = 0;
  holdMin = 0;
  /** Today's core window in absolute minutes (empty when to ≤ from). */
  coreFromMin = 0;
  coreToMin = 0;
  /** Units taken per space, as of the last look (hasFree). */
  readonly taken: Int32Array;
  /** Space s's taken units: slots slotStart[s] … + taken[s] − 1, each with its end and persons (0: no-show). */
  readonly slotStart: Int32Array;
  readonly slotEndMin: Float64Array;
  readonly slotPersons: Int32Array;
  private readonly peakBusy: Int32Array;

  constructor(
    private readonly c: CompiledWorkplace,
    private readonly counters: WorkplaceCounters,
  ) {
    const n = c.spaceIds.length;
    this.taken = new Int32Array(n);
    this.slotStart = new Int32Array(n + 1);
    for (let s = 0; s < n; s++) this.slotStart[s + 1] = this.slotStart[s] + c.spaceCount[s];
    this.slotEndMin = new Float64Array(this.slotStart[n]);
    this.slotPersons = new Int32Array(this.slotStart[n]);
    this.peakBusy = new Int32Array(n);
  }

  /** Whether space s has a free unit at `nowMin` (units whose end has come are released first). */
  hasFree(s: number): boolean {
    const now = this.nowMin;
    const base = this.slotStart[s];
    let n = this.taken[s];
    for (let i = 0; i < n;) {
      if (this.slotEndMin[base + i] <= now) {
        n--;
        this.slotEndMin[base + i] = this.slotEndMin[base + n];
        this.slotPersons[base + i] = this.slotPersons[base + n];
      } else i++;
    }
    this.taken[s] = n;
    return n < this.c.spaceCount[s];
  }

  /**
   * A group of `persons` (0: a no-show booking) takes a unit of space s from `nowMin` for
   * `holdMin`, on weekday w. Call right after hasFree(s) returned true.
   */
  take(s: number, persons: number, w: number): void {
    const now = this.nowMin;
    const endMin = now + this.holdMin;
    const n = this.taken[s]++;
    this.slotEndMin[this.slotStart[s] + n] = endMin;
    this.slotPersons[this.slotStart[s] + n] = persons;
    if (n + 1 > this.peakBusy[s]) this.peakBusy[s] = n + 1;
    const from = now > this.coreFromMin ? now : this.coreFromMin;
    const to = endMin < this.coreToMin ? endMin : this.coreToMin;
    if (to > from) {
      const k = this.counters;
      k.busyCoreMin[s * 5 + w] += to - from;
      if (persons > 0) k.personCoreMin[s * 5 + w] += persons * (to - from);
      else k.holdCoreMin[s * 5 + w] += to - from;
    }
  }

  /** Books the day's peaks (weekday w); every unit ends within its day, so all are free after. */
  finishDay(w: number): void {
    const k = this.counters;
    for (let s = 0; s < this.c.spaceIds.length; s++) {
      k.peakBusySum[s * 5 + w] += this.peakBusy[s];
      this.peakBusy[s] = 0;
      this.taken[s] = 0;
    }
  }
}
