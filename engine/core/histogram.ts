/**
 * Fixed-width histogram on [0, binWidth × bins) with an overflow bin, for streaming
 * quantiles (memory fixed by the bin count, not by the number of observations).
 * Quantiles interpolate linearly inside a bin, so their error is at most one bin width;
 * values past the last bin are reported as the largest value seen.
 */
export class Histogram {
  readonly counts: Float64Array;
  count = 0;
  max = 0;
  private overflow = 0;
  private readonly binsPerUnit: number;

  constructor(
    readonly binWidth: number,
    readonly bins: number,
  ) {
    this.counts = new Float64Array(bins);
    this.binsPerUnit = 1 / binWidth;
  }

  /** Adds a non-negative observation. */
  add(x: number): void {
    this.count++;
    if (x > this.max) this.max = x;
    const i = Math.floor(x * this.binsPerUnit);
    if (i < this.bins) this.counts[i < 0 ? 0 : i]++;
    else this.overflow++;
  }

  /** Share of observations ≤ x (exact at bin edges, interpolated inside a bin). */
  shareAtMost(x: number): number {
    if (this.count === 0) return NaN;
    const pos = x / this.binWidth;
    const whole = Math.min(Math.floor(pos), this.bins);
    let c = 0;
    for (let i = 0; i < whole; i++) c += this.counts[i];
    if (whole < this.bins) c += this.counts[whole] * (pos - whole);
    else if (x >= this.max) c += this.overflow;
    return Math.min(1, c / this.count);
  }

  /** The q-quantile (0 ≤ q ≤ 1); NaN when empty. */
  quantile(q: number): number {
    if (this.count === 0) return NaN;
    const target = q * this.count;
    let c = 0;
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
    this.overflow = 0;
  }
}
