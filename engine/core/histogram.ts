/**
 * Fixed-width histogram on [0, binWidth × bins) with an overflow bin, for streaming
 * quantiles (memory fixed by the bin count, not by the number of observations).
 * Exact zeros (a customer who did not wait) are counted apart: they are a mass point, and
 * "share served within T" must count them in full. Inside a bin, mass is taken as uniform, so
 * quantiles are off by at most one bin width; values past the last bin count as the largest
 * value seen.
 */
export class Histogram {
  readonly counts: Float64Array;
  count = 0;
  max = 0;
  private zeros = 0;
  private overflow = 0;
  private readonly binsPerUnit: number;

  constructor(
    readonly binWidth: number,
    readonly bins: number,
  ) {
    this.counts = new Float64Array(bins);
    this.binsPerUnit = 1 / binWidth;
  }

  /** The observation `commit` adds (see `add`). */
  x = 0;

  /** Adds a non-negative observation (negative values count as 0). */
  add(x: number): void {
    // NOTE: hot paths set `x` and call commit() themselves (no call carrying a double; see Tally).
    this.x = x;
    this.commit();
  }

  /** Adds the observation in `x`. */
  commit(): void {
    const x = this.x;
    this.count++;
    if (x <= 0) {
      this.zeros++;
      return;
    }
    if (x > this.max) this.max = x;
    const i = Math.floor(x * this.binsPerUnit);
    if (i < this.bins) this.counts[i]++;
    else this.overflow++;
  }

  /** Share of observations ≤ x (zeros counted exactly; interpolated inside a bin). */
  shareAtMost(x: number): number {
    if (this.count === 0) return NaN;
    if (x < 0) return 0;
    if (x >= this.max) return 1;
    const pos = x * this.binsPerUnit;
    const whole = Math.min(Math.floor(pos), this.bins);
    let c = this.zeros;
    for (let i = 0; i < whole; i++) c += this.counts[i];
    if (whole < this.bins) c += this.counts[whole] * (pos - whole);
    return Math.min(1, c / this.count);
  }

  /** The q-quantile (0 ≤ q ≤ 1); NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    const target = q * this.count;
    if (this.zeros > 0 && target <= this.zeros) return 0;
    let c = this.zeros;
    for (let i = 0; i < this.bins; i++) {
      const next = c + this.counts[i];
      if (next >= target && this.counts[i] > 0) {
        const v = (i + (target - c) / this.counts[i]) * this.binWidth;
        return Math.min(v, this.max);
      }
      c = next;
    }
    return this.max;
  }

  reset(): void {
    this.counts.fill(0);
    this.count = 0;
    this.max = 0;
    this.zeros = 0;
    this.overflow = 0;
  }
}
