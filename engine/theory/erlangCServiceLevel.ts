import { checkArg } from './internal/checkArg.js';
import { erlangC } from './erlangC.js';

/**
 * Erlang C service level P(W ≤ targetMin) for an M/M/c queue with `servers` servers,
 * `offeredLoad` Erlangs and mean service time `serviceMeanMin` (minutes); targetMin in minutes.
 */
export function erlangCServiceLevel(
  servers: number,
  offeredLoad: number,
  targetMin: number,
  serviceMeanMin: number,
): number {
  checkArg('erlangCServiceLevel', 'targetMin', targetMin, { min: 0, allowInfinity: true });
  checkArg('erlangCServiceLevel', 'serviceMeanMin', serviceMeanMin, { min: 0, minExclusive: true });
  const pWait = erlangC(servers, offeredLoad);
  // Waiting-time distribution of M/M/c FIFO (Kleinrock vol. 1 eq. 3.40 and the conditional
  // wait being exponential with rate cμ − λ; Gross & Harris, M/M/c waiting-time CDF):
  // P(W ≤ t) = 1 − C(c, A)·exp(−(cμ − λ)·t) = 1 − C·exp(−(c − A)·t / E[S]).
  const sl = 1 - pWait * Math.exp((-(servers - offeredLoad) * targetMin) / serviceMeanMin);
  return Math.min(1, Math.max(0, sl));
}
