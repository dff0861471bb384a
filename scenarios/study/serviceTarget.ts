/** Whether a scenario meets its service target (share served within the time), judged on the 95% CI. */
import type { ScenarioRunPart, ServiceTargetCheck } from '../../engine/results/index.js';

export function serviceTargetCheck(run: ScenarioRunPart): ServiceTargetCheck | null {
  const v = run.visitors;
  if (v === undefined) return null;
  const { target, withinMin } = v.day.serviceLevel;
  const sl = run.kpis.serviceLevel ?? v.serviceLevel;
  let status: ServiceTargetCheck['status'] = 'uncertain';
  if (sl.mean !== null) {
    const half = sl.ci95 ?? Infinity;
    if (sl.mean - half >= target) status = 'meets';
    else if (sl.mean + half < target) status = 'misses';
  }
  return { target, withinMin, serviceLevel: { mean: sl.mean, ci95: sl.ci95 }, status };
}
