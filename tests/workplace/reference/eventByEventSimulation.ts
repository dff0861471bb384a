/**
 * The workplace model event by event (tests only): what engine/models/workplace/workplaceSimulation.ts
 * computed before it ran the desks in a pass of their own and the activities at the desk without
 * events. Every arrival, departure, activity, activity end and hold end is an event in the heap,
 * and the spaces are plain time integrals updated at each event (eagerSpacePools.ts). The
 * reference the engine's model is compared with in law (tests/workplace/reference.test.ts);
 * its desk results equal the engine's to the bit (same draws, same order of desk events).
 */
import { RandomStreams, type RandomStream } from '../../../engine/core/randomStream.js';
import { Simulation, type EventHandler } from '../../../engine/core/simulation.js';
import { activityStreams, type ActivityDraws } from '../../../engine/models/workplace/activityStreams.js';
import { AttendanceDraws, FIELD_ALL_DAY } from '../../../engine/models/workplace/attendanceDraws.js';
import {
  compileWorkplace,
  type CompiledRole,
  type CompiledWorkplace,
} from '../../../engine/models/workplace/compileWorkplace.js';
import {
  DayAttendance,
  PLACE_ABSENT,
  PLACE_MAIN,
  PLACE_REMOTE,
} from '../../../engine/models/workplace/dayAttendance.js';
import { DeskZones } from '../../../engine/models/workplace/deskZones.js';
import { ShadowLossSystems } from '../../../engine/models/workplace/shadowLossSystems.js';
import { EagerSpacePools } from './eagerSpacePools.js';
import { WorkplaceCounters } from '../../../engine/models/workplace/workplaceCounters.js';
import { DAY_MIN, type WorkplaceJob } from '../../../engine/models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../../engine/models/workplace/workplaceResult.js';

/** Event kinds. */
const DAY_START = 0;
const CORE_OPEN = 1;
const CORE_CLOSE = 2;
const ARRIVE = 3;
const DEPART = 4;
const ACTIVITY = 5;
const ACTIVITY_END = 6;
const HOLD_END = 7;
const SHADOW_END = 8;
const EARLY = 0;
const NORMAL = 1;

/** Everything of day d happens before d·1440 + DAY_LAST_MIN, so the next day starts clean. */
const DAY_LAST_MIN = DAY_MIN - 1;

/** Where a person is. */
const HOME = 0;
const AT_DESK = 1;
const IN_SPACE = 2;

export class EventByEventSimulation implements EventHandler {
  readonly sim = new Simulation();
  protected readonly cal = this.sim.calendar;
  protected readonly c: CompiledWorkplace;
  protected readonly counters: WorkplaceCounters;
  protected readonly desks: DeskZones;
  protected readonly spaces: EagerSpacePools;
  private readonly shadows: ShadowLossSystems[];
  private readonly attendance: AttendanceDraws;
  private readonly day: DayAttendance;
  private readonly draws: (ActivityDraws | null)[];
  private readonly gap: RandomStream;
  private readonly pick: RandomStream;
  private readonly share: RandomStream;
  private readonly noShow: RandomStream;

  // Persons.
  protected readonly where: Uint8Array;
  /** Space a person is in (−1: none) and the size of their group there. */
  protected readonly space: Int32Array;
  protected readonly group: Int32Array;
  /** In an activity (in a space or at the desk). */
  protected readonly busy: Uint8Array;
  /** Past the planned departure, finishing an activity. */
  private readonly leaving: Uint8Array;
  private readonly tag: Int32Array;
  /** Planned departure of each person today. */
  private readonly departMin: Float64Array;

  private weekday = 0;
  private dayStartMin = 0;
  private dayEndMin = 0;
  /** Duration of the activity being started, and the hold of a first-choice request (see onActivity). */
  private duration = 0;
  private hold = 0;

  constructor(
    job: WorkplaceJob,
    readonly seed: number | string,
    readonly replication: number,
  ) {
    const c = (this.c = compileWorkplace(job));
    const streams = new RandomStreams(seed, replication);
    this.attendance = new AttendanceDraws(c, streams);
    this.day = new DayAttendance(c, this.attendance);
    const activity = activityStreams(c, streams);
    this.gap = activity.gap;
    this.pick = activity.pick;
    this.share = activity.share;
    this.noShow = activity.noShow;
    this.draws = activity.draws;
    this.counters = new WorkplaceCounters(c);
    this.desks = new DeskZones(c, this.cal);
    this.spaces = new EagerSpacePools(c, this.cal);
    this.shadows = c.sizingMaxUnits > 0 ? c.spaceIds.map(() => new ShadowLossSystems(c.sizingMaxUnits)) : [];

    const n = c.persons;
    this.where = new Uint8Array(n);
    this.space = new Int32Array(n).fill(-1);
    this.group = new Int32Array(n);
    this.busy = new Uint8Array(n);
    this.leaving = new Uint8Array(n);
    this.tag = new Int32Array(n);
    this.departMin = new Float64Array(n);
    this.cal.schedule(0, DAY_START, 0, 0, EARLY);
  }

  run(): WorkplaceReplicationResult {
    this.sim.run(this);
    return this.counters.toResult(this.replication, this.sim.events);
  }

  handle(kind: number, entity: number, tag: number): void {
    switch (kind) {
      case ARRIVE:
        this.onArrive(entity);
        break;
      case DEPART:
        this.onDepart(entity);
        break;
      case ACTIVITY:
        if (this.tag[entity] === tag) this.onActivity(entity);
        break;
      case ACTIVITY_END:
        this.onActivityEnd(entity);
        break;
      case HOLD_END:
        this.spaces.free(entity, 0);
        break;
      case SHADOW_END:
        this.shadows[entity].release(tag);
        break;
      case CORE_OPEN:
        this.desks.coreOpen();
        this.spaces.coreOpen();
        break;
      case CORE_CLOSE:
        this.desks.coreClose(this.weekday, this.counters);
        this.spaces.coreClose(this.weekday, this.counters);
        break;
      default:
        this.onDayStart(entity);
    }
  }

  private roleOf(p: number): CompiledRole {
    return this.c.roles[this.c.personRole[p]] as CompiledRole;
  }

  // ── Days ────────────────────────────────────────────────────────────────────────────────

  private onDayStart(d: number): void {
    const c = this.c;
    const k = this.counters;
    if (d > 0) {
      this.desks.finishDay(this.weekday, k);
      this.spaces.finishDay(this.weekday, k);
    }
    if (d >= c.days) return;
    const now = this.cal.now;
    const w = (this.weekday = (c.firstWeekday + d) % 5);
    this.dayStartMin = now;
    this.dayEndMin = now + DAY_LAST_MIN;
    this.desks.startDay();
    if (c.coreToMin > c.coreFromMin) {
      this.cal.schedule(now + c.coreFromMin, CORE_OPEN, 0, 0, EARLY);
      this.cal.schedule(now + c.coreToMin, CORE_CLOSE, 0, 0, EARLY);
    }
    k.daysByWeekday[w]++;
    const a = this.attendance;
    a.setDay(now, this.dayEndMin);
    const day = this.day;
    day.decide(w);
    k.countDay(w, day);
    for (let p = 0; p < c.persons; p++) {
      const place = day.place[p];
      if (place !== PLACE_MAIN) {
        a.skipHours(p);
        if (place === PLACE_ABSENT) k.absent++;
        else if (place === PLACE_REMOTE) k.remote++;
        else k.satellite++;
        continue;
      }
      const fieldDay = day.fieldDay[p] === 1;
      a.hours(p, fieldDay);
      if (a.outcome === FIELD_ALL_DAY) {
        k.fieldAllDay++;
        continue;
      }
      k.office++;
      if (fieldDay) k.fieldPartDay++;
      if (a.departMin > a.arriveMin) {
        this.departMin[p] = a.departMin;
        this.cal.schedule(a.arriveMin, ARRIVE, p, 0, NORMAL);
      }
    }
    this.cal.schedule(now + DAY_MIN, DAY_START, d + 1, 0, EARLY);
  }

  // ── Arriving and leaving ────────────────────────────────────────────────────────────────

  protected onArrive(p: number): void {
    this.where[p] = AT_DESK;
    this.busy[p] = 0;
    this.leaving[p] = 0;
    if (this.c.personUsesDesk[p] === 1) this.desks.arrive(p, this.c.personZone[p]);
    this.cal.schedule(this.departMin[p], DEPART, p, 0, NORMAL);
    this.scheduleNextActivity(p);
  }

  /**
   * At the planned departure the desk is given up, even by someone still in a meeting (who then
   * leaves from there): desk demand depends on attendance and hours only, never on activities.
   */
  protected onDepart(p: number): void {
    if (this.c.personUsesDesk[p] === 1) this.desks.leave(p, this.c.personZone[p]);
    if (this.busy[p] === 1) this.leaving[p] = 1;
    else this.goHome(p);
  }

  private goHome(p: number): void {
    this.tag[p]++; // cancels a pending ACTIVITY event
    this.where[p] = HOME;
    this.leaving[p] = 0;
  }

  // ── Activities and spaces ───────────────────────────────────────────────────────────────

  private scheduleNextActivity(p: number): void {
    const ratePerMin = this.c.personRatePerMin[p];
    if (ratePerMin === 0) return;
    this.gap.step();
    const t = this.cal.now - Math.log(1 - this.gap.u) / ratePerMin;
    if (t < this.departMin[p]) {
      this.cal.at = t;
      this.cal.insert(ACTIVITY, p, ++this.tag[p], NORMAL);
    }
  }

  protected onActivity(p: number): void {
    const c = this.c;
    const now = this.cal.now;
    const role = this.roleOf(p);
    const draws = this.draws[c.personRole[p]] as ActivityDraws;
    const u = this.pick.next();
    let a = 0;
    while (role.activityCumulative[a] <= u && a < role.activityCumulative.length - 1) a++;
    const act = role.activities[a];
    draws.durations[a].draw();
    const duration = Math.max(0, Math.min(draws.durations[a].last, this.dayEndMin - now));
    this.duration = duration;
    draws.groups[a].draw();
    const g = Math.max(1, Math.round(draws.groups[a].last));
    const k = this.counters;
    const w = this.weekday;
    const ki = act.kind * 5 + w;
    k.requests[ki]++;
    const prefs = act.prefs;
    if (prefs.length === 0 || (act.spaceShare < 1 && this.share.next() >= act.spaceShare)) {
      k.atDeskByChoice[ki]++;
      this.startBusy(p, -1);
      return;
    }
    k.seeking[ki]++;
    const uNoShow = this.noShow.next();
    let first = -1;
    let chosen = -1;
    for (let i = 0; i < prefs.length; i++) {
      const s = prefs[i];
      if (c.spaceCapacity[s] < g) continue;
      if (first < 0) {
        first = s;
        k.firstChoice[s * 5 + w]++;
        if (this.shadows.length > 0) {
          this.hold = uNoShow < c.spaceNoShow[s] ? this.holdOf(s) : duration;
          this.offerShadow(s);
        }
      }
      k.tried[s * 5 + w]++;
      if (this.spaces.hasFree(s)) {
        chosen = s;
        break;
      }
      k.blocked[s * 5 + w]++;
      if (s === first) k.firstChoiceBlocked[s * 5 + w]++;
    }
    if (chosen < 0) {
      k.noSpace[ki]++;
      if (first < 0) k.tooLarge[ki]++;
      if (act.drop) {
        k.dropped[ki]++;
        this.scheduleNextActivity(p);
      } else {
        k.fallbackDesk[ki]++;
        this.startBusy(p, -1);
      }
      return;
    }
    k.accepted[chosen * 5 + w]++;
    if (chosen === first) k.servedFirstChoice[ki]++;
    else k.servedOtherChoice[ki]++;
    if (uNoShow < c.spaceNoShow[chosen]) {
      // Booked, then nobody came: the unit is held, the organiser carries on at the desk.
      k.noShows[chosen * 5 + w]++;
      this.spaces.take(chosen, 0);
      this.cal.at = now + this.holdOf(chosen);
      this.cal.insert(HOLD_END, chosen, 0, NORMAL);
      this.scheduleNextActivity(p);
      return;
    }
    this.spaces.take(chosen, g);
    this.group[p] = g;
    this.startBusy(p, chosen);
  }

  /** How long an unused booking of space s holds the unit, for the activity in progress. */
  private holdOf(s: number): number {
    const release = this.c.spaceRelease[s];
    return release >= 0 && release < this.duration ? release : this.duration;
  }

  /** Person p starts the activity in progress, in space s (−1: at the desk). */
  private startBusy(p: number, s: number): void {
    this.busy[p] = 1;
    if (s >= 0) {
      this.space[p] = s;
      this.where[p] = IN_SPACE;
    }
    this.cal.at = this.cal.now + this.duration;
    this.cal.insert(ACTIVITY_END, p, 0, NORMAL);
  }

  protected onActivityEnd(p: number): void {
    const s = this.space[p];
    if (s >= 0) {
      this.spaces.free(s, this.group[p]);
      this.space[p] = -1;
      this.where[p] = AT_DESK;
    }
    this.busy[p] = 0;
    if (this.leaving[p] === 1) this.goHome(p);
    else this.scheduleNextActivity(p);
  }

  /** Feeds a first-choice request of space s, holding a unit for `hold` minutes, to its loss systems of every size. */
  private offerShadow(s: number): void {
    const now = this.cal.now;
    const holdMin = this.hold;
    const c0 = this.shadows[s].offer();
    const i = this.weekday * (this.c.sizingMaxUnits + 2) + c0;
    this.counters.c0Counts[s][i]++;
    const from = Math.max(now, this.dayStartMin + this.c.coreFromMin);
    const to = Math.min(now + holdMin, this.dayStartMin + this.c.coreToMin);
    if (to > from) this.counters.carriedCoreMin[s][i] += to - from;
    if (c0 <= this.c.sizingMaxUnits) {
      this.cal.at = now + holdMin;
      this.cal.insert(SHADOW_END, s, c0, NORMAL);
    }
  }
}
