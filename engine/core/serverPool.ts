import { TimeAverage } from './timeAverage.js';
import { WaitingLine } from './waitingLine.js';

/**
 * A pool of identical servers with a waiting line (a counter group, a booth pool).
 *
 * Semantics (docs/engine.md, "Resources"):
 * - `capacity` may be any integer ≥ 0 or +Infinity (unlimited: nobody ever waits).
 * - When capacity falls below the number busy, nobody is interrupted: each server finishes
 *   the customer in service, no new service starts until busy < capacity, and the excess
 *   (busy − capacity) integrated over time is recorded as overtime server-minutes.
 * - `queueCapacity` bounds the waiting line (+Infinity for unlimited); an arrival that finds
 *   no free server and a full line is blocked. queueCapacity 0 makes a loss system.
 * - The line serves lower priority classes first, FIFO within a class; a waiting customer
 *   can leave (renege) and is removed cleanly.
 *
 * The pool keeps only counts and time averages; who waits how long is the model's business.
 *
 * NOTE: no call inside the pool carries a double. V8 boxes a double passed to a call it does not
 * inline (16 bytes of garbage each), and which calls it inlines depends on budgets and depth that
 * nobody controls. So each public method that takes a time parks it in `at` and calls its `…At`
 * form, which reads `at`; models call the `…At` forms directly after setting `at`, and the time
 * averages are fed the same way (`track`). MMC-REF allocated 40 bytes per event before.
 */
export class ServerPool {
  capacity: number;
  busy = 0;
  readonly queueCapacity: number;
  readonly line: WaitingLine;
  /** Time averages of busy servers, waiting customers, capacity, and busy-over-capacity. */
  readonly busyTime = new TimeAverage();
  readonly queueTime = new TimeAverage();
  readonly capacityTime = new TimeAverage();
  readonly overtimeTime = new TimeAverage();
  /** Time (minutes) of the `…At` operation called next (see the NOTE above). */
  at = 0;

  constructor(
    readonly name: string,
    capacity: number,
    queueCapacity = Infinity,
    priorityClasses = 1,
  ) {
    this.capacity = capacity;
    this.queueCapacity = queueCapacity;
    this.line = new WaitingLine(priorityClasses);
    this.capacityTime.set(0, capacity === Infinity ? 0 : capacity);
  }

  /** Seizes a server if one is free; true on success. */
  tryAcquire(nowMin: number): boolean {
    this.at = nowMin;
    return this.acquireAt();
  }

  /** Puts `id` in the line; false (blocked) when the line is full. */
  join(id: number, priority: number, nowMin: number): boolean {
    this.at = nowMin;
    return this.joinAt(id, priority);
  }

  /** Takes `id` out of the line (reneging); false if it was not waiting. */
  leave(id: number, priority: number, nowMin: number): boolean {
    this.at = nowMin;
    return this.leaveAt(id, priority);
  }

  /** Frees one server (a service ended). */
  release(nowMin: number): void {
    this.at = nowMin;
    this.releaseAt();
  }

  /**
   * A service ended: the freed server goes straight to the next customer in line when the
   * schedule allows (returns their id), else it is released (returns −1).
   * NOTE: one call instead of release() + startNext() saves two time-average updates per service.
   */
  releaseToNext(nowMin: number): number {
    this.at = nowMin;
    return this.releaseToNextAt();
  }

  /** If a server is free and someone waits, seizes the server for them and returns their id; else −1. */
  startNext(nowMin: number): number {
    this.at = nowMin;
    return this.startNextAt();
  }

  /** Changes the number of servers; callers then start waiting customers with startNext(). */
  setCapacity(capacity: number, nowMin: number): void {
    this.capacity = capacity;
    this.capacityTime.set(nowMin, capacity === Infinity ? 0 : capacity);
    this.at = nowMin;
    this.updateOvertime();
  }

  /** Starts a new observation window (end of warm-up). */
  resetStatistics(nowMin: number): void {
    this.busyTime.reset(nowMin);
    this.queueTime.reset(nowMin);
    this.capacityTime.reset(nowMin);
    this.overtimeTime.reset(nowMin);
  }

  /** Busy server-minutes ÷ available server-minutes over the window; NaN if unlimited or never open. */
  utilizationTo(nowMin: number): number {
    if (this.capacity === Infinity) return NaN;
    const available = this.capacityTime.integralTo(nowMin);
    return available > 0 ? (this.busyTime.integralTo(nowMin) - this.overtimeTime.integralTo(nowMin)) / available : NaN;
  }

  // The same operations at time `at`.

  /** tryAcquire at time `at`. */
  acquireAt(): boolean {
    if (this.busy >= this.capacity) return false;
    this.busy++;
    this.track(this.busyTime, this.busy);
    return true;
  }

  /** join at time `at`. */
  joinAt(id: number, priority: number): boolean {
    if (this.line.length >= this.queueCapacity) return false;
    this.line.push(id, priority);
    this.track(this.queueTime, this.line.length);
    return true;
  }

  /** leave at time `at`. */
  leaveAt(id: number, priority: number): boolean {
    if (!this.line.remove(id, priority)) return false;
    this.track(this.queueTime, this.line.length);
    return true;
  }

  /** release at time `at`. */
  releaseAt(): void {
    this.busy--;
    this.track(this.busyTime, this.busy);
    if (this.overtimeTime.value > 0) this.updateOvertime();
  }

  /** releaseToNext at time `at`. */
  releaseToNextAt(): number {
    if (this.line.length > 0 && this.busy <= this.capacity) {
      const id = this.line.shift();
      this.track(this.queueTime, this.line.length);
      return id;
    }
    this.releaseAt();
    return -1;
  }

  /** startNext at time `at`. */
  startNextAt(): number {
    if (this.busy >= this.capacity || this.line.length === 0) return -1;
    const id = this.line.shift();
    this.track(this.queueTime, this.line.length);
    this.busy++;
    this.track(this.busyTime, this.busy);
    return id;
  }

  /** Sets a time average to `value` at time `at`. */
  private track(average: TimeAverage, value: number): void {
    average.at = this.at;
    average.change(value);
  }

  private updateOvertime(): void {
    const excess = this.busy > this.capacity ? this.busy - this.capacity : 0;
    if (excess !== this.overtimeTime.value) this.track(this.overtimeTime, excess);
  }
}
