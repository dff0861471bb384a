/**
 * Headline KPIs as table rows (the KPI table of a run, the side-by-side table of several runs):
 * shares as percentages, minutes with one decimal, counts of people whole, each "mean ± 95 % CI".
 */
import type { Estimate } from '../../engine/results/index.js';
// Straight from the KPI table: the results index would bring every TypeBox schema into the bundle.
import { KPI_IDS, kpiDefinition } from '../../engine/results/kpis.js';
import type { ChartTable } from '../charts/index.js';

type Est = Pick<Estimate, 'mean' | 'ci95'> | null | undefined;

export function kpiText(id: string, e: Est): string {
  if (!e || e.mean === null || !Number.isFinite(e.mean)) return '—';
  const unit = kpiDefinition(id)?.unit;
  const share = unit === 'share';
  const digits = share
    ? 1
    : unit === 'count'
      ? 2
      : unit === 'seats' || unit === 'visitors' || unit === 'persons'
        ? 0
        : 1;
  const scale = share ? 100 : 1;
  const f = (x: number) => (scale * x).toFixed(digits);
  const body = e.ci95 === null || !Number.isFinite(e.ci95) ? f(e.mean) : `${f(e.mean)} ± ${f(e.ci95)}`;
  return share ? `${body} %` : body;
}

/** KPI ids present in any of the sets, in the order of engine/results/kpis.ts. */
export function kpiIdsOf(sets: readonly Record<string, unknown>[]): string[] {
  const present = new Set(sets.flatMap((s) => Object.keys(s)));
  return [
    ...KPI_IDS.filter((id) => present.has(id)),
    ...[...present].filter((id) => !(KPI_IDS as readonly string[]).includes(id)).sort(),
  ];
}

/** One column per run, one row per KPI any of them has. */
export function kpiComparisonTable(
  caption: string,
  kpiHeader: string,
  columns: readonly { label: string; kpis: Record<string, Est> }[],
  kpiLabel: (id: string) => string,
): ChartTable {
  const ids = kpiIdsOf(columns.map((c) => c.kpis));
  return {
    caption,
    header: [kpiHeader, ...columns.map((c) => c.label)],
    rows: ids.map((id) => [kpiLabel(id), ...columns.map((c) => kpiText(id, c.kpis[id]))]),
  };
}
