/**
 * Customers as struct-of-arrays (bitECS style): one typed array per attribute, ids recycled
 * through a free list, arrays doubled when full. No object per customer, so a run of ten
 * million customers allocates no more than a run of one million.
 */
export const FREE = 0;
export const WAITING = 1;
export const IN_SERVICE = 2;

/**
 * Most customers a replication may hold at once. Beyond this the model is overloaded (arrivals
 * outrun service without bound): the run stops with a clear error instead of exhausting memory.
 */
export const MAX_CUSTOMERS_IN_SYSTEM = 20_000_000;

/** Thrown when a replication exceeds MAX_CUSTOMERS_IN_SYSTEM. */
export class OverloadError extends Error {
  constructor(limit: number) {
    super(
      `more than ${limit.toLocaleString('en-US')} customers in the system at once: arrivals outrun service ` +
        '(check rates, servers and schedules, or bound the line with queueCapacity)',
    );
    this.name = 'OverloadError';
  }
}

export class CustomerTable {
  systemArrivalMin: Float64Array;
  stationArrivalMin: Float64Array;
  station: Int32Array;
  priority: Int32Array;
  /** Bumped whenever a pending patience event must be ignored (lazy cancellation). */
  tag: Int32Array;
  state: Uint8Array;
  private free: Int32Array;
  private freeCount = 0;
  private size = 0;
  /** Customers currently allocated (in the system). */
  inUse = 0;

  constructor(initialCapacity = 1024) {
    const n = Math.max(16, initialCapacity);
    this.systemArrivalMin = new Float64Array(n);
    this.stationArrivalMin = new Float64Array(n);
    this.station = new Int32Array(n);
    this.priority = new Int32Array(n);
    this.tag = new Int32Array(n);
    this.state = new Uint8Array(n);
    this.free = new Int32Array(n);
  }

  /** A fresh customer id. */
  alloc(): number {
    this.inUse++;
    if (this.freeCount > 0) return this.free[--this.freeCount];
    if (this.size === this.state.length) this.grow();
    return this.size++;
  }

  /** Returns `id` to the free list. */
  release(id: number): void {
    this.state[id] = FREE;
    this.tag[id]++;
    this.free[this.freeCount++] = id;
    this.inUse--;
  }

  private grow(): void {
    if (this.state.length >= MAX_CUSTOMERS_IN_SYSTEM) throw new OverloadError(MAX_CUSTOMERS_IN_SYSTEM);
    const n = Math.min(this.state.length * 2, MAX_CUSTOMERS_IN_SYSTEM);
    this.systemArrivalMin = copy(new Float64Array(n), this.systemArrivalMin);
    this.stationArrivalMin = copy(new Float64Array(n), this.stationArrivalMin);
    this.station = copy(new Int32Array(n), this.station);
    this.priority = copy(new Int32Array(n), this.priority);
    this.tag = copy(new Int32Array(n), this.tag);
    this.state = copy(new Uint8Array(n), this.state);
    this.free = copy(new Int32Array(n), this.free);
  }
}

function copy<T extends Float64Array | Int32Array | Uint8Array>(to: T, from: T): T {
  to.set(from as never);
  return to;
}
