/**
 * Paired and unpaired comparison of one KPI between two scenarios run on the same replications.
 * Pairing: the difference is taken replication by replication (common random numbers make the
 * pairs move together), so its confidence interval is the t interval of the differences. The
 * unpaired interval (Welch) treats the two samples as independent: what a reader would get from
 * two separate runs, shown beside the paired one to make the gain of pairing visible.
 */
import { studentTQuantile as tQuantile } from '../../engine/core/studentTQuantile.js';
import { Moments } from '../../engine/runner/summaryAccumulator.js';
import type { KpiDefinition, MetricComparison } from '../../engine/results/index.js';

export function compareKpi(base: readonly number[], variant: readonly number[], kpi: KpiDefinition): MetricComparison {
  const b = new Moments();
  const v = new Moments();
  const d = new Moments();
  const n = Math.min(base.length, variant.length);
  for (let i = 0; i < n; i++) {
    b.add(base[i]);
    v.add(variant[i]);
    if (Number.isFinite(base[i]) && Number.isFinite(variant[i])) d.add(variant[i] - base[i]);
  }
  const bs = b.summary();
  const vs = v.summary();
  const ds = d.summary();
  const diff = { mean: ds.mean, ci95: ds.ci95, n: ds.n };
  return {
    base: { mean: bs.mean, ci95: bs.ci95 },
    variant: { mean: vs.mean, ci95: vs.ci95 },
    diff,
    unpairedCi95: welchHalfWidth(b, v),
    verdict: verdictOf(diff, kpi),
  };
}

/** Half-width of the 95% Welch interval of the difference of two means; null when undefined. */
export function welchHalfWidth(a: Moments, b: Moments): number | null {
  const sa = a.sd;
  const sb = b.sd;
  if (sa === null || sb === null) return null;
  const va = (sa * sa) / a.n;
  const vb = (sb * sb) / b.n;
  const se2 = va + vb;
  if (se2 === 0) return 0;
  // Welch–Satterthwaite degrees of freedom.
  const df = (se2 * se2) / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  return tQuantile(0.975, df) * Math.sqrt(se2);
}

function verdictOf(
  diff: { mean: number | null; ci95: number | null },
  kpi: KpiDefinition,
): MetricComparison['verdict'] {
  if (diff.mean === null || diff.ci95 === null) return 'undefined';
  if (Math.abs(diff.mean) <= diff.ci95) return 'no-difference';
  const lower = diff.mean < 0;
  return lower === (kpi.better === 'lower') ? 'better' : 'worse';
}
