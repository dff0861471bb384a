/**
 * A WorkplaceSimulation that checks the model's invariants after every desk event, every space
 * request and every day (the debug assertions of the test suite; the production class carries
 * no checks in its hot loops): desks never over-filled, every count equal to the persons it
 * counts, nobody seated twice, spaces never over-filled, a request only from someone in and
 * idle, everyone home at the end of a day.
 */
import { WorkplaceSimulation } from '../../engine/models/workplace/workplaceSimulation.js';

export class CheckedWorkplaceSimulation extends WorkplaceSimulation {
  readonly violations: string[] = [];
  requests = 0;
  maxOccupancyShare = 0;
  /** Until when each person is busy in a space (−∞: idle). */
  private readonly busyUntil = new Float64Array(this.c.persons).fill(-Infinity);

  private fail(message: string): void {
    if (this.violations.length < 20) this.violations.push(`t=${this.cal.now.toFixed(3)}: ${message}`);
  }

  protected override onSpaceRequest(p: number): void {
    const now = this.cal.now;
    this.requests++;
    if (!(now >= this.lanes.arriveMin[p] && now < this.lanes.departMin[p]))
      this.fail(`person ${p} asks for a space at ${now} outside their day`);
    if (now < this.busyUntil[p]) this.fail(`person ${p} asks for a space while busy in one until ${this.busyUntil[p]}`);
    const before = this.activeUnits().total;
    const duration = this.requestDuration[p];
    super.onSpaceRequest(p);
    if (this.activeUnits().total > before) this.busyUntil[p] = now + duration;
  }

  /** Units really taken (end still to come) per space, persons in them, and units in use by a group (not no-shows). */
  private activeUnits(): { perSpace: Int32Array; persons: Int32Array; total: number } {
    const c = this.c;
    const sp = this.spaces;
    const perSpace = new Int32Array(c.spaceIds.length);
    const persons = new Int32Array(c.spaceIds.length);
    let total = 0;
    for (let s = 0; s < c.spaceIds.length; s++) {
      for (let i = sp.slotStart[s]; i < sp.slotStart[s] + sp.taken[s]; i++) {
        if (sp.slotEndMin[i] > this.dayEndMin) this.fail(`space ${c.spaceIds[s]}: a unit held past the day's end`);
        if (sp.slotEndMin[i] <= this.cal.now) continue;
        perSpace[s]++;
        persons[s] += sp.slotPersons[i];
        if (sp.slotPersons[i] > 0) total++;
      }
    }
    return { perSpace, persons, total };
  }

  protected override afterSpaceRequest(): void {
    const c = this.c;
    const { perSpace, persons } = this.activeUnits();
    for (let s = 0; s < c.spaceIds.length; s++) {
      if (this.spaces.taken[s] > c.spaceCount[s])
        this.fail(`space ${c.spaceIds[s]}: ${this.spaces.taken[s]} of ${c.spaceCount[s]} units taken`);
      if (persons[s] > perSpace[s] * c.spaceCapacity[s])
        this.fail(`space ${c.spaceIds[s]}: ${persons[s]} persons in ${perSpace[s]} units of ${c.spaceCapacity[s]}`);
    }
  }

  protected override afterDay(): void {
    const c = this.c;
    if (this.desks.officeDemand !== 0) this.fail(`office demand ${this.desks.officeDemand} at the end of a day`);
    for (let p = 0; p < c.persons; p++)
      if (this.desks.deskPool[p] >= 0 || this.desks.unseated[p] === 1)
        this.fail(`person ${p} holds a desk or waits for one at the end of a day`);
    for (let s = 0; s < c.spaceIds.length; s++)
      if (this.spaces.taken[s] !== 0) this.fail(`space ${c.spaceIds[s]}: units still taken after the day`);
    this.busyUntil.fill(-Infinity);
  }

  protected override afterDeskEvent(): void {
    const c = this.c;
    const pools = c.zones + 1;
    const seated = new Int32Array(pools);
    const demand = new Int32Array(c.zones);
    const unseated = new Int32Array(c.zones);
    const overflow = new Int32Array(c.zones);
    for (let p = 0; p < c.persons; p++) {
      const desk = this.desks.deskPool[p];
      const z = c.personZone[p];
      if (desk >= 0 && this.desks.unseated[p] === 1) this.fail(`person ${p} both seated and waiting for a desk`);
      if (desk >= 0) {
        seated[desk]++;
        demand[z]++;
        if (desk !== z) overflow[z]++;
      }
      if (this.desks.unseated[p] === 1) {
        unseated[z]++;
        demand[z]++;
      }
    }
    let total = 0;
    for (let pool = 0; pool < pools; pool++) {
      const occ = this.desks.occupied.value[pool];
      if (occ !== seated[pool]) this.fail(`desk pool ${pool}: counted ${occ}, persons seated ${seated[pool]}`);
      if (occ < 0 || occ > c.poolDesks[pool])
        this.fail(`desk pool ${pool}: ${occ} in use of ${c.poolDesks[pool]} desks`);
      if (c.poolDesks[pool] > 0) this.maxOccupancyShare = Math.max(this.maxOccupancyShare, occ / c.poolDesks[pool]);
    }
    for (let z = 0; z < c.zones; z++) {
      total += this.desks.demand[z];
      if (this.desks.demand[z] !== demand[z])
        this.fail(`zone ${z}: demand ${this.desks.demand[z]}, persons wanting a desk ${demand[z]}`);
      if (this.desks.short.value[z] !== unseated[z])
        this.fail(`zone ${z}: ${this.desks.short.value[z]} counted without a desk, ${unseated[z]} persons`);
      if (this.desks.overflowOut.value[z] !== overflow[z])
        this.fail(`zone ${z}: ${this.desks.overflowOut.value[z]} counted in overflow, ${overflow[z]} persons`);
      // A zone's staff wait without a desk only when their zone and every overflow target is full.
      if (unseated[z] > 0) {
        if (this.desks.occupied.value[z] < c.poolDesks[z])
          this.fail(`zone ${z}: ${unseated[z]} without a desk while its own desks are free`);
        for (let i = c.overflowStart[z]; i < c.overflowStart[z + 1]; i++) {
          const t = c.overflowList[i];
          if (this.desks.occupied.value[t] < c.poolDesks[t])
            this.fail(`zone ${z}: ${unseated[z]} without a desk while overflow pool ${t} has room`);
        }
      }
    }
    if (total !== this.desks.officeDemand) this.fail(`office demand ${this.desks.officeDemand}, zones sum to ${total}`);
  }
}
