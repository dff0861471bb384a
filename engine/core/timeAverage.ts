/**
 * Time-weighted average of a piecewise-constant quantity (queue length, busy servers):
 * the integral of the value over time divided by the elapsed time since `reset`.
 *
 * NOTE: `set` parks the time in `at` and calls `change`; hot paths set `at` and call `change`
 * themselves, so that no double crosses a call V8 might not inline (it would box it: 16 bytes of
 * garbage per update; see core/serverPool.ts).
 */
export class TimeAverage {
  /** Current value of the quantity. */
  value = 0;
  /** Largest value seen since reset. */
  max = 0;
  /** Time of the next `change` (see the NOTE above). */
  at = 0;
  private lastMin = 0;
  private startMin = 0;
  private integral = 0;

  /** Sets the value at time `nowMin` (≥ the previous update). */
  set(nowMin: number, value: number): void {
    this.at = nowMin;
    this.change(value);
  }

  /** Sets the value at time `at` (set that field first). */
  change(value: number): void {
    const now = this.at;
    this.integral += this.value * (now - this.lastMin);
    this.lastMin = now;
    this.value = value;
    if (value > this.max) this.max = value;
  }

  /** Adds `delta` to the value at time `nowMin`. */
  add(nowMin: number, delta: number): void {
    this.at = nowMin;
    this.change(this.value + delta);
  }

  /** Integral of the value from the last reset to `nowMin` (value × minutes). */
  integralTo(nowMin: number): number {
    return this.integral + this.value * (nowMin - this.lastMin);
  }

  /** Average over [reset time, nowMin]; NaN over an empty span. */
  averageTo(nowMin: number): number {
    const span = nowMin - this.startMin;
    return span > 0 ? this.integralTo(nowMin) / span : NaN;
  }

  /** Starts a new observation window at `nowMin`, keeping the current value (end of warm-up). */
  reset(nowMin: number): void {
    this.integral = 0;
    this.lastMin = nowMin;
    this.startMin = nowMin;
    this.max = this.value;
  }
}
