/**
 * Desks vs the probability of a shortage day (some staff find no desk), with its 95 % CI, the
 * acceptable risk α and markers for the desks needed (smallest count with P ≤ α) and today's.
 */
import type { Chart, ChartOptions } from './chartTypes.js';
import { riskCurveChart, type RiskCurveLabels } from './riskCurve.js';

export interface ShortagePoint {
  /** Desks provided (integer). */
  desks: number;
  /** P(shortage day), 0–1, over replications; null when not estimated. */
  pShortage: number | null;
  /** Half-width of its 95 % confidence interval. */
  ci95: number | null;
}

export interface ShortageCurveChartData {
  /** One point per desk count, any order (drawn sorted). */
  points: ShortagePoint[];
  /** Acceptable P(shortage day), e.g. 0.05. */
  alpha: number | null;
  /** Desks needed to meet α. */
  neededDesks?: number | null;
  /** Desks in today's office. */
  todayDesks?: number | null;
  /** `limit` names the α rule. */
  labels: RiskCurveLabels;
}

export function shortageCurveChart(data: ShortageCurveChartData, options: ChartOptions): Chart {
  return riskCurveChart(
    {
      kind: 'shortage-curve',
      points: data.points.map((pt) => ({ capacity: pt.desks, p: pt.pShortage, ci95: pt.ci95 })),
      limit: data.alpha,
      needed: data.neededDesks ?? null,
      today: data.todayDesks ?? null,
      labels: data.labels,
    },
    options,
  );
}
