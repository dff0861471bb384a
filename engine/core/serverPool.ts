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
    if (this.busy >= this.capacity) return false;
    this.busy++;
    this.busyTime.set(nowMin, this.busy);
    return true;
  }

  /** Puts `id` in the line; false (blocked) when the line is full. */
  join(id: number, priority: number, nowMin: number): boolean {
    if (this.line.length >= this.queueCapacity) return false;
    this.line.push(id, priority);
    this.queueTime.set(nowMin, this.line.length);
    return true;
  }

  /** Takes `id` out of the line (reneging); false if it was not waiting. */
  leave(id: number, priority: number, nowMin: number): boolean {
    if (!this.line.remove(id, priority)) return false;
    this.queueTime.set(nowMin, this.line.length);
    return true;
  }

  /** Frees one server (a service ended). */
  release(nowMin: number): void {
    this.busy--;
    this.busyTime.set(nowMin, this.busy);
    if (this.overtimeTime.value > 0) this.updateOvertime(nowMin);
  }

  /**
   * A service ended: the freed server goes straight to the next customer in line when the
   * schedule allows (returns their id), else it is released (returns −1).
   * NOTE: one call instead of release() + startNext() saves two time-average updates per service.
   */
  releaseToNext(nowMin: number): number {
    if (this.line.length > 0 && this.busy <= this.capacity) {
      const id = this.line.shift();
      this.queueTime.set(nowMin, this.line.length);
      return id;
    }
    this.release(nowMin);
    return -1;
  }

  /** If a server is free and someone waits, seizes the server for them and returns their id; else −1. */
  startNext(nowMin: number): number {
    if (this.busy >= this.capacity || this.line.length === 0) return -1;
    const id = this.line.shift();
    this.queueTime.set(nowMin, this.line.length);
    this.busy++;
    this.busyTime.set(nowMin, this.busy);
    return id;
  }

  /** Changes the number of servers; callers then start waiting customers with startNext(). */
  setCapacity(capacity: number, nowMin: number): void {
    this.capacity = capacity;
    this.capacityTime.set(nowMin, capacity === Infinity ? 0 : capacity);
    this.updateOvertime(nowMin);
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

  private updateOvertime(nowMin: number): void {
    const excess = this.busy > this.capacity ? this.busy - this.capacity : 0;
    if (excess !== this.overtimeTime.value) this.overtimeTime.set(nowMin, excess);
  }
}
