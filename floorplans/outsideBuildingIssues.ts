/** Every space must lie inside the building outline of its level (within a small area tolerance). */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan, PlanSpace } from './floorPlan.js';
import { intersectionAreaM2 } from './intersectionAreaM2.js';
import { polygonAreaM2 } from './polygonAreaM2.js';

export function outsideBuildingIssues(
  plan: FloorPlan,
  spaces: readonly PlanSpace[],
  toleranceM2: number,
): InputIssue[] {
  const issues: InputIssue[] = [];
  const reportedLevels = new Set<number>();
  for (const s of spaces) {
    const outlines = plan.buildings.filter((b) => b.levels.includes(s.level));
    if (outlines.length === 0) {
      if (!reportedLevels.has(s.level)) {
        reportedLevels.add(s.level);
        issues.push({
          path: `${featurePath(s.featureIndex, s.id)}.properties.level`,
          message: `expected a building outline (kind "building") for level ${s.level}, got none on that level`,
        });
      }
      continue;
    }
    // Outlines on one level are separate wings, so their intersections with a space add up.
    let insideM2 = 0;
    for (const b of outlines) insideM2 += intersectionAreaM2(s.polygon, b.polygon);
    const outsideM2 = polygonAreaM2(s.polygon) - insideM2;
    if (outsideM2 > toleranceM2) {
      issues.push({
        path: `${featurePath(s.featureIndex, s.id)}.geometry`,
        message: `expected the space inside the building outline of level ${s.level} (tolerance ${toleranceM2} m²), got ${outsideM2.toFixed(2)} m² outside it`,
      });
    }
  }
  return issues;
}
