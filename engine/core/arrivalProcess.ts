/** An arrival process: given the time of the last arrival, the time of the next one. */
export interface ArrivalProcess {
  /** Absolute time (min) of the next arrival after `afterMin`, or +Infinity when there is none. */
  nextArrivalMin(afterMin: number): number;
}
