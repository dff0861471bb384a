/**
 * The visitors' walks that end in the order they started: events kept in a first-in first-out
 * ring outside the event heap, each with the time and the calendar key its heap entry would have
 * had, and merged with the heap by the simulation's loop (VisitorSimulation.runDay).
 *
 * NOTE (speed): most walks take the same minutes (entrance → counter), so each ends no earlier
 * than the one booked before it, and a FIFO holds them in (time, key) order: a walk then costs
 * no push and pop of the heap, whose events (services ending) are minutes away. A walk that
 * would end before the last one in the ring goes to the heap instead (VisitorSimulation.walk),
 * so the ring stays in order and the merged order is the heap's, ties included.
 */
export class WalkLane {
  /** Time and key of the next `push` (fields, not arguments: no call carries a double). */
  at = 0;
  atKey = 0;
  /** Time and key of the first walk to end (valid while `length` > 0). */
  firstTime = 0;
  firstKey = 0;
  private times = new Float64Array(64);
  private keys = new Float64Array(64);
  private visitors = new Int32Array(64);
  /** Ring positions of the first entry and of the next free slot; `count` entries in between. */
  private head = 0;
  private count = 0;
  private lastTime = -Infinity;

  get length(): number {
    return this.count;
  }

  /** True when a walk ending at `at` keeps the ring in order (it ends no earlier than the last one). */
  fits(): boolean {
    return this.count === 0 || this.at >= this.lastTime;
  }

  /** Appends visitor `v`'s walk, ending at `at` with key `atKey` (check `fits` first). */
  push(v: number): void {
    if (this.count === this.times.length) this.grow();
    const mask = this.times.length - 1;
    const i = (this.head + this.count) & mask;
    this.times[i] = this.at;
    this.keys[i] = this.atKey;
    this.visitors[i] = v;
    this.lastTime = this.at;
    if (this.count++ === 0) {
      this.firstTime = this.at;
      this.firstKey = this.atKey;
    }
  }

  /** Removes the first walk and returns its visitor. */
  take(): number {
    const v = this.visitors[this.head];
    this.head = (this.head + 1) & (this.times.length - 1);
    if (--this.count > 0) {
      this.firstTime = this.times[this.head];
      this.firstKey = this.keys[this.head];
    }
    return v;
  }

  clear(): void {
    this.head = 0;
    this.count = 0;
    this.lastTime = -Infinity;
  }

  /** Doubles the ring (a power of two), unrolling it to start at 0. */
  private grow(): void {
    const n = this.times.length;
    const times = new Float64Array(2 * n);
    const keys = new Float64Array(2 * n);
    const visitors = new Int32Array(2 * n);
    for (let k = 0; k < n; k++) {
      const i = (this.head + k) & (n - 1);
      times[k] = this.times[i];
      keys[k] = this.keys[i];
      visitors[k] = this.visitors[i];
    }
    this.times = times;
    this.keys = keys;
    this.visitors = visitors;
    this.head = 0;
  }
}
