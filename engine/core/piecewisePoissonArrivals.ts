import type { ArrivalProcess } from './arrivalProcess.js';
import type { RandomStream } from './randomStream.js';

/** One piece of a rate profile: `perHour` arrivals per hour on [fromMin, toMin). */
export interface RatePiece {
  fromMin: number;
  toMin: number;
  perHour: number;
}

/**
 * Non-homogeneous Poisson arrivals with a piecewise-constant rate, optionally repeating every
 * `periodMin` (a day: 1440). Exact, by inverting the cumulative rate: draw E ~ Exp(1) and walk
 * forward until the integrated rate reaches E (Çinlar's method) — no thinning, so no wasted
 * draws in quiet hours, and zero-rate gaps are simply skipped. Outside every piece the rate is 0.
 */
export class PiecewisePoissonArrivals implements ArrivalProcess {
  private readonly from: Float64Array;
  private readonly to: Float64Array;
  private readonly ratePerMin: Float64Array;
  private readonly periodMin: number;
  private readonly massPerPeriod: number;

  /** `pieces` must not overlap; `periodMin`, if given, must be ≥ the last `toMin`. */
  constructor(
    pieces: readonly RatePiece[],
    private readonly rng: RandomStream,
    periodMin?: number,
  ) {
    const sorted = [...pieces].sort((a, b) => a.fromMin - b.fromMin);
    this.from = Float64Array.from(sorted, (p) => p.fromMin);
    this.to = Float64Array.from(sorted, (p) => p.toMin);
    this.ratePerMin = Float64Array.from(sorted, (p) => p.perHour / 60);
    this.periodMin = periodMin ?? Infinity;
    let mass = 0;
    for (let i = 0; i < sorted.length; i++) mass += this.ratePerMin[i] * (this.to[i] - this.from[i]);
    this.massPerPeriod = mass;
  }

  /** In: the time after which the next arrival is wanted; out (after advance()): that arrival's time. */
  at = 0;

  nextArrivalMin(afterMin: number): number {
    this.at = afterMin;
    this.advance();
    return this.at;
  }

  /**
   * Replaces `at` by the time of the next arrival after it (+Infinity when there is none): the
   * allocation-free form of nextArrivalMin for hot loops (no double crosses the call).
   */
  advance(): void {
    const afterMin = this.at;
    this.rng.step();
    let need = -Math.log(1 - this.rng.u);
    const period = this.periodMin;
    const n = this.from.length;
    if (n === 0 || this.massPerPeriod <= 0) {
      this.at = Infinity;
      return;
    }
    // Position inside the current period.
    let base = period === Infinity ? 0 : Math.floor(afterMin / period) * period;
    let t = afterMin;
    // Skip whole periods at once when the need is large (cheap for long quiet horizons).
    if (period !== Infinity && need > this.massPerPeriod) {
      const skip = Math.floor(need / this.massPerPeriod);
      need -= skip * this.massPerPeriod;
      base += skip * period;
      t += skip * period;
    }
    for (;;) {
      for (let i = 0; i < n; i++) {
        const lo = base + this.from[i];
        const hi = base + this.to[i];
        if (hi <= t) continue;
        const start = t > lo ? t : lo;
        const rate = this.ratePerMin[i];
        if (rate <= 0) continue;
        const mass = rate * (hi - start);
        if (mass >= need) {
          this.at = start + need / rate;
          return;
        }
        need -= mass;
      }
      if (period === Infinity) {
        this.at = Infinity;
        return;
      }
      base += period;
      t = base;
    }
  }
}
