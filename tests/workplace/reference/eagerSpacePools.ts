/**
 * Booths, focus seats and meeting rooms: for each space, units taken (by users or by no-show
 * holds) and persons inside, as time integrals, with daily peaks and core-hour windows. A loss
 * system: the caller checks `hasFree` and moves on when a space is full.
 */
import type { EventCalendar } from '../../../engine/core/eventCalendar.js';
import type { CompiledWorkplace } from '../../../engine/models/workplace/compileWorkplace.js';
import { TimeIntegrals } from '../../../engine/models/workplace/timeIntegrals.js';
import type { WorkplaceCounters } from '../../../engine/models/workplace/workplaceCounters.js';

export class EagerSpacePools {
  readonly units: TimeIntegrals;
  readonly holds: TimeIntegrals;
  readonly persons: TimeIntegrals;
  private readonly peakBusy: Int32Array;
  private readonly coreUnits: Float64Array;
  private readonly coreHolds: Float64Array;
  private readonly corePersons: Float64Array;

  constructor(
    private readonly c: CompiledWorkplace,
    private readonly cal: EventCalendar,
  ) {
    const n = c.spaceIds.length;
    this.units = new TimeIntegrals(n);
    this.holds = new TimeIntegrals(n);
    this.persons = new TimeIntegrals(n);
    this.peakBusy = new Int32Array(n);
    this.coreUnits = new Float64Array(n);
    this.coreHolds = new Float64Array(n);
    this.corePersons = new Float64Array(n);
  }

  hasFree(s: number): boolean {
    return this.units.value[s] < this.c.spaceCount[s];
  }

  /** A group of `persons` takes a unit of space s (a no-show booking when persons = 0). */
  take(s: number, persons: number): void {
    const now = this.cal.now;
    this.units.add(s, 1, now);
    if (this.units.value[s] > this.peakBusy[s]) this.peakBusy[s] = this.units.value[s];
    if (persons > 0) this.persons.add(s, persons, now);
    else this.holds.add(s, 1, now);
  }

  /** The group of `persons` (0: a no-show hold) gives its unit of space s back. */
  free(s: number, persons: number): void {
    const now = this.cal.now;
    this.units.add(s, -1, now);
    if (persons > 0) this.persons.add(s, -persons, now);
    else this.holds.add(s, -1, now);
  }

  coreOpen(): void {
    const now = this.cal.now;
    for (let s = 0; s < this.c.spaceIds.length; s++) {
      this.coreUnits[s] = this.units.integralTo(s, now);
      this.coreHolds[s] = this.holds.integralTo(s, now);
      this.corePersons[s] = this.persons.integralTo(s, now);
    }
  }

  coreClose(w: number, k: WorkplaceCounters): void {
    const now = this.cal.now;
    for (let s = 0; s < this.c.spaceIds.length; s++) {
      k.busyCoreMin[s * 5 + w] += this.units.integralTo(s, now) - this.coreUnits[s];
      k.holdCoreMin[s * 5 + w] += this.holds.integralTo(s, now) - this.coreHolds[s];
      k.personCoreMin[s * 5 + w] += this.persons.integralTo(s, now) - this.corePersons[s];
    }
  }

  finishDay(w: number, k: WorkplaceCounters): void {
    for (let s = 0; s < this.c.spaceIds.length; s++) {
      k.peakBusySum[s * 5 + w] += this.peakBusy[s];
      this.peakBusy[s] = this.units.value[s];
    }
  }
}
