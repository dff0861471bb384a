/** One piece of a capacity schedule: `servers` on [fromMin, toMin). */
export interface CapacityPiece {
  fromMin: number;
  toMin: number;
  servers: number;
}

/**
 * A piecewise-constant number of servers over time, optionally repeating every `periodMin`.
 * Outside every piece the capacity is 0 (closed). The step function is precomputed as
 * breakpoints so that the model only schedules an event where the value really changes.
 */
export class CapacitySchedule {
  /** Breakpoint times within one period (first is 0), and the capacity from each breakpoint on. */
  private readonly atMin: Float64Array;
  private readonly servers: Float64Array;
  readonly periodMin: number;

  constructor(pieces: readonly CapacityPiece[], periodMin?: number) {
    this.periodMin = periodMin ?? Infinity;
    const cuts = new Set<number>([0]);
    for (const p of pieces) {
      cuts.add(p.fromMin);
      cuts.add(p.toMin);
    }
    const times = [...cuts].filter((t) => t >= 0 && t < this.periodMin).sort((a, b) => a - b);
    const values = times.map((t) => {
      const piece = pieces.find((p) => p.fromMin <= t && t < p.toMin);
      return piece ? piece.servers : 0;
    });
    // Merge equal neighbours so every breakpoint is a real change.
    const at: number[] = [];
    const val: number[] = [];
    for (let i = 0; i < times.length; i++) {
      if (i === 0 || values[i] !== val[val.length - 1]) {
        at.push(times[i]);
        val.push(values[i]);
      }
    }
    this.atMin = Float64Array.from(at);
    this.servers = Float64Array.from(val);
  }

  /** Servers at time `tMin` (Infinity for an unlimited piece). */
  capacityAt(tMin: number): number {
    const local = this.localTime(tMin);
    let i = this.atMin.length - 1;
    while (i > 0 && this.atMin[i] > local) i--;
    return this.servers[i];
  }

  /** Absolute time of the first change strictly after `tMin`, or +Infinity if none. */
  nextChangeMin(tMin: number): number {
    const period = this.periodMin;
    const base = period === Infinity ? 0 : Math.floor(tMin / period) * period;
    const local = tMin - base;
    for (let i = 0; i < this.atMin.length; i++) {
      if (this.atMin[i] > local) return base + this.atMin[i];
    }
    if (period === Infinity) return Infinity;
    // Wraps to the next period: a change there only if the end value differs from the start value.
    const last = this.servers[this.servers.length - 1];
    if (this.servers[0] !== last) return base + period;
    return this.atMin.length > 1 ? base + period + this.atMin[1] : Infinity;
  }

  /** Whether the capacity is ever positive (a station that never opens is usually a mistake). */
  everOpen(): boolean {
    return this.servers.some((s) => s > 0);
  }

  private localTime(tMin: number): number {
    return this.periodMin === Infinity ? tMin : tMin - Math.floor(tMin / this.periodMin) * this.periodMin;
  }
}
