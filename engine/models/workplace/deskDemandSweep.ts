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
 *
 * With a telework cap or a satellite office (dayAttendance.ts) the levels a person-day is in at
 * are no longer a prefix: at a higher share more want to telework, so the cap may turn back
 * someone it let go at a lower one. Each person-day therefore carries a bit mask of its levels,
 * and the cap and the seats are applied level by level with the same priorities as the full model.
 */
import { RandomStreams } from '../../core/randomStream.js';
import { Simulation, type EventHandler } from '../../core/simulation.js';
import { AttendanceDraws, FIELD_ALL_DAY } from './attendanceDraws.js';
import { compileWorkplace, type CompiledRole, type CompiledWorkplace } from './compileWorkplace.js';
import { grantLowest } from './grantLowest.js';
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
  /** Levels at which person p is in today: bit l set = in at level l. */
  private readonly presentLevels: Uint32Array;
  /** The day's decisions per person, and scratch for the cap and the seats (grantLowest.ts). */
  private readonly absent: Uint8Array;
  private readonly fieldDay: Uint8Array;
  private readonly uRemote: Float64Array;
  private readonly uCap: Float64Array;
  private readonly uSatellite: Float64Array;
  private readonly candidates: Int32Array;
  private readonly priority: Float64Array;
  private readonly scratch: Float64Array;
  private readonly granted: Uint8Array;
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
    if (this.levels > 31) throw new Error(`a telework sweep has at most 31 levels, got ${this.levels}`);
    this.attendance = new AttendanceDraws(c, new RandomStreams(seed, replication));
    const n = c.persons;
    this.presentLevels = new Uint32Array(n);
    this.absent = new Uint8Array(n);
    this.fieldDay = new Uint8Array(n);
    this.uRemote = new Float64Array(n);
    this.uCap = new Float64Array(n);
    this.uSatellite = new Float64Array(n);
    this.candidates = new Int32Array(n);
    this.priority = new Float64Array(n);
    this.scratch = new Float64Array(n);
    this.granted = new Uint8Array(n);
    this.departMin = new Float64Array(c.persons);
    this.demand = new Int32Array((c.zones + 1) * this.levels);
    this.peak = new Int32Array((c.zones + 1) * this.levels);
    this.peakDays = Array.from(
      { length: c.zones + 1 },
      (_, z) => new Float64Array(this.levels * 5 * ((z < c.zones ? c.zoneStaff[z] : c.officeStaff) + 1)),
    );
    this.cal.schedule(0, DAY_START, 0);
  }

  run(): DeskSweepReplicationResult {
    this.sim.run(this);
    const c = this.c;
    const split = (a: Float64Array, staff: number) =>
      Array.from({ length: this.levels }, (_, l) =>
        Array.from({ length: 5 }, (_, w) =>
          Array.from(a.subarray((l * 5 + w) * (staff + 1), (l * 5 + w + 1) * (staff + 1))),
        ),
      );
    return {
      replication: this.replication,
      days: c.days,
      remoteShares: [...this.shares],
      zones: c.zoneIds.map((id, z) => ({
        id,
        staff: c.zoneStaff[z],
        peakDemandDays: split(this.peakDays[z], c.zoneStaff[z]),
      })),
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
    const all = this.levels === 0 ? 0 : (2 ** this.levels - 1) >>> 0;
    for (let p = 0; p < c.persons; p++) {
      a.decide(p);
      this.absent[p] = a.absent ? 1 : 0;
      this.fieldDay[p] = a.fieldDay ? 1 : 0;
      this.uRemote[p] = a.uRemote;
      this.uCap[p] = a.uCap;
      this.uSatellite[p] = a.uSatellite;
      this.presentLevels[p] = a.absent ? 0 : all;
    }
    for (let l = 0; l < this.levels; l++) this.decideLevel(l, Math.min(1, this.shares[l] * c.teleworkMultipliers[w]));
    for (let p = 0; p < c.persons; p++) {
      const role = c.roles[c.personRole[p]] as CompiledRole;
      // Hours only for a person-day that may come in at some level (the others' streams just advance).
      if (this.absent[p] === 1 || !role.usesDesk || this.presentLevels[p] === 0) {
        a.skipHours(p);
        continue;
      }
      a.hours(p, this.fieldDay[p] === 1);
      if (a.outcome === FIELD_ALL_DAY || !(a.departMin > a.arriveMin)) continue;
      this.departMin[p] = a.departMin;
      this.cal.schedule(a.arriveMin, ARRIVE, p);
    }
    this.cal.schedule(now + DAY_MIN, DAY_START, d + 1);
  }

  /** Level l (remote threshold `share`): who teleworks under the cap, who takes a satellite seat. */
  private decideLevel(l: number, share: number): void {
    const c = this.c;
    const bit = (1 << l) >>> 0;
    let wanted = 0;
    for (let p = 0; p < c.persons; p++) {
      if (this.absent[p] === 1 || c.personEligible[p] !== 1 || !(this.uRemote[p] < share)) continue;
      this.presentLevels[p] &= ~bit;
      this.candidates[wanted] = p;
      this.priority[wanted] = this.uCap[p];
      wanted++;
    }
    if (c.teleworkCap >= 0 && wanted > c.teleworkCap) {
      grantLowest(this.priority, wanted, c.teleworkCap, this.scratch, this.granted);
      for (let i = 0; i < wanted; i++) if (this.granted[i] === 0) this.presentLevels[this.candidates[i]] |= bit;
    }
    if (c.satelliteSeats < 0) return;
    let n = 0;
    for (let p = 0; p < c.persons; p++) {
      if ((this.presentLevels[p] & bit) === 0 || c.personEligible[p] !== 1 || this.fieldDay[p] === 1) continue;
      if (!(this.uSatellite[p] < c.satelliteShare)) continue;
      this.candidates[n] = p;
      this.priority[n] = this.uSatellite[p];
      n++;
    }
    grantLowest(this.priority, n, c.satelliteSeats, this.scratch, this.granted);
    for (let i = 0; i < n; i++) if (this.granted[i] === 1) this.presentLevels[this.candidates[i]] &= ~bit;
  }

  private change(p: number, delta: number): void {
    const c = this.c;
    const mask = this.presentLevels[p];
    const zoneBase = c.personZone[p] * this.levels;
    const officeBase = c.zones * this.levels;
    for (let l = 0; l < this.levels; l++) {
      if (((mask >>> l) & 1) === 0) continue;
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
