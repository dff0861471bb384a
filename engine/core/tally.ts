/**
 * Streaming mean, variance, min and max of observations (Welford 1962), in O(1) memory.
 *
 * NOTE: hot paths set `x` and call `commit()` instead of `add(x)`, so that no double crosses a
 * call: V8 boxes a double passed to a call it does not inline (16 bytes of garbage each), and
 * which calls it inlines depends on budgets nobody controls (see core/serverPool.ts).
 */
export class Tally {
  count = 0;
  mean = 0;
  min = Infinity;
  max = -Infinity;
  /** The observation `commit` adds (see the NOTE above). */
  x = 0;
  private m2 = 0;

  /** Adds one observation. */
  add(x: number): void {
    this.x = x;
    this.commit();
  }

  /** Adds the observation in `x`. */
  commit(): void {
    const x = this.x;
    const n = ++this.count;
    const delta = x - this.mean;
    this.mean += delta / n;
    this.m2 += delta * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  /** Sample variance (n − 1 denominator); NaN with fewer than two observations. */
  variance(): number {
    return this.count > 1 ? this.m2 / (this.count - 1) : NaN;
  }

  /** Mean, or NaN when nothing was observed (so "no data" never looks like zero). */
  meanOrNaN(): number {
    return this.count > 0 ? this.mean : NaN;
  }

  reset(): void {
    this.count = 0;
    this.mean = 0;
    this.m2 = 0;
    this.min = Infinity;
    this.max = -Infinity;
  }
}
