/**
 * Spaces on one level must not overlap: a positive intersection area above a small tolerance is
 * an error; walls shared by neighbouring rooms intersect in a line (area 0) and are fine.
 */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { PlanSpace } from './floorPlan.js';
import { intersectionAreaM2 } from './intersectionAreaM2.js';
import { bboxesOverlap, polygonBBox } from './polygonBBox.js';

/** One issue per overlapping pair, on the earlier feature, naming the other. */
export function overlapIssues(spaces: readonly PlanSpace[], toleranceM2: number): InputIssue[] {
  const issues: InputIssue[] = [];
  const boxes = spaces.map((s) => polygonBBox(s.polygon));
  for (let i = 0; i < spaces.length; i++) {
    for (let j = i + 1; j < spaces.length; j++) {
      const a = spaces[i];
      const b = spaces[j];
      if (a.level !== b.level || a.id === b.id || !bboxesOverlap(boxes[i], boxes[j], 1e-6)) continue;
      const shared = intersectionAreaM2(a.polygon, b.polygon);
      if (shared <= toleranceM2) continue;
      const [first, second] = a.featureIndex <= b.featureIndex ? [a, b] : [b, a];
      issues.push({
        path: `${featurePath(first.featureIndex, first.id)}.geometry`,
        message: `expected no overlap with other spaces on level ${a.level} (shared walls are fine, up to ${toleranceM2} m²), got ${shared.toFixed(2)} m² shared with ${JSON.stringify(second.id)} (${featurePath(second.featureIndex)})`,
      });
    }
  }
  return issues;
}
