import { checkArg } from './internal/checkArg.js';

/** Inputs of an M/G/1 queue (rate per minute, time in minutes). */
export interface PollaczekKhinchineInput {
  /** Poisson arrival rate λ, per minute (≥ 0). */
  arrivalPerMin: number;
  /** Mean service time E[S], minutes (> 0). */
  serviceMeanMin: number;
  /** Coefficient of variation of the service time, sd/mean (≥ 0; 0 = deterministic, 1 = exponential). */
  serviceCv: number;
}

/** Steady-state mean figures of an M/G/1 FIFO queue. */
export interface PollaczekKhinchineResult {
  /** Server utilisation ρ = λ·E[S]. */
  utilization: number;
  /** Probability an arrival waits, P(W > 0) = ρ (PASTA: the server is busy a fraction ρ of time). */
  pWait: number;
  /** Mean wait in queue Wq, minutes. */
  meanWaitMin: number;
  /** Mean number waiting Lq = λ·Wq. */
  meanQueueLength: number;
  /** Mean time in system W = Wq + E[S], minutes. */
  meanSojournMin: number;
  /** Mean number in system L = λ·W. */
  meanInSystem: number;
}

/** Pollaczek–Khinchine mean figures of an M/G/1 queue (rate per minute, times in minutes); requires ρ < 1. */
export function pollaczekKhinchine(input: PollaczekKhinchineInput): PollaczekKhinchineResult {
  const { arrivalPerMin, serviceMeanMin, serviceCv } = input;
  checkArg('pollaczekKhinchine', 'arrivalPerMin', arrivalPerMin, { min: 0 });
  checkArg('pollaczekKhinchine', 'serviceMeanMin', serviceMeanMin, { min: 0, minExclusive: true });
  checkArg('pollaczekKhinchine', 'serviceCv', serviceCv, { min: 0 });
  const rho = arrivalPerMin * serviceMeanMin;
  if (!(rho < 1)) {
    throw new RangeError(
      `pollaczekKhinchine: arrivalPerMin × serviceMeanMin (utilisation ${rho}) must be < 1; ` +
        `got arrivalPerMin ${arrivalPerMin}, serviceMeanMin ${serviceMeanMin}`,
    );
  }
  // Pollaczek–Khinchine mean-value formula (Kleinrock vol. 1 ch. 5; Gross & Harris, M/G/1):
  //   Wq = λ·E[S²] / (2(1 − ρ)),  E[S²] = E[S]²·(1 + cv²),
  //   Lq = λ·Wq, W = Wq + E[S], L = λ·W (Little).
  const secondMoment = serviceMeanMin * serviceMeanMin * (1 + serviceCv * serviceCv);
  const meanWaitMin = (arrivalPerMin * secondMoment) / (2 * (1 - rho));
  const meanSojournMin = meanWaitMin + serviceMeanMin;
  return {
    utilization: rho,
    pWait: rho,
    meanWaitMin,
    meanQueueLength: arrivalPerMin * meanWaitMin,
    meanSojournMin,
    meanInSystem: arrivalPerMin * meanSojournMin,
  };
}
