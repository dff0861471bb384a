/**
 * Desk sizing per zone: the fewest desks S such that a shortage happens on at most α of days
 * (sources §2.1, §6.6: per zone, smallest S with P(daily peak > S) ≤ α).
 *
 * A zone's desk demand (its staff in the office at once, wanting a desk) does not depend on how
 * many desks there are, so one simulation gives the whole curve: with S desks and no overflow, a
 * day has a shortage exactly when its peak demand exceeds S. Every candidate S is therefore
 * judged on the same simulated days (common random numbers in the strongest form), and the curve
 * is monotone by construction. The estimate of P(peak > S) is the mean over replications of the
 * share of such days, with its 95% confidence half-width.
 */
import { Moments } from '../summaryAccumulator.js';
import { histogramOf } from './workplaceFigures.js';

/** Mean and 95% half-width across replications (null where undefined). */
export interface Estimate {
  mean: number | null;
  ci95: number | null;
}

export interface ShortageCurvePoint extends Estimate {
  desks: number;
}

export interface DeskAnswer {
  /** Fewest desks with estimated P(shortage day) ≤ α. */
  desksNeeded: number;
  /** Fewest desks whose upper 95% confidence bound is ≤ α (the cautious answer). */
  desksNeededUpper: number;
  pShortageAtNeeded: Estimate;
  /** P(peak > S) for S = 0 … staff. */
  curve: ShortageCurvePoint[];
}

/** P(peak > S) for S = 0 … width − 1 in one replication, from its [weekday][value] histogram of daily peaks. */
export function shortageShares(byWeekday: readonly (readonly number[])[], weekdays: readonly number[]): Float64Array {
  const counts = histogramOf(byWeekday, weekdays);
  const width = Math.max(1, counts.length);
  const total = counts.reduce((a, b) => a + b, 0);
  const above = new Float64Array(width);
  let acc = 0;
  for (let s = width - 1; s >= 0; s--) {
    above[s] = total > 0 ? acc / total : NaN;
    acc += counts[s] ?? 0;
  }
  return above;
}

/** The shortage curve built one replication at a time (memory: one point per desk count). */
export class ShortageCurveAccumulator {
  private readonly points: Moments[] = [];

  constructor(private readonly weekdays: readonly number[]) {}

  add(byWeekday: readonly (readonly number[])[]): void {
    const above = shortageShares(byWeekday, this.weekdays);
    for (let s = 0; s < above.length; s++) (this.points[s] ??= new Moments()).add(above[s]);
  }

  curve(): ShortageCurvePoint[] {
    return this.points.map((m, s) => {
      const sum = m.summary();
      return { desks: s, mean: sum.mean, ci95: sum.ci95 };
    });
  }
}

/**
 * The shortage curve from per-replication histograms of the daily peak ([replication][weekday][value]),
 * over the given weekdays.
 */
export function shortageCurve(
  histograms: readonly (readonly (readonly number[])[])[],
  weekdays: readonly number[],
): ShortageCurvePoint[] {
  const acc = new ShortageCurveAccumulator(weekdays);
  for (const h of histograms) acc.add(h);
  return acc.curve();
}

/** Reads the answer off a curve for shortage probability α. */
export function answerFromCurve(curve: readonly ShortageCurvePoint[], alpha: number): DeskAnswer {
  const last = curve.length - 1;
  const ok = (p: ShortageCurvePoint, upper: boolean) => (p.mean ?? 0) + (upper ? (p.ci95 ?? 0) : 0) <= alpha + 1e-12;
  const needed = curve.find((p) => ok(p, false))?.desks ?? last;
  const neededUpper = curve.find((p) => ok(p, true))?.desks ?? last;
  const at = curve[needed];
  return {
    desksNeeded: needed,
    desksNeededUpper: neededUpper,
    pShortageAtNeeded: { mean: at.mean, ci95: at.ci95 },
    curve: [...curve],
  };
}

/** Desks needed for α on the given weekdays. */
export function sizeDesks(
  histograms: readonly (readonly (readonly number[])[])[],
  alpha: number,
  weekdays: readonly number[] = [0, 1, 2, 3, 4],
): DeskAnswer {
  return answerFromCurve(shortageCurve(histograms, weekdays), alpha);
}
