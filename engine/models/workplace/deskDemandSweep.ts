/**
 * The telework sweep in one pass: desk demand of every zone at several remote shares of
 * telework-eligible staff at once. An eligible person is remote at share r on weekday w when
 * their telework uniform u < min(1, r·m_w); for ascending shares that is a suffix of the levels,
 * so each person-day is present at levels 0 … k−1 and absent from the rest. One simulation of
 * arrivals and departures then carries a demand counter per (zone, level): every level sees the
 * same people with the same hours (common random numbers), so a higher share can only lower
 * each day's peak, and a level equal to the scenario's own telework gives exactly the desk
 * demand of the full model (the same draws, in the same order: attendanceDraws.ts).
 *
 * Desk demand does not depend on desks, seating or activities, so none of them is simulated.
 */
import { RandomStreams } from '../../core/randomStream.js';
import { Simulation, type EventHandler } from '../../core/simulation.js';
import { AttendanceDraws, FIELD_ALL_DAY } from './attendanceDraws.js';
import { compileWorkplace, type CompiledRole, type CompiledWorkplace } from './compileWorkplace.js';
import { DAY_MIN, type WorkplaceJob } from './workplaceModel.js';

const DAY_START = 0;
const ARRIVE = 1;
const DEPART = 2;

export interface DeskSweepReplicationResult {
  replication: number;
  days: number;
  remoteShares: number[];
  /** zones[z][level][weekday][v]: days whose peak demand was v; `office` the same for the whole office. */
  zones: { id: string; staff: number; peakDemandDays: number[][][] }[];
  office: { staff: number; peakDemandDays: number[][][] };
}

export class DeskDemandSweep implements EventHandler {
  readonly sim = new Simulation();
  private readonly cal = this.sim.calendar;
  private readonly c: CompiledWorkplace;
  private readonly shares: number[];
  private readonly levels: number;
  private readonly attendance: AttendanceDraws;
  /** Levels at which person p is in today (present at levels 0 … k−1). */
  private readonly presentLevels: Uint8Array;
  private readonly departMin: Float64Array;
  /** demand[z·levels + l], with the office as zone `zones`. */
  private readonly demand: Int32Array;
  private readonly peak: Int32Array;
  private readonly peakDays: Float64Array[];
  private weekday = 0;

  constructor(
    job: WorkplaceJob,
    readonly seed: number | string,
    readonly replication: number,
  ) {
    const c = (this.c = compileWorkplace(job));
    this.shares = job.sweepShares ?? [];
    this.levels = this.shares.length;
    this.attendance = new AttendanceDraws(c, new RandomStreams(seed, replication));
    this.presentLevels = new Uint8Array(c.persons);
    this.departMin = new Float64Array(c.persons);
    this.demand = new Int32Array((c.zones + 1) * this.levels);
    this.peak = new Int32Array((c.zones + 1) * this.levels);
    this.peakDays = Array.from({ length: c.zones + 1 }, (_, z) => new Float64Array(this.levels * 5 * ((z < c.zones ? c.zoneStaff[z] : c.officeStaff) + 1)));
    this.cal.schedule(0, DAY_START, 0);
  }

  run(): DeskSweepReplicationResult {
    this.sim.run(this);
    const c = this.c;
    const split = (a: Float64Array, staff: number) =>
      Array.from({ length: this.levels }, (_, l) => Array.from({ length: 5 }, (_, w) => Array.from(a.subarray((l * 5 + w) * (staff + 1), (l * 5 + w + 1) * (staff + 1)))));
    return {
      replication: this.replication,
      days: c.days,
      remoteShares: [...this.shares],
      zones: c.zoneIds.map((id, z) => ({ id, staff: c.zoneStaff[z], peakDemandDays: split(this.peakDays[z], c.zoneStaff[z]) })),
      office: { staff: c.officeStaff, peakDemandDays: split(this.peakDays[c.zones], c.officeStaff) },
    };
  }

  handle(kind: number, entity: number): void {
    if (kind === ARRIVE) this.change(entity, 1);
    else if (kind === DEPART) this.change(entity, -1);
    else this.onDayStart(entity);
  }

  private onDayStart(d: number): void {
    const c = this.c;
    if (d > 0) this.finishDay();
    if (d >= c.days) return;
    const now = this.cal.now;
    const w = (this.weekday = (c.firstWeekday + d) % 5);
    const a = this.attendance;
    a.setDay(now, now + DAY_MIN - 1);
    for (let p = 0; p < c.persons; p++) {
      a.decide(p);
      const role = c.roles[c.personRole[p]] as CompiledRole;
      let k = this.levels;
      if (c.personEligible[p] === 1) {
        k = 0;
        while (k < this.levels && !(a.uRemote < Math.min(1, this.shares[k] * c.teleworkMultipliers[w]))) k++;
      }
      // Hours only for a person-day that may come in at some level (the others' streams just advance).
      if (a.absent || !role.usesDesk || k === 0) {
        a.skipHours(p);
        continue;
      }
      a.hours(p);
      if (a.outcome === FIELD_ALL_DAY || !(a.departMin > a.arriveMin)) continue;
      this.presentLevels[p] = k;
      this.departMin[p] = a.departMin;
      this.cal.schedule(a.arriveMin, ARRIVE, p);
    }
    this.cal.schedule(now + DAY_MIN, DAY_START, d + 1);
  }

  private change(p: number, delta: number): void {
    const c = this.c;
    const k = this.presentLevels[p];
    const zoneBase = c.personZone[p] * this.levels;
    const officeBase = c.zones * this.levels;
    for (let l = 0; l < k; l++) {
      const zi = zoneBase + l;
      const oi = officeBase + l;
      this.demand[zi] += delta;
      this.demand[oi] += delta;
      if (this.demand[zi] > this.peak[zi]) this.peak[zi] = this.demand[zi];
      if (this.demand[oi] > this.peak[oi]) this.peak[oi] = this.demand[oi];
    }
    if (delta > 0) this.cal.schedule(this.departMin[p], DEPART, p);
  }

  private finishDay(): void {
    const c = this.c;
    const w = this.weekday;
    for (let z = 0; z <= c.zones; z++) {
      const width = (z < c.zones ? c.zoneStaff[z] : c.officeStaff) + 1;
      for (let l = 0; l < this.levels; l++) {
        const i = z * this.levels + l;
        this.peakDays[z][(l * 5 + w) * width + this.peak[i]]++;
        this.peak[i] = this.demand[i];
      }
    }
  }
}
