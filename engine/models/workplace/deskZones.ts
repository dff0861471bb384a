/**
 * Desks under group address: one desk pool per zone plus the shared touchdown pool (index
 * `zones`). A person takes a desk in their zone, else in each overflow target in order, else is
 * short of a desk until one frees; a freed desk goes to the longest-waiting short person of its
 * zone, then of the zones that overflow to it. People do not move once seated.
 * Keeps the counts and time integrals the results need (demand, desks in use, short, overflow).
 * Reads the time from `clock.now`: the simulation's desk pass sets it (or an event calendar is the clock).
 */
import type { CompiledWorkplace } from './compileWorkplace.js';
import { TimeIntegrals } from './timeIntegrals.js';
import type { WorkplaceCounters } from './workplaceCounters.js';

export class DeskZones {
  /** Desk pool of each person (−1: none), and whether they are in without a desk. */
  readonly deskPool: Int32Array;
  readonly unseated: Uint8Array;
  /** Desks in use per pool; persons short of a desk and seated elsewhere, per zone. */
  readonly occupied: TimeIntegrals;
  readonly short: TimeIntegrals;
  readonly overflowOut: TimeIntegrals;
  /** The zone's staff in and wanting a desk; the office's as one pool. */
  readonly demand: Int32Array;
  officeDemand = 0;
  private officePeak = 0;
  private readonly peakDemand: Int32Array;
  private readonly peakOccupied: Int32Array;
  private readonly shortToday: Uint8Array;
  private readonly dayStartShort: Float64Array;
  private readonly dayStartOverflow: Float64Array;
  private readonly coreStart: Float64Array;
  /** Short persons of each zone in arrival order (lazy removal: skip those no longer short). */
  private readonly queue: Int32Array;
  private readonly queueStart: Int32Array;
  private readonly queueHead: Int32Array;
  private readonly queueTail: Int32Array;

  constructor(
    private readonly c: CompiledWorkplace,
    private readonly clock: { now: number },
  ) {
    const pools = c.zones + 1;
    this.deskPool = new Int32Array(c.persons).fill(-1);
    this.unseated = new Uint8Array(c.persons);
    this.occupied = new TimeIntegrals(pools);
    this.short = new TimeIntegrals(c.zones);
    this.overflowOut = new TimeIntegrals(c.zones);
    this.demand = new Int32Array(c.zones);
    this.peakDemand = new Int32Array(c.zones);
    this.peakOccupied = new Int32Array(pools);
    this.shortToday = new Uint8Array(c.zones);
    this.dayStartShort = new Float64Array(c.zones);
    this.dayStartOverflow = new Float64Array(c.zones);
    this.coreStart = new Float64Array(pools);
    this.queueStart = new Int32Array(c.zones + 1);
    for (let z = 0; z < c.zones; z++) this.queueStart[z + 1] = this.queueStart[z] + c.zoneStaff[z];
    this.queue = new Int32Array(this.queueStart[c.zones]);
    this.queueHead = new Int32Array(c.zones);
    this.queueTail = new Int32Array(c.zones);
  }

  /** Person p of zone z comes in wanting a desk. */
  arrive(p: number, z: number): void {
    if (++this.demand[z] > this.peakDemand[z]) this.peakDemand[z] = this.demand[z];
    if (++this.officeDemand > this.officePeak) this.officePeak = this.officeDemand;
    const c = this.c;
    if (this.occupied.value[z] < c.poolDesks[z]) {
      this.take(p, z, z);
      return;
    }
    for (let i = c.overflowStart[z]; i < c.overflowStart[z + 1]; i++) {
      const pool = c.overflowList[i];
      if (this.occupied.value[pool] < c.poolDesks[pool]) {
        this.take(p, pool, z);
        return;
      }
    }
    this.unseated[p] = 1;
    this.short.add(z, 1, this.clock.now);
    this.shortToday[z] = 1;
    this.queue[this.queueTail[z]++] = p;
  }

  /** Person p of zone z gives up their desk (or stops waiting for one). */
  leave(p: number, z: number): void {
    const now = this.clock.now;
    this.demand[z]--;
    this.officeDemand--;
    const pool = this.deskPool[p];
    if (pool >= 0) {
      this.deskPool[p] = -1;
      this.occupied.add(pool, -1, now);
      if (pool !== z) this.overflowOut.add(z, -1, now);
      this.reseat(pool);
    } else if (this.unseated[p] === 1) {
      this.unseated[p] = 0;
      this.short.add(z, -1, now);
    }
  }

  private take(p: number, pool: number, z: number): void {
    const now = this.clock.now;
    this.occupied.add(pool, 1, now);
    if (this.occupied.value[pool] > this.peakOccupied[pool]) this.peakOccupied[pool] = this.occupied.value[pool];
    this.deskPool[p] = pool;
    if (pool !== z) this.overflowOut.add(z, 1, now);
  }

  /** A desk of `pool` came free: the longest-waiting claimant (own zone first) takes it. */
  private reseat(pool: number): void {
    const c = this.c;
    for (let i = c.claimStart[pool]; i < c.claimStart[pool + 1]; i++) {
      const z = c.claimList[i];
      while (this.queueHead[z] < this.queueTail[z]) {
        const q = this.queue[this.queueHead[z]++];
        if (this.unseated[q] === 0) continue;
        this.unseated[q] = 0;
        this.short.add(z, -1, this.clock.now);
        this.take(q, pool, z);
        return;
      }
    }
  }

  startDay(): void {
    const now = this.clock.now;
    for (let z = 0; z < this.c.zones; z++) {
      this.queueHead[z] = this.queueTail[z] = this.queueStart[z];
      this.dayStartShort[z] = this.short.integralTo(z, now);
      this.dayStartOverflow[z] = this.overflowOut.integralTo(z, now);
    }
  }

  coreOpen(): void {
    for (let p = 0; p <= this.c.zones; p++) this.coreStart[p] = this.occupied.integralTo(p, this.clock.now);
  }

  coreClose(w: number, k: WorkplaceCounters): void {
    for (let p = 0; p <= this.c.zones; p++)
      k.occupiedCoreMin[p * 5 + w] += this.occupied.integralTo(p, this.clock.now) - this.coreStart[p];
  }

  /** Books the day that ended (weekday w) into the counters and resets the daily peaks. */
  finishDay(w: number, k: WorkplaceCounters): void {
    const c = this.c;
    const now = this.clock.now;
    for (let z = 0; z < c.zones; z++) {
      const i = z * 5 + w;
      k.peakDemandDays[z][w * (c.zoneStaff[z] + 1) + this.peakDemand[z]]++;
      k.shortageDays[i] += this.shortToday[z];
      k.shortagePersonMin[i] += this.short.integralTo(z, now) - this.dayStartShort[z];
      k.overflowOutPersonMin[i] += this.overflowOut.integralTo(z, now) - this.dayStartOverflow[z];
      this.peakDemand[z] = this.demand[z];
      this.shortToday[z] = 0;
    }
    k.officePeakDemandDays[w * (c.officeStaff + 1) + this.officePeak]++;
    this.officePeak = this.officeDemand;
    for (let p = 0; p <= c.zones; p++) {
      k.peakOccupiedSum[p * 5 + w] += this.peakOccupied[p];
      this.peakOccupied[p] = this.occupied.value[p];
    }
  }
}
