import { pollaczekKhinchine, type PollaczekKhinchineResult } from './pollaczekKhinchine.js';

/** Inputs of an M/D/1 queue (rate per minute, time in minutes). */
export interface Md1Input {
  /** Poisson arrival rate λ, per minute. */
  arrivalPerMin: number;
  /** Constant service time, minutes. */
  serviceMeanMin: number;
}

/** Exact M/D/1 mean figures (rate per minute, times in minutes): Pollaczek–Khinchine with cv = 0. */
export function md1(input: Md1Input): PollaczekKhinchineResult {
  // M/D/1: E[S²] = E[S]², so Wq = ρ·E[S] / (2(1 − ρ)), half the M/M/1 wait (Gross & Harris, M/D/1).
  return pollaczekKhinchine({ ...input, serviceCv: 0 });
}
