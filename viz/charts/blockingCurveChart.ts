/**
 * Units (meeting rooms, booths, phone booths…) vs the probability that a request finds every unit
 * busy, with its 95 % CI, the acceptable risk β and markers for the units needed and today's.
 */
import type { Chart, ChartOptions } from './chartTypes.js';
import { riskCurveChart, type RiskCurveLabels } from './riskCurve.js';

export interface BlockingPoint {
  /** Units provided (integer). */
  units: number;
  /** P(blocked), 0–1, over replications; null when not estimated. */
  pBlocked: number | null;
  /** Half-width of its 95 % confidence interval. */
  ci95: number | null;
}

export interface BlockingCurveChartData {
  /** One point per unit count, any order (drawn sorted). */
  points: BlockingPoint[];
  /** Acceptable P(blocked), e.g. 0.1. */
  beta: number | null;
  /** Units needed to meet β. */
  neededUnits?: number | null;
  /** Units provided today. */
  todayUnits?: number | null;
  /** `limit` names the β rule. */
  labels: RiskCurveLabels;
}

export function blockingCurveChart(data: BlockingCurveChartData, options: ChartOptions): Chart {
  return riskCurveChart(
    {
      kind: 'blocking-curve',
      points: data.points.map((pt) => ({ capacity: pt.units, p: pt.pBlocked, ci95: pt.ci95 })),
      limit: data.beta,
      needed: data.neededUnits ?? null,
      today: data.todayUnits ?? null,
      labels: data.labels,
    },
    options,
  );
}
