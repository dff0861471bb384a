import { checkArg } from './internal/checkArg.js';
import { erlangC } from './erlangC.js';
import { erlangCServiceLevel } from './erlangCServiceLevel.js';

/** Inputs of the per-interval Erlang C staffing estimate (rate per minute, times in minutes). */
export interface ErlangCStaffingInput {
  /** Poisson arrival rate λ, per minute (> 0). */
  arrivalPerMin: number;
  /** Mean handling (service) time, minutes (> 0). */
  serviceMeanMin: number;
  /** Answer-time target t of the service level, minutes (≥ 0). */
  targetMin: number;
  /** Required fraction answered within targetMin, P(W ≤ t) (0 ≤ x < 1). */
  targetServiceLevel: number;
  /** Cap on occupancy A/c (0 < x ≤ 1); defaults to 1, i.e. stability only. */
  maxOccupancy?: number;
  /** Search limit on the number of servers (default 100 000). */
  maxServers?: number;
}

/** Result of the Erlang C staffing estimate. */
export interface ErlangCStaffingResult {
  /** Fewest servers meeting both the service level and the occupancy cap ("raw positions"). */
  servers: number;
  /** Offered load A = λ·E[S], Erlangs. */
  offeredLoad: number;
  /** Achieved service level P(W ≤ targetMin) with `servers`. */
  serviceLevel: number;
  /** Achieved occupancy A / servers. */
  occupancy: number;
  /** Erlang C probability of waiting with `servers`. */
  pWait: number;
  /** Mean wait in queue (average speed of answer) with `servers`, minutes. */
  meanWaitMin: number;
}

/**
 * Fewest M/M/c servers with service level P(W ≤ targetMin) ≥ targetServiceLevel and occupancy
 * ≤ maxOccupancy (rate per minute, times in minutes): the classic per-interval WFM estimate.
 */
export function erlangCStaffing(input: ErlangCStaffingInput): ErlangCStaffingResult {
  const { arrivalPerMin, serviceMeanMin, targetMin, targetServiceLevel } = input;
  const maxOccupancy = input.maxOccupancy ?? 1;
  const maxServers = input.maxServers ?? 100_000;
  checkArg('erlangCStaffing', 'arrivalPerMin', arrivalPerMin, { min: 0, minExclusive: true });
  checkArg('erlangCStaffing', 'serviceMeanMin', serviceMeanMin, { min: 0, minExclusive: true });
  checkArg('erlangCStaffing', 'targetMin', targetMin, { min: 0 });
  checkArg('erlangCStaffing', 'targetServiceLevel', targetServiceLevel, { min: 0, max: 1, maxExclusive: true });
  checkArg('erlangCStaffing', 'maxOccupancy', maxOccupancy, { min: 0, minExclusive: true, max: 1 });
  checkArg('erlangCStaffing', 'maxServers', maxServers, { integer: true, min: 1 });

  const offeredLoad = arrivalPerMin * serviceMeanMin;
  // Both constraints are monotone in c: occupancy A/c decreases, and the Erlang C service level
  // 1 − C(c, A)·exp(−(c − A)t/E[S]) increases (C(c, A) decreases in c; Gross & Harris, M/M/c).
  // So the answer is the first c, scanning upward, meeting both. Every c below
  //   cLow = max(⌊A⌋ + 1, ⌈A / maxOccupancy⌉ − 1)
  // fails: c ≤ A is unstable, and c ≤ ⌈A/maxOcc⌉ − 2 < A/maxOcc − 1 breaks the cap; the scan
  // starting at cLow re-checks the boundary exactly with the same functions callers use.
  const cLow = Math.max(1, Math.floor(offeredLoad) + 1, Math.ceil(offeredLoad / maxOccupancy) - 1);
  for (let c = cLow; c <= maxServers; c++) {
    if (!(offeredLoad < c)) continue;
    const occupancy = offeredLoad / c;
    if (occupancy > maxOccupancy) continue;
    const serviceLevel = erlangCServiceLevel(c, offeredLoad, targetMin, serviceMeanMin);
    if (serviceLevel < targetServiceLevel) continue;
    const pWait = erlangC(c, offeredLoad);
    return {
      servers: c,
      offeredLoad,
      serviceLevel,
      occupancy,
      pWait,
      meanWaitMin: (pWait * serviceMeanMin) / (c - offeredLoad),
    };
  }
  throw new RangeError(
    `erlangCStaffing: no staffing up to maxServers (${maxServers}) meets targetServiceLevel ` +
      `${targetServiceLevel} within targetMin ${targetMin} at offered load ${offeredLoad}`,
  );
}
