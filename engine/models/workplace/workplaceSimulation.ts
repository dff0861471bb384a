/**
 * One replication of the workplace model: `days` working days of an office under group address.
 * Each day every person is absent, teleworking, at a satellite office, in the field or in the office
 * (dayAttendance.ts decides the whole day first, for a telework cap and the satellite seats; attendanceDraws.ts:
 * one uniform per decision, drawn for every person-day whatever the outcome, so variants that
 * change telework, desks or spaces see the same people on the same days — common random numbers).
 * Semantics and outputs: docs/workplace.md.
 *
 * A day runs in two parts that do not touch each other:
 * - the desks (deskZones.ts): desk demand depends on attendance and hours only, never on
 *   activities, so the day's arrivals and departures, sorted once (dayLanes.ts), go through the
 *   desks in one pass with the core window's marks (runDesks);
 * - the activities: each person's activity clock runs while they are in, at the desk and idle.
 *   An activity done at the desk touches nothing shared, so it is run at once, without events,
 *   and the clock goes on from its end; only a request for a booth, focus seat or meeting room
 *   waits in the event calendar for its time, since it competes with everyone else's
 *   (spacePools.ts: a unit taken is given back by its end time, with no event).
 * The draws of the shared activity streams therefore come in a different order than a calendar
 * with every event would give them; the law is the same (tests/workplace/reference.test.ts
 * compares with that model, tests/workplace/validation.test.ts with Erlang B).
 *
 * NOTE: as in the network model, no call in the handlers carries a double (V8 boxes one passed to
 * or returned from a call it does not inline): times travel in fields (`fromMin`, `duration`,
 * the pools' `nowMin`, `holdMin`), draws are `draw()` + `last`. Persons are struct-of-arrays.
 */
import { RandomStreams, type RandomStream } from '../../core/randomStream.js';
import { Simulation } from '../../core/simulation.js';
import { activityStreams, type ActivityDraws } from './activityStreams.js';
import { AttendanceDraws, FIELD_ALL_DAY } from './attendanceDraws.js';
import { compileWorkplace, type CompiledRole, type CompiledWorkplace } from './compileWorkplace.js';
import { DayAttendance, PLACE_ABSENT, PLACE_MAIN, PLACE_REMOTE } from './dayAttendance.js';
import { DayLanes } from './dayLanes.js';
import { DeskZones } from './deskZones.js';
import { ShadowLossSystems } from './shadowLossSystems.js';
import { SpacePools } from './spacePools.js';
import { WorkplaceCounters } from './workplaceCounters.js';
import { DAY_MIN, type WorkplaceJob } from './workplaceModel.js';
import type { WorkplaceReplicationResult } from './workplaceResult.js';

/** The one kind of event in the calendar: a person's request for a space. */
const SPACE_REQUEST = 0;

/** Everything of day d happens before d·1440 + DAY_LAST_MIN, so the next day starts clean. */
const DAY_LAST_MIN = DAY_MIN - 1;

export class WorkplaceSimulation {
  readonly sim = new Simulation();
  protected readonly cal = this.sim.calendar;
  protected readonly c: CompiledWorkplace;
  protected readonly counters: WorkplaceCounters;
  protected readonly desks: DeskZones;
  /** The desk pass's clock (DeskZones reads `now`). */
  protected readonly deskClock = { now: 0 };
  protected readonly spaces: SpacePools;
  private readonly shadows: ShadowLossSystems[];
  private readonly attendance: AttendanceDraws;
  private readonly day: DayAttendance;
  private readonly draws: (ActivityDraws | null)[];
  private readonly gap: RandomStream;
  private readonly pick: RandomStream;
  private readonly share: RandomStream;
  private readonly noShow: RandomStream;
  /** The day's arrivals and departures (their times per person: lanes.arriveMin, lanes.departMin). */
  protected readonly lanes: DayLanes;
  /** A person's pending space request: activity index, duration, group size. */
  private readonly requestActivity: Uint8Array;
  protected readonly requestDuration: Float64Array;
  private readonly requestGroup: Int32Array;

  private weekday = 0;
  private dayStartMin = 0;
  protected dayEndMin = 0;
  /** Where the activity clock of a person goes on from (idleFrom), and the duration of the request being handled. */
  private fromMin = 0;
  private duration = 0;
  /** Arrivals and departures, and activities started (at the desk or requests for a space): the event count. */
  private laneEvents = 0;
  private activities = 0;
  /** The hold of a first-choice request in the loss systems of every size (offerShadow). */
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
    this.desks = new DeskZones(c, this.deskClock);
    this.spaces = new SpacePools(c, this.counters);
    this.shadows = c.sizingMaxUnits > 0 ? c.spaceIds.map(() => new ShadowLossSystems(c.sizingMaxUnits)) : [];
    const n = c.persons;
    this.lanes = new DayLanes(n);
    this.requestActivity = new Uint8Array(n);
    this.requestDuration = new Float64Array(n);
    this.requestGroup = new Int32Array(n);
  }

  /** Runs every day; the event count is the arrivals, departures and activities. */
  run(): WorkplaceReplicationResult {
    const cal = this.cal;
    for (let d = 0; d < this.c.days; d++) {
      this.startDay(d);
      while (cal.pop()) this.onSpaceRequest(cal.entity);
      this.spaces.finishDay(this.weekday);
      this.afterDay();
    }
    this.sim.events += this.laneEvents + this.activities;
    return this.counters.toResult(this.replication, this.sim.events);
  }

  private roleOf(p: number): CompiledRole {
    return this.c.roles[this.c.personRole[p]] as CompiledRole;
  }

  // ── Days ────────────────────────────────────────────────────────────────────────────────

  private startDay(d: number): void {
    const c = this.c;
    const k = this.counters;
    const now = d * DAY_MIN;
    const w = (this.weekday = (c.firstWeekday + d) % 5);
    this.dayStartMin = now;
    this.dayEndMin = now + DAY_LAST_MIN;
    this.cal.now = now;
    k.daysByWeekday[w]++;
    const a = this.attendance;
    const lanes = this.lanes;
    lanes.startDay();
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
        lanes.arriveMin[p] = a.arriveMin;
        lanes.departMin[p] = a.departMin;
        lanes.add(p);
      }
    }
    lanes.sort();
    this.laneEvents += 2 * lanes.count;
    this.runDesks();
    const spaces = this.spaces;
    spaces.coreFromMin = now + c.coreFromMin;
    spaces.coreToMin = now + c.coreToMin;
    for (let i = 0; i < lanes.count; i++) {
      const p = lanes.arrivals[i];
      this.fromMin = lanes.arriveMin[p];
      this.idleFrom(p);
    }
  }

  // ── Desks ───────────────────────────────────────────────────────────────────────────────

  /**
   * The day's arrivals and departures through the desks, merged in calendar order with the core
   * window's opening and closing (which come first at equal times; an arrival comes before a
   * departure at the same time, dayLanes.ts), then the day's books closed at its end.
   */
  private runDesks(): void {
    const c = this.c;
    const lanes = this.lanes;
    const desks = this.desks;
    const clock = this.deskClock;
    const n = lanes.count;
    const arrivals = lanes.arrivals;
    const departures = lanes.departures;
    const arrivalTimes = lanes.arrivalTimes;
    const departureTimes = lanes.departureTimes;
    const dayStart = this.dayStartMin;
    clock.now = dayStart;
    desks.startDay();
    const hasCore = c.coreToMin > c.coreFromMin;
    let openMin = hasCore ? dayStart + c.coreFromMin : Infinity;
    let closeMin = hasCore ? dayStart + c.coreToMin : Infinity;
    let ai = 0;
    let di = 0;
    while (di < n) {
      const arriveAt = ai < n ? arrivalTimes[ai] : Infinity;
      const departAt = departureTimes[di];
      const t = departAt < arriveAt ? departAt : arriveAt;
      if (openMin <= t) {
        clock.now = openMin;
        desks.coreOpen();
        openMin = Infinity;
        this.afterDeskEvent();
        continue;
      }
      if (closeMin <= t) {
        clock.now = closeMin;
        desks.coreClose(this.weekday, this.counters);
        closeMin = Infinity;
        this.afterDeskEvent();
        continue;
      }
      clock.now = t;
      if (departAt < arriveAt) {
        const p = departures[di++];
        if (c.personUsesDesk[p] === 1) desks.leave(p, c.personZone[p]);
      } else {
        const p = arrivals[ai++];
        if (c.personUsesDesk[p] === 1) desks.arrive(p, c.personZone[p]);
      }
      this.afterDeskEvent();
    }
    if (openMin < Infinity) {
      clock.now = openMin;
      desks.coreOpen();
    }
    if (closeMin < Infinity) {
      clock.now = closeMin;
      desks.coreClose(this.weekday, this.counters);
    }
    clock.now = dayStart + DAY_MIN;
    desks.finishDay(this.weekday, this.counters);
  }

  /** Called after each desk event of the pass (the checked simulation of the tests looks at the state). */
  protected afterDeskEvent(): void {}

  /** Called after each space request, and at the end of each day (as afterDeskEvent). */
  protected afterSpaceRequest(): void {}
  protected afterDay(): void {}

  // ── Activities and spaces ───────────────────────────────────────────────────────────────

  /**
   * Person p is at the desk and idle from `fromMin`: runs their activity clock until the next
   * request for a space (put in the calendar) or their departure. Activities done at the desk by
   * choice happen here and now: the person is busy for their duration, then idle again; an
   * activity still running at the planned departure ends the person's day.
   */
  private idleFrom(p: number): void {
    const c = this.c;
    const ratePerMin = c.personRatePerMin[p];
    if (ratePerMin === 0) return;
    const departMin = this.lanes.departMin[p];
    const role = this.roleOf(p);
    const draws = this.draws[c.personRole[p]] as ActivityDraws;
    const cumulative = role.activityCumulative;
    const k = this.counters;
    const w = this.weekday;
    let t = this.fromMin;
    for (;;) {
      this.gap.step();
      t -= Math.log(1 - this.gap.u) / ratePerMin;
      if (!(t < departMin)) return;
      this.activities++;
      const u = this.pick.next();
      let a = 0;
      while (cumulative[a] <= u && a < cumulative.length - 1) a++;
      const act = role.activities[a];
      draws.durations[a].draw();
      const dayLeft = this.dayEndMin - t;
      const drawn = draws.durations[a].last;
      const duration = drawn < dayLeft ? (drawn > 0 ? drawn : 0) : dayLeft;
      const ki = act.kind * 5 + w;
      k.requests[ki]++;
      if (act.prefs.length === 0 || (act.spaceShare < 1 && this.share.next() >= act.spaceShare)) {
        k.atDeskByChoice[ki]++;
        t += duration;
        if (!(t < departMin)) return;
        continue;
      }
      draws.groups[a].draw(); // only a request for a space has a use for the group size
      const g = Math.round(draws.groups[a].last);
      this.requestActivity[p] = a;
      this.requestDuration[p] = duration;
      this.requestGroup[p] = g > 1 ? g : 1;
      this.cal.at = t;
      this.cal.insert(SPACE_REQUEST, p, 0, 0);
      return;
    }
  }

  /** Person p asks for a space for the activity drawn in idleFrom, at the calendar's time. */
  protected onSpaceRequest(p: number): void {
    const c = this.c;
    const now = this.cal.now;
    const role = this.roleOf(p);
    const a = this.requestActivity[p];
    const act = role.activities[a];
    const duration = (this.duration = this.requestDuration[p]);
    const g = this.requestGroup[p];
    const k = this.counters;
    const w = this.weekday;
    const ki = act.kind * 5 + w;
    k.seeking[ki]++;
    const spaces = this.spaces;
    spaces.nowMin = now;
    const uNoShow = this.noShow.next();
    const prefs = act.prefs;
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
      if (spaces.hasFree(s)) {
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
        this.fromMin = now;
      } else {
        k.fallbackDesk[ki]++;
        this.fromMin = now + duration;
      }
    } else {
      k.accepted[chosen * 5 + w]++;
      if (chosen === first) k.servedFirstChoice[ki]++;
      else k.servedOtherChoice[ki]++;
      if (uNoShow < c.spaceNoShow[chosen]) {
        // Booked, then nobody came: the unit is held, the organiser carries on at the desk.
        k.noShows[chosen * 5 + w]++;
        spaces.holdMin = this.holdOf(chosen);
        spaces.take(chosen, 0, w);
        this.fromMin = now;
      } else {
        spaces.holdMin = duration;
        spaces.take(chosen, g, w);
        this.fromMin = now + duration;
      }
    }
    this.afterSpaceRequest();
    if (this.fromMin < this.lanes.departMin[p]) this.idleFrom(p);
  }

  /** How long an unused booking of space s holds the unit, for the request being handled. */
  private holdOf(s: number): number {
    const release = this.c.spaceRelease[s];
    return release >= 0 && release < this.duration ? release : this.duration;
  }

  /** Feeds a first-choice request of space s, holding a unit for `hold` minutes, to its loss systems of every size. */
  private offerShadow(s: number): void {
    const now = this.cal.now;
    const holdMin = this.hold;
    const shadows = this.shadows[s];
    shadows.nowMin = now;
    shadows.endMin = now + holdMin;
    const c0 = shadows.offerHeld();
    const i = this.weekday * (this.c.sizingMaxUnits + 2) + c0;
    this.counters.c0Counts[s][i]++;
    // The overlap with today's core window, as the spaces book theirs (spacePools.ts, take).
    const from = Math.max(now, this.spaces.coreFromMin);
    const to = Math.min(now + holdMin, this.spaces.coreToMin);
    if (to > from) this.counters.carriedCoreMin[s][i] += to - from;
  }
}
