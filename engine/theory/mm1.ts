import { mmc, type MmcResult } from './mmc.js';

/** Inputs of an M/M/1 queue (rate per minute, time in minutes). */
export interface Mm1Input {
  /** Poisson arrival rate λ, per minute. */
  arrivalPerMin: number;
  /** Mean exponential service time 1/μ, minutes. */
  serviceMeanMin: number;
}

/** Exact M/M/1 figures (rate per minute, times in minutes): the c = 1 case of `mmc`; requires λ/μ < 1. */
export function mm1(input: Mm1Input): MmcResult {
  // M/M/1 (Kleinrock vol. 1 ch. 3, M/M/1): ρ = λ/μ, P(W>0) = ρ, Wq = ρ/(μ − λ), L = ρ/(1 − ρ).
  // These are exactly what the c = 1 case of the M/M/c formulas gives.
  return mmc({ arrivalPerMin: input.arrivalPerMin, serviceMeanMin: input.serviceMeanMin, servers: 1 });
}
