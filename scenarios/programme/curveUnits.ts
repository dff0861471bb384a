/**
 * Units needed with a confidence range, read from a sizing curve (units → P(shortage or blocking)
 * with its 95 % half-width): the answer is the fewest units whose mean is within the target; the
 * range runs from the fewest whose lower bound is (optimistic) to the fewest whose upper bound is
 * (cautious). The larger side of that range is the half-width the programme carries.
 */
import type { Estimate } from '../../engine/results/index.js';

export interface CurvePoint {
  units: number;
  mean: number | null;
  ci95: number | null;
}

const first = (curve: readonly CurvePoint[], ok: (p: CurvePoint) => boolean) => curve.find(ok)?.units ?? null;

/** `needed` units (the run's own answer) with the half-width of the curve's range around the target. */
export function unitsFromCurve(curve: readonly CurvePoint[], target: number, needed: number): Estimate {
  const eps = 1e-12;
  const lo = first(curve, (p) => (p.mean ?? 1) - (p.ci95 ?? 0) <= target + eps);
  const hi = first(curve, (p) => (p.mean ?? 1) + (p.ci95 ?? 0) <= target + eps);
  if (lo === null || hi === null) return { mean: needed, ci95: null };
  return { mean: needed, ci95: Math.max(hi - needed, needed - lo, 0) };
}
