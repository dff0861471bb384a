/** Every department that has a counter area needs an office zone (its staff work somewhere). */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan } from './floorPlan.js';

export function counterDepartmentIssues(plan: FloorPlan): InputIssue[] {
  const offices = new Set(
    plan.zones.filter((z) => z.kind === 'office' && z.department !== undefined).map((z) => z.department),
  );
  const issues: InputIssue[] = [];
  const reported = new Set<string>();
  for (const z of plan.zones) {
    if (z.kind !== 'counter' || z.department === undefined || offices.has(z.department) || reported.has(z.department))
      continue;
    reported.add(z.department);
    const counters = plan.zones.filter((c) => c.kind === 'counter' && c.department === z.department).map((c) => c.id);
    issues.push({
      path: `${featurePath(z.featureIndex, z.id)}.properties.department`,
      message: `expected an office zone (kind "office") for department ${JSON.stringify(z.department)}, which has counter areas ${counters.map((c) => JSON.stringify(c)).join(', ')}; got none`,
    });
  }
  return issues;
}
