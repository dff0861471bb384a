import { checkArg } from './internal/checkArg.js';

/** Inputs of an M/M/c+M (Erlang A) queue: rates per minute, times in minutes. */
export interface ErlangAInput {
  /** Poisson arrival rate λ, per minute (≥ 0). */
  arrivalPerMin: number;
  /** Mean exponential service time 1/μ, minutes (> 0). */
  serviceMeanMin: number;
  /** Number of servers c (integer ≥ 1). */
  servers: number;
  /**
   * Mean exponential patience 1/θ, minutes (> 0). `Infinity` means nobody abandons (θ = 0,
   * plain M/M/c), which then requires λ/μ < c.
   */
  patienceMeanMin: number;
}

/** Steady-state figures of the M/M/c+M (Erlang A) FIFO queue. */
export interface ErlangAResult {
  /** Probability an arrival finds all servers busy, P(N ≥ c) (PASTA). */
  pWait: number;
  /** Probability an arrival abandons before service starts. */
  pAbandon: number;
  /** Mean time in queue over ALL arrivals (served and abandoning, zero waits included), minutes. */
  meanWaitMin: number;
  /** Mean wait in queue of arrivals that are eventually served (zero waits included), minutes. */
  meanWaitServedMin: number;
  /** Mean number waiting in queue, E[(N − c)+]. */
  meanQueueLength: number;
  /** Mean busy servers divided by c (= λ(1 − pAbandon)/(cμ)). */
  utilization: number;
}

/** Relative tail mass below which the birth–death chain is truncated. */
const TAIL_TOLERANCE = 1e-14;
/** Hard cap on the number of chain states visited (guards near-zero θ with overload). */
const MAX_STATES = 10_000_000;
/** Rescaling threshold and factor (powers of two, so rescaling is exact). */
const RESCALE_ABOVE = 2 ** 600;
const RESCALE_BY = 2 ** -600;

/**
 * Exact M/M/c+M (Erlang A) figures by solving the birth–death chain (rates per minute,
 * times in minutes): pWait, pAbandon, mean waits (all / served), queue length, utilisation.
 */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const { arrivalPerMin, serviceMeanMin, servers, patienceMeanMin } = input;
  checkArg('erlangA', 'arrivalPerMin', arrivalPerMin, { min: 0 });
  checkArg('erlangA', 'serviceMeanMin', serviceMeanMin, { min: 0, minExclusive: true });
  checkArg('erlangA', 'servers', servers, { integer: true, min: 1 });
  checkArg('erlangA', 'patienceMeanMin', patienceMeanMin, {
    min: 0,
    minExclusive: true,
    allowInfinity: true,
  });

  const lambda = arrivalPerMin;
  const mu = 1 / serviceMeanMin;
  const theta = patienceMeanMin === Infinity ? 0 : 1 / patienceMeanMin;
  const c = servers;
  const cMu = c * mu;
  if (theta === 0 && !(lambda < cMu)) {
    throw new RangeError(
      `erlangA: with patienceMeanMin Infinity (no abandonment) arrivalPerMin × serviceMeanMin ` +
        `(${lambda * serviceMeanMin}) must be < servers (${c}); got arrivalPerMin ${arrivalPerMin}`,
    );
  }

  // ---------------------------------------------------------------------------------------
  // Stationary distribution (Palm 1943; Garnett, Mandelbaum & Reiman 2002, "Designing a call
  // center with impatient customers"; Gross & Harris, birth–death processes).
  // State n = number in system. Birth rate λ; death rate d(n) = min(n, c)·μ + max(0, n − c)·θ.
  // Detailed balance: p(n+1) = p(n)·λ / d(n+1). d(n) is non-decreasing, so the ratios
  // r(n) = λ/d(n+1) are non-increasing: the distribution is unimodal and, once r(n) < 1,
  // the tail beyond n is at most p(n)·r(n)/(1 − r(n)) (geometric bound). We stop when that
  // bound is below TAIL_TOLERANCE × (mass so far), i.e. the neglected tail is < 1e-14 (and the
  // same holds for its contribution to the mean queue length, see the loop).
  //
  // Everything is accumulated in ONE upward pass with p(0) = 1 (unnormalised). p(n) rises
  // up to the mode and can reach ~e^A (A up to thousands), so all running sums are rescaled
  // by 2^−600 whenever p exceeds 2^600 — exact in binary floating point, no overflow.
  //
  // Per-arrival quantities (PASTA: an arrival sees the stationary distribution). An arrival
  // finding n ≥ c in system has k = n − c customers ahead of it in the FIFO queue. Follow the
  // tagged customer through "phases" j = k, k−1, …, 0 (j = number still ahead of it):
  //   * its position advances at rate c·μ + j·θ: a service completion frees a server, which
  //     takes the head of the queue (one ahead leaves, or — when j = 0 — the tagged customer
  //     starts service); or one of the j customers AHEAD abandons. Customers behind it never
  //     matter under FIFO;
  //   * it abandons itself at rate θ.
  // Competing exponentials: phase j lasts Exp(c·μ + (j+1)·θ) whatever ends it, and ends by an
  // advance with probability q(j) = (cμ + jθ)/(cμ + (j+1)θ), independently of its length.
  // Hence, with a = cμ:
  //   P(served | k) = Π_{j=0..k} q(j) = a / (a + (k+1)θ)                (the product telescopes)
  //   P(abandon | k) = (k+1)θ / (a + (k+1)θ)
  //   E[W·1{served} | k] = P(served | k) · Σ_{j=0..k} 1/(a + (j+1)θ)
  //       (to be served it must pass every phase; given that path the phase lengths are
  //        independent Exp(a + (j+1)θ), so the wait is their sum);
  //   E[W | k] (served or not) = Σ_{j} P(reach phase j)/(a + (j+1)θ) = (k+1)/(a + (k+1)θ),
  //   so P(abandon | k) = θ·E[W | k], and averaging over k gives the rate-balance identity
  //   pAbandon = θ·E[Wq] = θ·Lq/λ (used as an independent check in the tests).
  // With θ = 0: P(served | k) = 1 and E[W | k] = (k+1)/(cμ): exactly Erlang C.
  // meanWaitMin (all arrivals) = Lq/λ by Little's law; meanWaitServedMin =
  // E[W·1{served}] / P(served) (customers served without waiting count with W = 0).
  // ---------------------------------------------------------------------------------------
  let p = 1; // unnormalised p(n)
  let mass = 0; // Σ p(n)
  let busyMass = 0; // Σ min(n, c)·p(n)
  let waitMass = 0; // Σ_{n ≥ c} p(n)
  let queueMass = 0; // Σ_{n > c} (n − c)·p(n)
  let abandonMass = 0; // Σ_{n ≥ c} p(n)·P(abandon | n − c)
  let servedMass = 0; // Σ p(n)·P(served | n)  (P = 1 below c)
  let servedWaitMass = 0; // Σ_{n ≥ c} p(n)·E[W·1{served} | n − c]
  let phaseTimeSum = 0; // Σ_{j=0..k} 1/(a + (j+1)θ) for the current k

  for (let n = 0; ; n++) {
    if (n >= MAX_STATES) {
      throw new RangeError(
        `erlangA: patienceMeanMin ${patienceMeanMin} is too long for this overload ` +
          `(arrivalPerMin ${arrivalPerMin}, servers ${servers}); the chain needs more than ${MAX_STATES} states`,
      );
    }
    mass += p;
    if (n < c) {
      busyMass += n * p;
      servedMass += p;
    } else {
      const k = n - c;
      const leaveRate = cMu + (k + 1) * theta; // a + (k+1)θ = d(n+1)
      phaseTimeSum += 1 / leaveRate;
      const pServed = cMu / leaveRate;
      busyMass += c * p;
      waitMass += p;
      queueMass += k * p;
      abandonMass += p * (((k + 1) * theta) / leaveRate);
      servedMass += p * pServed;
      servedWaitMass += p * pServed * phaseTimeSum;
    }

    const deathNext = Math.min(n + 1, c) * mu + Math.max(0, n + 1 - c) * theta;
    const ratio = lambda / deathNext;
    if (ratio < 1) {
      // Geometric bounds on what the rest of the chain could still add: to the mass, and to
      // the queue-length sum Σ_{i≥1} (k+i)·p·r^i ≤ p·(k·r/(1−r) + r/(1−r)²). Stop when both
      // are below the tolerance (relative to mass, resp. queueMass + mass).
      const k = Math.max(0, n - c);
      const tailMass = (p * ratio) / (1 - ratio);
      const tailQueue = tailMass * (k + 1 / (1 - ratio));
      if (tailMass <= TAIL_TOLERANCE * mass && tailQueue <= TAIL_TOLERANCE * (queueMass + mass)) break;
    }
    p *= ratio;
    if (p > RESCALE_ABOVE) {
      p *= RESCALE_BY;
      mass *= RESCALE_BY;
      busyMass *= RESCALE_BY;
      waitMass *= RESCALE_BY;
      queueMass *= RESCALE_BY;
      abandonMass *= RESCALE_BY;
      servedMass *= RESCALE_BY;
      servedWaitMass *= RESCALE_BY;
    }
  }

  // Ratios of non-negative sums; clamp only the last-ulp round-off of full-load cases.
  const pWait = Math.min(1, waitMass / mass);
  const pAbandon = Math.min(1, abandonMass / mass);
  const meanQueueLength = queueMass / mass;
  const meanWaitMin = lambda > 0 ? meanQueueLength / lambda : 0;
  // Ratio of two sums (not 1 − pAbandon) so it stays accurate when nearly everyone abandons.
  const meanWaitServedMin = servedMass > 0 ? servedWaitMass / servedMass : 0;
  return {
    pWait,
    pAbandon,
    meanWaitMin,
    meanWaitServedMin,
    meanQueueLength,
    utilization: Math.min(1, busyMass / mass / c),
  };
}
