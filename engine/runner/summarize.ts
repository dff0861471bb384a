/**
 * Summary of one figure across replications: mean, standard deviation, 95% confidence
 * half-width (Student t with n − 1 degrees of freedom) and percentiles.
 */
import { studentTQuantile as tQuantile } from '../core/studentTQuantile.js';
import { quantileSorted } from '../core/quantileSorted.js';

export interface Summary {
  /** Replications with a defined value (NaN values, e.g. no customer served, are left out). */
  n: number;
  mean: number | null;
  sd: number | null;
  /** Half-width of the 95% confidence interval of the mean; null with fewer than 2 values. */
  ci95: number | null;
  min: number | null;
  p05: number | null;
  p50: number | null;
  p95: number | null;
  max: number | null;
}

/** Half-width of the (1 − α) confidence interval of a mean from n values with sample sd. */
export function ciHalfWidth(sd: number, n: number, confidence = 0.95): number {
  if (n < 2) return NaN;
  return tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n));
}

/** Summarizes values in the order given (the order matters for bit-identical sums). */
export function summarize(values: readonly number[]): Summary {
  const finite = values.filter((v) => Number.isFinite(v));
  const n = finite.length;
  if (n === 0) return { n, mean: null, sd: null, ci95: null, min: null, p05: null, p50: null, p95: null, max: null };
  let mean = 0;
  let m2 = 0;
  finite.forEach((x, i) => {
    const d = x - mean;
    mean += d / (i + 1);
    m2 += d * (x - mean);
  });
  const sd = n > 1 ? Math.sqrt(m2 / (n - 1)) : null;
  const sorted = [...finite].sort((a, b) => a - b);
  return {
    n,
    mean,
    sd,
    ci95: sd === null ? null : ciHalfWidth(sd, n),
    min: sorted[0],
    p05: quantileSorted(sorted, 0.05),
    p50: quantileSorted(sorted, 0.5),
    p95: quantileSorted(sorted, 0.95),
    max: sorted[n - 1],
  };
}
