/**
 * A NetworkSimulation that checks the model's invariants after every event (the "debug
 * assertions" of the test suite; the production class carries no checks in its hot loop).
 */
import { NetworkSimulation, type CompiledStation } from '../../engine/models/network/networkSimulation.js';

export class CheckedNetworkSimulation extends NetworkSimulation {
  readonly violations: string[] = [];
  /** (station, priority) → station-arrival time of the last customer who started service. */
  private readonly lastStartArrival = new Map<string, number>();
  private readonly busyBefore: number[] = [];
  minWaitMin = Infinity;

  override handle(kind: number, entity: number, tag: number): void {
    this.stations.forEach((st, i) => (this.busyBefore[i] = st.pool.busy));
    super.handle(kind, entity, tag);
    this.stations.forEach((st, i) => this.check(st, i));
  }

  protected override startService(id: number, st: CompiledStation): void {
    const arrival = this.customers.stationArrivalMin[id];
    this.minWaitMin = Math.min(this.minWaitMin, this.cal.now - arrival);
    // Reneging removes customers from the line but never reorders it, so start order within a
    // (station, priority) class must follow arrival order at the station.
    const key = `${st.id}/${this.customers.priority[id]}`;
    const last = this.lastStartArrival.get(key) ?? -Infinity;
    if (arrival < last) this.violations.push(`FIFO broken at ${key}: started arrival ${arrival} after ${last}`);
    this.lastStartArrival.set(key, arrival);
    super.startService(id, st);
  }

  private check(st: CompiledStation, i: number): void {
    const pool = st.pool;
    const at = `t=${this.cal.now} station ${st.id}`;
    if (pool.busy < 0) this.violations.push(`${at}: busy ${pool.busy} < 0`);
    if (pool.line.length > pool.queueCapacity)
      this.violations.push(`${at}: line ${pool.line.length} > capacity ${pool.queueCapacity}`);
    // Above capacity is only allowed as overtime: busy may then fall but never rise.
    if (pool.busy > pool.capacity && pool.busy > this.busyBefore[i]) {
      this.violations.push(`${at}: busy rose to ${pool.busy} above capacity ${pool.capacity}`);
    }
    // Work conservation: nobody waits while a server is free.
    if (pool.line.length > 0 && pool.busy < pool.capacity)
      this.violations.push(`${at}: ${pool.line.length} waiting with a free server`);
  }
}
