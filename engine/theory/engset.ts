import { checkArg } from './internal/checkArg.js';

export interface EngsetInput {
  /** Requesters (finite population) N ≥ 0. */
  sources: number;
  /** Units (servers) c ≥ 0; a request that finds all c taken is lost and its source goes back to idle. */
  servers: number;
  /** Requests per minute (or any time unit) from each source while it is idle, not while it holds a unit. */
  ratePerIdleSource: number;
  /** Mean holding time in the same time unit; any holding law (Engset is insensitive to it). */
  meanHold: number;
}

export interface EngsetResult {
  /** Time congestion: share of time all c units are taken, E(N, c, a). */
  timeCongestion: number;
  /**
   * Call congestion: share of requests that find all c units taken, B(N, c, a) = E(N − 1, c, a).
   * This is what a simulation's "share of requests blocked" estimates.
   */
  callCongestion: number;
  /** Mean units taken (carried load in Erlangs). */
  meanBusy: number;
  /** Requests per time unit from all sources together (the offered stream depends on c). */
  requestRate: number;
}

/**
 * Engset's finite-source loss system: N sources, each requesting at rate γ while idle, c units,
 * blocked requests lost (the source goes back to idle), mean hold h; a = γ·h per idle source.
 * With k units busy the state probability is p_k ∝ C(N, k)·a^k for k ≤ min(c, N) (Engset 1918;
 * Kleinrock vol. 1 §3.10; Iversen, "Teletraffic Engineering and Network Planning", ch. 8).
 * An arriving request sees the N − 1 other sources, so call congestion is the time congestion
 * of N − 1 sources — smaller than time congestion, and the two meet Erlang B as N → ∞ with
 * N·a fixed. Terms are built as ratios t_k / t_{k−1} = (N − k + 1)/k · a, normalised on the way
 * when they grow large, so nothing overflows for large N or c.
 */
export function engset(input: EngsetInput): EngsetResult {
  const { sources, servers, ratePerIdleSource, meanHold } = input;
  checkArg('engset', 'sources', sources, { integer: true, min: 0 });
  checkArg('engset', 'servers', servers, { integer: true, min: 0 });
  checkArg('engset', 'ratePerIdleSource', ratePerIdleSource, { min: 0 });
  checkArg('engset', 'meanHold', meanHold, { min: 0 });
  const a = ratePerIdleSource * meanHold;
  const time = stateShares(sources, servers, a);
  const call = sources >= 1 ? stateShares(sources - 1, servers, a) : null;
  const top = Math.min(servers, sources);
  let meanBusy = 0;
  for (let k = 0; k <= top; k++) meanBusy += k * time[k];
  // Units that are free of the c: a request is blocked only when k = c (and c ≤ N − 1 for an arrival).
  const timeCongestion = servers <= sources ? time[servers] : 0;
  const callCongestion = call !== null && servers <= sources - 1 ? call[servers] : 0;
  return { timeCongestion, callCongestion, meanBusy, requestRate: (sources - meanBusy) * ratePerIdleSource };
}

/** p_k, k = 0…min(c, n): the truncated binomial shares ∝ C(n, k)·a^k. */
function stateShares(n: number, c: number, a: number): number[] {
  const top = Math.min(c, n);
  const terms = [1];
  let sum = 1;
  for (let k = 1; k <= top; k++) {
    let t = (terms[k - 1] * (n - k + 1) * a) / k;
    if (t > 1e280) {
      // Rescale every term so far: the shares are ratios, so a common factor cancels.
      for (let j = 0; j < k; j++) terms[j] /= t;
      sum /= t;
      t = 1;
    }
    terms.push(t);
    sum += t;
  }
  return terms.map((t) => t / sum);
}
