/** Figures of one station in one replication (NaN where undefined, e.g. no customer served). */
export interface StationReplicationResult {
  /** Mean wait in queue of customers whose service started in the window. */
  waitMin: number;
  waitP50Min: number;
  waitP90Min: number;
  waitP95Min: number;
  waitMaxMin: number;
  /** Share of service starts that had to wait. */
  pWait: number;
  /** Busy ÷ available server-minutes within the schedule (NaN for unlimited servers). */
  utilization: number;
  /** Time-average busy servers (including overtime). */
  busyServers: number;
  /** Time-average number waiting. */
  queueLength: number;
  queueLengthMax: number;
  /** Mean time at the station (wait + service) of customers who completed service. */
  sojournMin: number;
  pAbandon: number;
  pBlocked: number;
  pBalk: number;
  arrivals: number;
  served: number;
  /** Server-minutes worked beyond the schedule (capacity fell while serving). */
  overtimeServerMin: number;
  /** Present when the model sets intervalMin. */
  series?: { arrivals: number[]; served: number[]; waitMin: number[] };
}

/** Result of one replication of a queueing-network model. */
export interface NetworkReplicationResult {
  replication: number;
  events: number;
  /** Length of the observation window (after warm-up), minutes. */
  observedMin: number;
  stations: Record<string, StationReplicationResult>;
  system: {
    /** Mean time in system of customers who left after completing service. */
    sojournMin: number;
    /** Time-average number in the system. */
    inSystem: number;
    arrivals: number;
    departures: number;
    /** Throughput, customers leaving per minute. */
    throughputPerMin: number;
  };
  /** Whole-run counts (including warm-up) for conservation checks. */
  conservation: {
    arrived: number;
    departed: number;
    abandoned: number;
    blocked: number;
    balked: number;
    inSystem: number;
  };
}
