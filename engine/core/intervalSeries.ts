/**
 * Per-interval series (e.g. 15-minute bins across a day): sums and counts per bin, so a
 * model can report arrivals, services, mean wait or service level interval by interval.
 * Bins are fixed at construction; observations outside [startMin, startMin + bins × widthMin)
 * are dropped.
 */
export class IntervalSeries {
  readonly sums: Float64Array;
  readonly counts: Float64Array;

  constructor(
    readonly startMin: number,
    readonly widthMin: number,
    readonly bins: number,
  ) {
    this.sums = new Float64Array(bins);
    this.counts = new Float64Array(bins);
  }

  /** Bin index of time `tMin`, or −1 when outside the series. */
  binOf(tMin: number): number {
    const i = Math.floor((tMin - this.startMin) / this.widthMin);
    return i >= 0 && i < this.bins ? i : -1;
  }

  /** Time and value of the observation `commit` adds (see `add`). */
  at = 0;
  x = 0;

  /** Adds `value` to the bin that contains `tMin` (and counts one observation). */
  add(tMin: number, value = 1): void {
    this.at = tMin;
    this.x = value;
    this.commit();
  }

  /**
   * Adds the observation (`at`, `x`): the form of `add` for hot paths, where no call may carry a
   * double (see the NOTE in serverPool.ts).
   */
  commit(): void {
    const i = Math.floor((this.at - this.startMin) / this.widthMin);
    if (!(i >= 0 && i < this.bins)) return;
    this.sums[i] += this.x;
    this.counts[i]++;
  }

  /** Mean of the observations in each bin (NaN for an empty bin). */
  means(): number[] {
    return Array.from(this.sums, (s, i) => (this.counts[i] > 0 ? s / this.counts[i] : NaN));
  }

  reset(): void {
    this.sums.fill(0);
    this.counts.fill(0);
  }
}
