/**
 * Exact distribution of the number of successes among independent Bernoulli trials with
 * possibly different probabilities (the Poisson-binomial law): how many of a zone's staff come
 * in on a day when each comes in with their own probability (sources §2.1, §6.6). The binomial
 * is the special case of equal probabilities.
 */

/**
 * P(X = k) for k = 0…n, by the standard O(n²) recursion over trials (stable: only sums of products of probabilities).
 */
export function poissonBinomialPmf(probabilities: readonly number[]): Float64Array {
  const n = probabilities.length;
  const pmf = new Float64Array(n + 1);
  pmf[0] = 1;
  for (let i = 0; i < n; i++) {
    const p = probabilities[i];
    if (!(p >= 0 && p <= 1))
      throw new RangeError(`poissonBinomialPmf: probabilities[${i}] must be in [0, 1], got ${p}`);
    for (let k = i + 1; k >= 1; k--) pmf[k] = pmf[k] * (1 - p) + pmf[k - 1] * p;
    pmf[0] *= 1 - p;
  }
  return pmf;
}

/** P(X > s) for each s = 0…n (so tail[n] = 0). */
export function poissonBinomialTail(probabilities: readonly number[]): Float64Array {
  const pmf = poissonBinomialPmf(probabilities);
  const n = probabilities.length;
  const tail = new Float64Array(n + 1);
  let acc = 0;
  for (let s = n; s >= 0; s--) {
    tail[s] = acc;
    acc += pmf[s];
  }
  return tail;
}

/** Binomial upper tail P(X > s) for X ~ Bin(n, p). */
export function binomialTail(n: number, p: number, s: number): number {
  if (s < 0) return 1;
  if (s >= n) return 0;
  return poissonBinomialTail(new Array<number>(n).fill(p))[s];
}
