import { checkArg } from './internal/checkArg.js';
import { erlangC } from './erlangC.js';

/** Inputs of an M/M/c queue (rates per minute, times in minutes). */
export interface MmcInput {
  /** Poisson arrival rate λ, per minute (≥ 0). */
  arrivalPerMin: number;
  /** Mean of the exponential service time 1/μ, minutes (> 0). */
  serviceMeanMin: number;
  /** Number of parallel servers c (integer ≥ 1). */
  servers: number;
}

/** Steady-state figures of an M/M/c FIFO queue. */
export interface MmcResult {
  /** Offered load A = λ/μ, Erlangs (mean number of busy servers). */
  offeredLoad: number;
  /** Server utilisation ρ = A/c (fraction of time a given server is busy). */
  utilization: number;
  /** Erlang C probability that an arrival waits, P(W > 0). */
  pWait: number;
  /** Mean wait in queue Wq over all arrivals, minutes. */
  meanWaitMin: number;
  /** Mean number waiting in queue Lq. */
  meanQueueLength: number;
  /** Mean time in system W = Wq + 1/μ, minutes. */
  meanSojournMin: number;
  /** Mean number in system L = λW. */
  meanInSystem: number;
  /** Service level P(W ≤ tMin) for a wait target tMin in minutes. */
  serviceLevel: (tMin: number) => number;
}

/** Exact steady-state M/M/c figures (rates per minute, times in minutes); requires λ/μ < c. */
export function mmc(input: MmcInput): MmcResult {
  const { arrivalPerMin, serviceMeanMin, servers } = input;
  checkArg('mmc', 'arrivalPerMin', arrivalPerMin, { min: 0 });
  checkArg('mmc', 'serviceMeanMin', serviceMeanMin, { min: 0, minExclusive: true });
  checkArg('mmc', 'servers', servers, { integer: true, min: 1 });
  const offeredLoad = arrivalPerMin * serviceMeanMin;
  if (!(offeredLoad < servers)) {
    throw new RangeError(
      `mmc: arrivalPerMin × serviceMeanMin (offered load ${offeredLoad}) must be < servers (${servers}); ` +
        `got arrivalPerMin ${arrivalPerMin}, serviceMeanMin ${serviceMeanMin}`,
    );
  }
  // M/M/c (Kleinrock vol. 1 ch. 3, M/M/m, eq. 3.40 for C; Gross & Harris, M/M/c):
  //   Wq = C / (cμ − λ) = C·E[S] / (c − A),  Lq = λ·Wq (Little),
  //   W = Wq + E[S],  L = λ·W = Lq + A.
  const pWait = erlangC(servers, offeredLoad);
  const meanWaitMin = (pWait * serviceMeanMin) / (servers - offeredLoad);
  const meanQueueLength = arrivalPerMin * meanWaitMin;
  const meanSojournMin = meanWaitMin + serviceMeanMin;
  const meanInSystem = meanQueueLength + offeredLoad;
  const decayPerMin = (servers - offeredLoad) / serviceMeanMin; // cμ − λ
  const serviceLevel = (tMin: number): number => {
    checkArg('mmc.serviceLevel', 'tMin', tMin, { min: 0, allowInfinity: true });
    // P(W ≤ t) = 1 − C·exp(−(cμ − λ)t)  (Gross & Harris, M/M/c waiting-time CDF).
    return Math.min(1, Math.max(0, 1 - pWait * Math.exp(-decayPerMin * tMin)));
  };
  return {
    offeredLoad,
    utilization: offeredLoad / servers,
    pWait,
    meanWaitMin,
    meanQueueLength,
    meanSojournMin,
    meanInSystem,
    serviceLevel,
  };
}
