/**
 * The integral of a piecewise-constant quantity (busy staff, people waiting) split into fixed
 * intervals of the day, with the largest value seen in each interval — the per-interval
 * counterpart of TimeAverage. Time past the last interval goes into `afterMin` only.
 *
 * NOTE (speed): the interval of a time is ⌊(t − start) / width⌋, a division; most updates fall in
 * the interval of the one before, so the interval last computed is kept with a band of times
 * well inside it (a millionth of the width from its edges) for which that formula cannot give
 * another index. Times in the band skip the division, all others compute it: the same index,
 * and the same interval ends, always (a tenth of a short visitor day went into these divisions).
 */
export class IntervalAccumulator {
  readonly sums: Float64Array;
  readonly maxes: Float64Array;
  value = 0;
  /** Integral beyond the last interval (after closing time). */
  after = 0;
  /**
   * Time of the last update.
   * NOTE: declared with a number: a field declared bare starts as undefined, after which V8 keeps
   * it as a tagged field and allocates a heap number on every store (two per busy-staff change).
   */
  private lastMin = 0;
  /** The interval last computed, its end (start + (i + 1)·width) and its band (see the NOTE). */
  private bandBin = -1;
  private bandEnd = 0;
  private bandLo = Infinity;
  private bandHi = -Infinity;
  private readonly margin: number;
  /** The time binOf() looks up (a field: no call carries a double). */
  private binAt = 0;

  constructor(
    readonly startMin: number,
    readonly widthMin: number,
    readonly bins: number,
  ) {
    this.sums = new Float64Array(bins);
    this.maxes = new Float64Array(bins);
    this.lastMin = startMin;
    this.margin = widthMin * 1e-6;
  }

  /** Time of the next `change` or `advanceAt` (see `set`). */
  at = 0;

  /** Sets the value at `nowMin` (≥ the previous update). */
  set(nowMin: number, value: number): void {
    // NOTE: hot paths set `at` and call change() themselves, so that no call carries a double
    // (V8 boxes one passed to a call it does not inline; see core/serverPool.ts).
    this.at = nowMin;
    this.change(value);
  }

  /** Sets the value at time `at`. */
  change(value: number): void {
    const now = this.at;
    const last = this.lastMin;
    if (now >= last && last >= this.bandLo && now < this.bandHi) {
      // NOTE: the last update and this one both in the band of the interval found last (the
      // common case: several changes per interval): what advanceAt and binOf would do there,
      // written out — the same sums and maxima, without their band tests and loop.
      const i = this.bandBin;
      if (now !== last) {
        const v = this.value;
        if (v !== 0) {
          this.sums[i] += v * (now - last);
          if (v > this.maxes[i]) this.maxes[i] = v;
        }
        this.lastMin = now;
      }
      this.value = value;
      if (value > this.maxes[i]) this.maxes[i] = value;
      return;
    }
    this.advanceAt();
    this.value = value;
    this.binAt = now;
    const i = this.binOf();
    if (i >= 0 && i < this.bins && value > this.maxes[i]) this.maxes[i] = value;
  }

  add(nowMin: number, delta: number): void {
    this.at = nowMin;
    this.change(this.value + delta);
  }

  /** Books the current value up to `nowMin`. */
  advance(nowMin: number): void {
    this.at = nowMin;
    this.advanceAt();
  }

  /** Books the current value up to time `at`. */
  advanceAt(): void {
    const nowMin = this.at;
    let t = this.lastMin < this.startMin ? this.startMin : this.lastMin;
    if (nowMin <= t) return;
    const v = this.value;
    const end = this.startMin + this.bins * this.widthMin;
    if (v !== 0) {
      while (t < nowMin && t < end) {
        this.binAt = t;
        const i = this.binOf();
        const binEnd = i === this.bandBin ? this.bandEnd : this.startMin + (i + 1) * this.widthMin;
        const to = nowMin < binEnd ? nowMin : binEnd;
        this.sums[i] += v * (to - t);
        if (v > this.maxes[i]) this.maxes[i] = v;
        t = to;
      }
      if (nowMin > end) this.after += v * (nowMin - (t > end ? t : end));
    }
    this.lastMin = nowMin;
  }

  /** Takes the figures and the state of `other` (an accumulator of the same intervals). */
  copyFrom(other: IntervalAccumulator): void {
    this.sums.set(other.sums);
    this.maxes.set(other.maxes);
    this.value = other.value;
    this.after = other.after;
    this.lastMin = other.lastMin;
  }

  reset(): void {
    this.sums.fill(0);
    this.maxes.fill(0);
    this.value = 0;
    this.after = 0;
    this.lastMin = this.startMin;
  }

  /** ⌊(binAt − start) / width⌋, from the band when binAt lies in it (see the NOTE). */
  private binOf(): number {
    const t = this.binAt;
    if (t >= this.bandLo && t < this.bandHi) return this.bandBin;
    const i = Math.floor((t - this.startMin) / this.widthMin);
    if (i >= 0 && i < this.bins) {
      const lo = this.startMin + i * this.widthMin;
      const end = this.startMin + (i + 1) * this.widthMin;
      this.bandBin = i;
      this.bandEnd = end;
      this.bandLo = lo + this.margin;
      this.bandHi = end - this.margin;
    }
    return i;
  }
}
