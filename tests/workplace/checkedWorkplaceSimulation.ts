/**
 * A WorkplaceSimulation that checks the model's invariants after every event (the debug
 * assertions of the test suite; the production class carries no checks in its hot loop):
 * desks never over-filled, every count equal to the persons it counts, nobody in two places,
 * everyone home between days.
 */
import {
  ARRIVE,
  AT_DESK,
  DAY_START,
  HOME,
  IN_SPACE,
  WorkplaceSimulation,
} from '../../engine/models/workplace/workplaceSimulation.js';

export class CheckedWorkplaceSimulation extends WorkplaceSimulation {
  readonly violations: string[] = [];
  arrivals = 0;
  maxOccupancyShare = 0;

  override handle(kind: number, entity: number, tag: number): void {
    if (kind === DAY_START) this.checkEveryoneHome();
    if (kind === ARRIVE) this.arrivals++;
    super.handle(kind, entity, tag);
    this.check(kind);
  }

  private fail(message: string): void {
    if (this.violations.length < 20) this.violations.push(`t=${this.cal.now.toFixed(3)}: ${message}`);
  }

  private checkEveryoneHome(): void {
    for (let p = 0; p < this.c.persons; p++)
      if (this.where[p] !== HOME) this.fail(`person ${p} still in at the start of a day`);
    if (this.desks.officeDemand !== 0) this.fail(`office demand ${this.desks.officeDemand} at the start of a day`);
  }

  private check(kind: number): void {
    const c = this.c;
    const pools = c.zones + 1;
    const seated = new Int32Array(pools);
    const demand = new Int32Array(c.zones);
    const unseated = new Int32Array(c.zones);
    const overflow = new Int32Array(c.zones);
    const inSpace = new Int32Array(c.spaceIds.length);
    const personsIn = new Int32Array(c.spaceIds.length);
    for (let p = 0; p < c.persons; p++) {
      const where = this.where[p];
      const desk = this.desks.deskPool[p];
      const space = this.space[p];
      const z = c.personZone[p];
      if (where !== HOME && where !== AT_DESK && where !== IN_SPACE) this.fail(`person ${p} has no place (${where})`);
      if ((where === IN_SPACE) !== space >= 0) this.fail(`person ${p}: place ${where} but space ${space}`);
      if (where === HOME && (desk >= 0 || this.desks.unseated[p] === 1 || this.busy[p] === 1))
        this.fail(`person ${p} at home holds a desk, waits for one or is busy`);
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
      if (space >= 0) {
        inSpace[space]++;
        personsIn[space] += this.group[p];
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
        this.fail(`zone ${z}: demand ${this.desks.demand[z]}, persons wanting a desk ${demand[z]} (event ${kind})`);
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
    for (let s = 0; s < c.spaceIds.length; s++) {
      const units = this.spaces.units.value[s];
      if (units < 0 || units > c.spaceCount[s])
        this.fail(`space ${c.spaceIds[s]}: ${units} of ${c.spaceCount[s]} units in use`);
      if (units !== inSpace[s] + this.spaces.holds.value[s])
        this.fail(
          `space ${c.spaceIds[s]}: ${units} units in use, ${inSpace[s]} bookers inside + ${this.spaces.holds.value[s]} no-show holds`,
        );
      if (this.spaces.persons.value[s] !== personsIn[s])
        this.fail(
          `space ${c.spaceIds[s]}: ${this.spaces.persons.value[s]} persons counted, ${personsIn[s]} in groups inside`,
        );
    }
  }
}
