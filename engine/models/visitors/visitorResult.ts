/**
 * What one replication (one simulated day) of the visitor model reports. Plain JSON; NaN where a
 * figure is undefined (no visitor in that hour), which the aggregation leaves out.
 * Per-interval arrays run from opening time in steps of `intervalMin`; per-hour arrays from the
 * clock hour of opening (08:45 → the 8 o'clock hour).
 */
export interface WaitFigures {
  mean: number;
  p50: number;
  p90: number;
  p95: number;
  max: number;
}

export interface QueueDayResult {
  /** Contacts that joined this queue (a visitor needing two departments joins two queues). */
  joins: number;
  /** Mean and longest wait of contacts whose service started. */
  waitMin: number;
  waitMaxMin: number;
  /** Share of joins served within the service-level time (abandoned and unserved count as late). */
  serviceLevel: number;
  abandoned: number;
  joinsByInterval: number[];
  withinTargetByInterval: number[];
  serviceLevelByInterval: number[];
  /** Mean wait of the contacts that joined in each interval and were served. */
  waitByInterval: number[];
  /** Busy counter positions ÷ counter positions (NaN for queues without counters). */
  counterUtilisation: number[];
}

export interface StaffGroupDayResult {
  /** Busy ÷ at-counter staff-minutes per interval (NaN when nobody is at the counter). */
  utilisation: number[];
  /** Busy staff-minutes per interval. */
  busyMin: number[];
  /** Staff-minutes worked after closing time (serving those who got a ticket before). */
  overtimeStaffMin: number;
}

export interface VisitorReplicationResult {
  replication: number;
  events: number;
  visitors: {
    /** Would-be visits drawn for the day (before diversion and no-shows). */
    demand: number;
    diverted: number;
    booked: number;
    noShows: number;
    /** Visitors who came to the office. */
    arrived: number;
    served: number;
    abandoned: number;
    balked: number;
    /**
     * Booked visitors refused for coming too late (if late arrivals are turned away); those a closed line sent away.
     */
    turnedAway: number;
    /** Still waiting when nobody was left to serve them. */
    unserved: number;
    /** Of those who gave up, balked or were turned away: expected to come back another day. */
    comeBackAnotherDay: number;
  };
  /** (abandoned + balked + turned away) ÷ arrived. */
  abandonmentShare: number;
  /** Total counter wait of each served visitor (all their counters). */
  waitMin: WaitFigures;
  /** Arrival to leaving the building, served visitors. */
  timeInOfficeMin: WaitFigures;
  countersVisited: number;
  walkingMin: number;
  /** Share of all counter contacts served within the service-level time. */
  serviceLevel: number;
  byProcedure: Record<
    string,
    {
      arrived: number;
      served: number;
      waitMin: WaitFigures;
      timeInOfficeMin: number;
      countersVisited: number;
      walkingMin: number;
    }
  >;
  byHour: {
    arrivals: number[];
    waitMean: number[];
    waitP50: number[];
    waitP90: number[];
    waitP95: number[];
    waitMax: number[];
  };
  byInterval: {
    arrivals: number[];
    served: number[];
    serviceLevel: number[];
    waitingPersonsMean: number[];
    waitingPersonsMax: number[];
  };
  /**
   * People (visitors and companions) in the waiting area: time-average, 95th percentile over opening hours (seats
   * needed), maximum.
   */
  waitingArea: { personsMean: number; personsP95: number; personsMax: number };
  queues: Record<string, QueueDayResult>;
  staff: Record<string, StaffGroupDayResult>;
  closing: { lastDepartureMin: number; servedAfterClose: number; overtimeStaffMin: number };
  /**
   * With closed-span rules only: contacts sent on to another department's line while theirs was
   * closed, and visitors turned away by a closed line (they are in `visitors.turnedAway` too).
   */
  closed?: { redirected: number; left: number };
  /**
   * With triage or incomplete visits only. Of the day's comers: sent to a wrong counter first,
   * information-only visitors who asked at a counter, answered by the concierge alone; visitors
   * who lacked a document, found at the counter or caught by the concierge's check. Arrived =
   * served + abandoned + balked + turnedAway + incompleteAtCounter + incompleteAtConcierge + unserved.
   */
  /**
   * With return visits only (incompleteVisits.returns): return visits among the day's comers
   * (`visitors.arrived` includes them), and over the replication's horizon (the days before and
   * the reported day) the incomplete visits made, the returns that came within it, and those
   * still due after it: madeOverHorizon = returnedOverHorizon + pendingAtEnd.
   */
  returns?: { arrived: number; pendingAtEnd: number; madeOverHorizon: number; returnedOverHorizon: number };
  triage?: {
    wrongCounter: number;
    infoAtCounter: number;
    answeredByConcierge: number;
    incompleteAtCounter: number;
    incompleteAtConcierge: number;
  };
  /**
   * With video consultations only (オンライン相談): held that day (not in `visitors.arrived`),
   * served, mean wait of the served (at home, for a late-running call), staff minutes they took.
   */
  video?: { consultations: number; served: number; waitMeanMin: number; staffMin: number };
  /** With visitor segments only: per segment id, visitors who came, were served, and their mean wait. */
  segments?: Record<string, { arrived: number; served: number; waitMeanMin: number }>;
}
