/**
 * Statistical helpers of the core unit tests: every tolerance on a random quantity is a
 * confidence bound computed from the sample size and a variance (theoretical where we know it,
 * else estimated from the sample's own moments), never a hand-tuned number.
 *
 * All tests use fixed seeds, so they are deterministic; Z = 4 standard errors gives a false-alarm
 * probability of about 6e-5 per check for a correct implementation, so a fresh seed would pass
 * too, while a real error of a few standard errors is caught.
 */
import normalQuantile from '@stdlib/stats-base-dists-normal-quantile';
import erfc from '@stdlib/math-base-special-erfc';
import { expect } from 'vitest';
import { createStream, type RandomStream } from '../../../engine/core/randomStream.js';

/** Width of every confidence bound, in standard errors (two-sided). */
export const Z = 4;
/** Two-sided false-alarm probability of a Z-standard-error bound, 2(1 − Φ(Z)). */
export const FALSE_ALARM = erfc(Z / Math.SQRT2);

/** Fixed master seed of the core tests. */
export const SEED = 20260611;

/** A stream of the test seed, replication 0 unless given. */
export function testStream(name: string, replication = 0): RandomStream {
  return createStream(SEED, replication, name);
}

/** Sample mean and central moments (biased: divided by n), for delta-method standard errors. */
export interface Moments {
  n: number;
  mean: number;
  m2: number;
  m3: number;
  m4: number;
  min: number;
  max: number;
}

export function moments(xs: ArrayLike<number>): Moments {
  const n = xs.length;
  let sum = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = xs[i];
    sum += x;
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const mean = sum / n;
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (let i = 0; i < n; i++) {
    const d = xs[i] - mean;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  return { n, mean, m2: m2 / n, m3: m3 / n, m4: m4 / n, min, max };
}

/** Unbiased sample variance from biased moments. */
export function sampleVarianceOf(m: Moments): number {
  return (m.m2 * m.n) / (m.n - 1);
}

/**
 * Standard error of the sample squared coefficient of variation s²/x̄², by the delta method on
 * g(mean, var) = var/mean² with Var(x̄) = μ2/n, Var(s²) ≈ (μ4 − μ2²)/n and Cov(x̄, s²) = μ3/n:
 *   Var(g) ≈ [ (μ4 − μ2²)/m⁴ − 4 μ2 μ3/m⁵ + 4 μ2³/m⁶ ] / n,
 * with the central moments estimated from the sample itself (consistent; the sample is large).
 */
export function scvStandardError(m: Moments): number {
  const a = m.mean;
  const v = (m.m4 - m.m2 * m.m2) / a ** 4 - (4 * m.m2 * m.m3) / a ** 5 + (4 * m.m2 ** 3) / a ** 6;
  return Math.sqrt(Math.max(0, v) / m.n);
}

/** Asserts |estimate − expected| ≤ Z·se, with a message that carries the numbers. */
export function expectWithinSe(label: string, estimate: number, expected: number, se: number): void {
  const msg = `${label}: estimate ${estimate}, expected ${expected}, ${Z} SE = ${Z * se}`;
  expect(Number.isFinite(estimate), msg).toBe(true);
  expect(Math.abs(estimate - expected), msg).toBeLessThanOrEqual(Z * se);
}

/**
 * Upper (1 − FALSE_ALARM) quantile of χ² with `df` degrees of freedom, by the Wilson–Hilferty
 * cube approximation (χ²/df)^(1/3) ≈ N(1 − 2/(9df), 2/(9df)) — accurate to a few per cent in the
 * far tail for df ≥ 3, which is ample for a bound.
 */
export function chiSquareUpperBound(df: number): number {
  const z = normalQuantile(1 - FALSE_ALARM, 0, 1);
  const h = 2 / (9 * df);
  return df * (1 - h + z * Math.sqrt(h)) ** 3;
}

/** Pearson χ² statistic of observed counts against expected counts (expected > 0). */
export function chiSquareStatistic(observed: ArrayLike<number>, expected: ArrayLike<number>): number {
  let x2 = 0;
  for (let i = 0; i < observed.length; i++) x2 += (observed[i] - expected[i]) ** 2 / expected[i];
  return x2;
}

/** Standard normal density. */
export function phiPdf(x: number): number {
  return Math.exp(-0.5 * x * x) / Math.sqrt(2 * Math.PI);
}
