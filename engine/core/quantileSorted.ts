/**
 * The p-quantile of ascending values by linear interpolation between order statistics
 * (Hyndman & Fan 1996, definition 7; numpy's and R's default): with h = (n − 1)·p,
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]). Our own so that the commands that report percentiles
 * do not load a statistics library at start-up; tests/unit/core/quantileSorted.test.ts checks it
 * against simple-statistics to the bit.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) throw new RangeError('quantile: expected at least one value');
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: expected p from 0 to 1, got ${p}`);
  if (p === 1) return sorted[n - 1];
  if (p === 0) return sorted[0];
  const h = (n - 1) * p;
  const lower = Math.floor(h);
  if (lower === h) return sorted[h];
  const upper = Math.ceil(h);
  return sorted[lower] + (h - lower) * (sorted[upper] - sorted[lower]);
}
