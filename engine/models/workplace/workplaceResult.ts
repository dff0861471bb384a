/**
 * Raw counters of one replication of the workplace model. Every `number[]` of length 5 is by
 * weekday (mon…fri); figures (probabilities, utilisations, quantiles) are derived from these
 * by the runner (engine/runner/sizing/workplaceFigures.ts), which also aggregates replications.
 * Arrays are in model order (zones, spaces) or ACTIVITY_KINDS order.
 */
export interface ZoneCounters {
  id: string;
  staff: number;
  desks: number;
  /** peakDemandDays[w][v]: days of weekday w whose peak number of the zone's staff wanting a desk at once was v. */
  peakDemandDays: number[][];
  /** Days on which at least one of the zone's staff found no desk anywhere allowed. */
  shortageDays: number[];
  /** ∫ staff present without a desk dt (whole day). */
  shortagePersonMin: number[];
  /** ∫ the zone's staff seated at another zone's or a touchdown desk dt. */
  overflowOutPersonMin: number[];
  /** Sum over days of the peak number of the zone's desks in use (by anyone). */
  peakOccupiedSum: number[];
  /** ∫ desks in use dt over core hours. */
  occupiedCoreMin: number[];
}

export interface DeskPoolCounters {
  desks: number;
  peakOccupiedSum: number[];
  occupiedCoreMin: number[];
}

export interface SpaceCounters {
  id: string;
  count: number;
  capacityPersons: number;
  /** Requests that looked at this space (any place in their preference list, big enough). */
  tried: number[];
  /** …and found every unit taken. */
  blocked: number[];
  /** Requests whose first suitable preference this space was, and how many of them found it full. */
  firstChoice: number[];
  firstChoiceBlocked: number[];
  accepted: number[];
  /** Accepted bookings nobody used (the unit was held all the same). */
  noShows: number[];
  /** ∫ units taken dt, ∫ units held by no-shows dt, ∫ persons inside dt — over core hours. */
  busyCoreMin: number[];
  holdCoreMin: number[];
  personCoreMin: number[];
  peakBusySum: number[];
}

export interface ActivityCounters {
  kind: string;
  requests: number[];
  /** Done at the desk by choice (spaceShare). */
  atDeskByChoice: number[];
  /** Looked for a space. */
  seeking: number[];
  servedFirstChoice: number[];
  servedOtherChoice: number[];
  /** Found no free space (every suitable preference full, or none big enough). */
  noSpace: number[];
  /** …of which no listed space could hold the group at all. */
  tooLarge: number[];
  fallbackDesk: number[];
  dropped: number[];
}

/**
 * Loss systems with 0…maxUnits units fed by the same first-choice requests of one space
 * (common random numbers across every candidate size, in one pass). A request is accepted in
 * every system with at least c₀ units and blocked in all smaller ones (the sets of customers in
 * service are nested, so acceptance is monotone in the number of units); c₀ = maxUnits + 1 when
 * even the largest system was full.
 */
export interface ShadowCounters {
  id: string;
  maxUnits: number;
  /** c0Counts[w][c₀]: first-choice requests on weekday w with threshold c₀. */
  c0Counts: number[][];
  /** Core-hour minutes those requests held a unit, by c₀ (carried load of c units = Σ_{c₀ ≤ c}). */
  carriedCoreMin: number[][];
}

export interface StaffDayCounters {
  /** headcount × days. */
  total: number;
  absent: number;
  remote: number;
  /** In the field all day (never in the office). */
  fieldAllDay: number;
  /** In the office part of the day, then in the field. */
  fieldPartDay: number;
  /** In the office (including fieldPartDay). */
  office: number;
}

/**
 * The telework cap and the satellite office (dayAttendance.ts), present when the model has
 * either. By weekday; granted telework = wanted − refused (= staffDays.remote over the week).
 */
export interface AttendanceLimitCounters {
  /** Persons a day (null: no cap / no satellite office). */
  teleworkCap: number | null;
  satelliteSeats: number | null;
  /** Person-days that wanted to telework, and those the cap turned back to the office. */
  teleworkWanted: number[];
  teleworkRefused: number[];
  /** Days on which the cap turned someone back. */
  capBindingDays: number[];
  /** Person-days that wanted the satellite office, and those that got a seat. */
  satelliteWanted: number[];
  satelliteUsed: number[];
  /** Days on which someone wanting the satellite office found it full. */
  satelliteFullDays: number[];
  /** At the satellite office: absent + remote + satellite + fieldAllDay + office = total. */
  satelliteStaffDays: number;
}

export interface WorkplaceReplicationResult {
  replication: number;
  events: number;
  days: number;
  daysByWeekday: number[];
  coreMinPerDay: number;
  staffDays: StaffDayCounters;
  zones: ZoneCounters[];
  /** The whole office as one pool: peak number of desk users in at once, per day (v = 0…staff). */
  office: { staff: number; peakDemandDays: number[][] };
  touchdown: DeskPoolCounters;
  spaces: SpaceCounters[];
  activities: ActivityCounters[];
  /** Present when the job asked for sizing curves. */
  shadows?: ShadowCounters[];
  /** Present when the model has a telework cap or a satellite office. */
  attendanceLimits?: AttendanceLimitCounters;
}
