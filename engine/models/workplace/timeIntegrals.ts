/**
 * Piecewise-constant counts and their time integrals, one entry per index (struct of arrays):
 * the value, when it last changed, and ∫ value dt so far. The typed-array form of core's
 * TimeAverage for many small quantities (desks in use per zone, units taken per space) with no
 * object per quantity.
 */
export class TimeIntegrals {
  readonly value: Int32Array;
  readonly last: Float64Array;
  readonly integral: Float64Array;

  constructor(n: number) {
    this.value = new Int32Array(n);
    this.last = new Float64Array(n);
    this.integral = new Float64Array(n);
  }

  /** Adds `delta` to value i at time `nowMin`. */
  add(i: number, delta: number, nowMin: number): void {
    this.integral[i] += this.value[i] * (nowMin - this.last[i]);
    this.last[i] = nowMin;
    this.value[i] += delta;
  }

  /** ∫ value_i dt from time 0 to `nowMin`. */
  integralTo(i: number, nowMin: number): number {
    return this.integral[i] + this.value[i] * (nowMin - this.last[i]);
  }
}
