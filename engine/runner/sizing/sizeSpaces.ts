/**
 * Booth, focus-seat and meeting-room sizing: for each space, the fewest units such that a
 * request that wants it first finds one free with probability at least 1 − β (blocking ≤ β).
 *
 * The simulation feeds the first-choice requests of every space into loss systems of 0 … maxUnits
 * units at once (engine/models/workplace/shadowLossSystems.ts): each request records the smallest
 * size c₀ that accepts it, so blocking at size c is the share of requests with c₀ > c and the
 * carried load at size c sums the holding of requests with c₀ ≤ c. Every candidate size sees the
 * same requests (common random numbers), and blocking falls monotonically with the size.
 *
 * Each space is sized for the requests that want it first; overflow to a later preference
 * (a web meeting taking a group booth) only lowers the blocking further.
 */
import type { ShadowCounters } from '../../models/workplace/workplaceResult.js';
import { Moments } from '../summaryAccumulator.js';
import type { Estimate } from './sizeDesks.js';
import { histogramOf } from './workplaceFigures.js';

export interface BlockingCurvePoint extends Estimate {
  units: number;
  /** Busy unit-minutes ÷ available unit-minutes over core hours (mean across replications). */
  utilization: number | null;
}

export interface SpaceAnswer {
  /** Fewest units with estimated blocking ≤ β; null when even maxUnits is not enough. */
  unitsNeeded: number | null;
  /** Fewest units whose upper 95% confidence bound of blocking is ≤ β. */
  unitsNeededUpper: number | null;
  pBlockedAtNeeded: Estimate | null;
  /** First-choice requests per day (mean across replications). */
  requestsPerDay: number | null;
  curve: BlockingCurvePoint[];
}

/** Blocking and utilisation at 0 … maxUnits units in one replication of one space. */
export function blockingByUnits(
  shadow: ShadowCounters,
  days: number,
  coreMinPerDay: number,
  weekdays: readonly number[],
): { requestsPerDay: number; blocked: Float64Array; utilization: Float64Array } {
  const maxUnits = shadow.maxUnits;
  const counts = histogramOf(shadow.c0Counts, weekdays);
  const carried = histogramOf(shadow.carriedCoreMin, weekdays);
  const requests = counts.reduce((a, b) => a + b, 0);
  const blocked = new Float64Array(maxUnits + 1);
  const utilization = new Float64Array(maxUnits + 1);
  let accepted = 0;
  let load = 0;
  for (let c = 0; c <= maxUnits; c++) {
    // Requests with c₀ ≤ c are carried by c units; the rest are blocked.
    accepted += counts[c];
    load += carried[c];
    blocked[c] = requests > 0 ? (requests - accepted) / requests : NaN;
    utilization[c] = c > 0 && days > 0 && coreMinPerDay > 0 ? load / (c * coreMinPerDay * days) : NaN;
  }
  return { requestsPerDay: days > 0 ? requests / days : NaN, blocked, utilization };
}

/** The blocking curve of one space built one replication at a time. */
export class BlockingCurveAccumulator {
  private readonly blocked: Moments[] = [];
  private readonly utilization: Moments[] = [];
  private readonly requests = new Moments();

  constructor(private readonly weekdays: readonly number[] = [0, 1, 2, 3, 4]) {}

  add(shadow: ShadowCounters, days: number, coreMinPerDay: number): void {
    const r = blockingByUnits(shadow, days, coreMinPerDay, this.weekdays);
    this.requests.add(r.requestsPerDay);
    for (let c = 0; c < r.blocked.length; c++) {
      (this.blocked[c] ??= new Moments()).add(r.blocked[c]);
      (this.utilization[c] ??= new Moments()).add(r.utilization[c]);
    }
  }

  /** The fewest units with blocking ≤ β, and the curve behind the answer. */
  answer(beta: number): SpaceAnswer {
    const curve: BlockingCurvePoint[] = this.blocked.map((m, c) => {
      const b = m.summary();
      return { units: c, mean: b.mean, ci95: b.ci95, utilization: this.utilization[c].summary().mean };
    });
    const ok = (p: BlockingCurvePoint, upper: boolean) =>
      p.mean === null || p.mean + (upper ? (p.ci95 ?? 0) : 0) <= beta + 1e-12;
    const needed = curve.find((p) => ok(p, false))?.units ?? null;
    const neededUpper = curve.find((p) => ok(p, true))?.units ?? null;
    const at = needed === null ? null : curve[needed];
    return {
      unitsNeeded: needed,
      unitsNeededUpper: neededUpper,
      pBlockedAtNeeded: at === null ? null : { mean: at.mean, ci95: at.ci95 },
      requestsPerDay: this.requests.summary().mean,
      curve,
    };
  }
}

/**
 * Blocking curve of one space from its shadow counters in each replication, over the given
 * weekdays; `daysPerRep[i]` and `coreMinPerDay` scale the utilisation.
 */
export function sizeSpace(
  shadows: readonly ShadowCounters[],
  daysPerRep: readonly number[],
  coreMinPerDay: number,
  beta: number,
  weekdays: readonly number[] = [0, 1, 2, 3, 4],
): SpaceAnswer {
  const acc = new BlockingCurveAccumulator(weekdays);
  shadows.forEach((sh, i) => acc.add(sh, daysPerRep[i], coreMinPerDay));
  return acc.answer(beta);
}
