/**
 * The per-weekday counters a workplace replication accumulates (struct of arrays: one
 * Float64Array per figure, indexed [item × 5 + weekday]) and their conversion into the plain
 * replication result. Kept apart from the event handlers so the simulation file stays readable.
 */
import { ACTIVITY_KINDS } from './workplaceModel.js';
import type { CompiledWorkplace } from './compileWorkplace.js';
import type { DayAttendance } from './dayAttendance.js';
import type {
  ActivityCounters,
  ShadowCounters,
  SpaceCounters,
  WorkplaceReplicationResult,
  ZoneCounters,
} from './workplaceResult.js';

const W = 5;

/** One Float64Array of n × 5 (item-major, weekday-minor). */
const perWeekday = (n: number) => new Float64Array(n * W);
const row = (a: Float64Array, i: number): number[] => Array.from(a.subarray(i * W, i * W + W));

export class WorkplaceCounters {
  readonly daysByWeekday = new Float64Array(W);
  // Zones (z), desk pools (P = z, touchdown = zones).
  readonly peakDemandDays: Float64Array[];
  readonly officePeakDemandDays: Float64Array;
  readonly shortageDays: Float64Array;
  readonly shortagePersonMin: Float64Array;
  readonly overflowOutPersonMin: Float64Array;
  readonly peakOccupiedSum: Float64Array;
  readonly occupiedCoreMin: Float64Array;
  // Spaces (s).
  readonly tried: Float64Array;
  readonly blocked: Float64Array;
  readonly firstChoice: Float64Array;
  readonly firstChoiceBlocked: Float64Array;
  readonly accepted: Float64Array;
  readonly noShows: Float64Array;
  readonly busyCoreMin: Float64Array;
  readonly holdCoreMin: Float64Array;
  readonly personCoreMin: Float64Array;
  readonly peakBusySum: Float64Array;
  // Activities (kind k).
  readonly requests = perWeekday(ACTIVITY_KINDS.length);
  readonly atDeskByChoice = perWeekday(ACTIVITY_KINDS.length);
  readonly seeking = perWeekday(ACTIVITY_KINDS.length);
  readonly servedFirstChoice = perWeekday(ACTIVITY_KINDS.length);
  readonly servedOtherChoice = perWeekday(ACTIVITY_KINDS.length);
  readonly noSpace = perWeekday(ACTIVITY_KINDS.length);
  readonly tooLarge = perWeekday(ACTIVITY_KINDS.length);
  readonly fallbackDesk = perWeekday(ACTIVITY_KINDS.length);
  readonly dropped = perWeekday(ACTIVITY_KINDS.length);
  // Shadow loss systems (s): [weekday][c₀] flattened as (s, w, c₀).
  readonly c0Counts: Float64Array[];
  readonly carriedCoreMin: Float64Array[];
  // Staff-days.
  absent = 0;
  remote = 0;
  fieldAllDay = 0;
  fieldPartDay = 0;
  office = 0;
  /** At the satellite office (0 without one). */
  satellite = 0;
  // Telework cap and satellite office, by weekday (reported only when the model has either).
  readonly teleworkWanted = perWeekday(1);
  readonly teleworkRefused = perWeekday(1);
  readonly capBindingDays = perWeekday(1);
  readonly satelliteWanted = perWeekday(1);
  readonly satelliteUsed = perWeekday(1);
  readonly satelliteFullDays = perWeekday(1);

  constructor(private readonly c: CompiledWorkplace) {
    const pools = c.zones + 1;
    const spaces = c.spaceIds.length;
    this.peakDemandDays = Array.from({ length: c.zones }, (_, z) => new Float64Array(W * (c.zoneStaff[z] + 1)));
    this.officePeakDemandDays = new Float64Array(W * (c.officeStaff + 1));
    this.shortageDays = perWeekday(c.zones);
    this.shortagePersonMin = perWeekday(c.zones);
    this.overflowOutPersonMin = perWeekday(c.zones);
    this.peakOccupiedSum = perWeekday(pools);
    this.occupiedCoreMin = perWeekday(pools);
    this.tried = perWeekday(spaces);
    this.blocked = perWeekday(spaces);
    this.firstChoice = perWeekday(spaces);
    this.firstChoiceBlocked = perWeekday(spaces);
    this.accepted = perWeekday(spaces);
    this.noShows = perWeekday(spaces);
    this.busyCoreMin = perWeekday(spaces);
    this.holdCoreMin = perWeekday(spaces);
    this.personCoreMin = perWeekday(spaces);
    this.peakBusySum = perWeekday(spaces);
    const n = c.sizingMaxUnits > 0 ? spaces : 0;
    this.c0Counts = Array.from({ length: n }, () => new Float64Array(W * (c.sizingMaxUnits + 2)));
    this.carriedCoreMin = Array.from({ length: n }, () => new Float64Array(W * (c.sizingMaxUnits + 2)));
  }

  /** The day's telework and satellite-office counts (dayAttendance.ts). */
  countDay(w: number, day: DayAttendance): void {
    this.teleworkWanted[w] += day.teleworkWanted;
    this.teleworkRefused[w] += day.teleworkRefused;
    if (day.teleworkRefused > 0) this.capBindingDays[w]++;
    this.satelliteWanted[w] += day.satelliteWanted;
    this.satelliteUsed[w] += day.satelliteUsed;
    if (day.satelliteUsed < day.satelliteWanted) this.satelliteFullDays[w]++;
  }

  toResult(replication: number, events: number): WorkplaceReplicationResult {
    const c = this.c;
    const zones: ZoneCounters[] = c.zoneIds.map((id, z) => {
      const width = c.zoneStaff[z] + 1;
      return {
        id,
        staff: c.zoneStaff[z],
        desks: c.poolDesks[z],
        peakDemandDays: Array.from({ length: W }, (_, w) =>
          Array.from(this.peakDemandDays[z].subarray(w * width, (w + 1) * width)),
        ),
        shortageDays: row(this.shortageDays, z),
        shortagePersonMin: row(this.shortagePersonMin, z),
        overflowOutPersonMin: row(this.overflowOutPersonMin, z),
        peakOccupiedSum: row(this.peakOccupiedSum, z),
        occupiedCoreMin: row(this.occupiedCoreMin, z),
      };
    });
    const spaces: SpaceCounters[] = c.spaceIds.map((id, s) => ({
      id,
      count: c.spaceCount[s],
      capacityPersons: c.spaceCapacity[s],
      tried: row(this.tried, s),
      blocked: row(this.blocked, s),
      firstChoice: row(this.firstChoice, s),
      firstChoiceBlocked: row(this.firstChoiceBlocked, s),
      accepted: row(this.accepted, s),
      noShows: row(this.noShows, s),
      busyCoreMin: row(this.busyCoreMin, s),
      holdCoreMin: row(this.holdCoreMin, s),
      personCoreMin: row(this.personCoreMin, s),
      peakBusySum: row(this.peakBusySum, s),
    }));
    const activities: ActivityCounters[] = ACTIVITY_KINDS.map((kind, k) => ({
      kind,
      requests: row(this.requests, k),
      atDeskByChoice: row(this.atDeskByChoice, k),
      seeking: row(this.seeking, k),
      servedFirstChoice: row(this.servedFirstChoice, k),
      servedOtherChoice: row(this.servedOtherChoice, k),
      noSpace: row(this.noSpace, k),
      tooLarge: row(this.tooLarge, k),
      fallbackDesk: row(this.fallbackDesk, k),
      dropped: row(this.dropped, k),
    }));
    const result: WorkplaceReplicationResult = {
      replication,
      events,
      days: c.days,
      daysByWeekday: Array.from(this.daysByWeekday),
      coreMinPerDay: Math.max(0, c.coreToMin - c.coreFromMin),
      staffDays: {
        total: c.persons * c.days,
        absent: this.absent,
        remote: this.remote,
        fieldAllDay: this.fieldAllDay,
        fieldPartDay: this.fieldPartDay,
        office: this.office,
      },
      zones,
      office: {
        staff: c.officeStaff,
        peakDemandDays: Array.from({ length: W }, (_, w) =>
          Array.from(this.officePeakDemandDays.subarray(w * (c.officeStaff + 1), (w + 1) * (c.officeStaff + 1))),
        ),
      },
      touchdown: {
        desks: c.poolDesks[c.zones],
        peakOccupiedSum: row(this.peakOccupiedSum, c.zones),
        occupiedCoreMin: row(this.occupiedCoreMin, c.zones),
      },
      spaces,
      activities,
    };
    // Only when configured, so that a result without them keeps its shape (golden outputs).
    if (c.teleworkCap >= 0 || c.satelliteSeats >= 0) {
      result.attendanceLimits = {
        teleworkCap: c.teleworkCap >= 0 ? c.teleworkCap : null,
        satelliteSeats: c.satelliteSeats >= 0 ? c.satelliteSeats : null,
        teleworkWanted: row(this.teleworkWanted, 0),
        teleworkRefused: row(this.teleworkRefused, 0),
        capBindingDays: row(this.capBindingDays, 0),
        satelliteWanted: row(this.satelliteWanted, 0),
        satelliteUsed: row(this.satelliteUsed, 0),
        satelliteFullDays: row(this.satelliteFullDays, 0),
        satelliteStaffDays: this.satellite,
      };
    }
    if (c.sizingMaxUnits > 0) {
      const width = c.sizingMaxUnits + 2;
      const split = (a: Float64Array) =>
        Array.from({ length: W }, (_, w) => Array.from(a.subarray(w * width, (w + 1) * width)));
      result.shadows = c.spaceIds.map((id, s): ShadowCounters => ({
        id,
        maxUnits: c.sizingMaxUnits,
        c0Counts: split(this.c0Counts[s]),
        carriedCoreMin: split(this.carriedCoreMin[s]),
      }));
    }
    return result;
  }
}
