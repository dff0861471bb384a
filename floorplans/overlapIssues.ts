/**
 * Spaces on one level must not overlap: a positive intersection area above a small tolerance is
 * an error; walls shared by neighbouring rooms intersect in a line (area 0) and are fine.
 */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { PlanSpace } from './floorPlan.js';
import { intersectionAreaM2 } from './intersectionAreaM2.js';
import { bboxesOverlap, polygonBBox } from './polygonBBox.js';

/**
 * Overlapping pairs looked for at most: a plan with thousands of copies of one room overlaps in
 * millions of pairs, each an exact intersection; past this the check stops and says so.
 */
export const MAX_OVERLAPS_CHECKED = 200;

/** One issue per overlapping pair, on the earlier feature, naming the other (in the pairs' order). */
export function overlapIssues(spaces: readonly PlanSpace[], toleranceM2: number): InputIssue[] {
  const boxes = spaces.map((s) => polygonBBox(s.polygon));
  // Sweep along x: only spaces whose boxes overlap in x are compared (n log n + the overlaps,
  // instead of every pair: 10,000 zones took 15 s pairwise).
  const order = spaces.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0] || a - b);
  const pairs: [number, number, number][] = [];
  let stopped = false;
  for (let k = 0; k < order.length && !stopped; k++) {
    const i = order[k];
    for (let m = k + 1; m < order.length && boxes[order[m]][0] <= boxes[i][2] + 1e-6; m++) {
      const j = order[m];
      const a = spaces[i];
      const b = spaces[j];
      if (a.level !== b.level || a.id === b.id || !bboxesOverlap(boxes[i], boxes[j], 1e-6)) continue;
      const shared = intersectionAreaM2(a.polygon, b.polygon);
      if (shared > toleranceM2) pairs.push([Math.min(i, j), Math.max(i, j), shared]);
      if (pairs.length >= MAX_OVERLAPS_CHECKED) {
        stopped = true;
        break;
      }
    }
  }
  pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
  const issues: InputIssue[] = pairs.map(([i, j, shared]) => {
    const a = spaces[i];
    const b = spaces[j];
    const [first, second] = a.featureIndex <= b.featureIndex ? [a, b] : [b, a];
    return {
      path: `${featurePath(first.featureIndex, first.id)}.geometry`,
      message: `expected no overlap with other spaces on level ${a.level} (shared walls are fine, up to ${toleranceM2} m²), got ${shared.toFixed(2)} m² shared with ${JSON.stringify(second.id)} (${featurePath(second.featureIndex)})`,
    };
  });
  if (stopped)
    issues.push({
      path: 'features',
      message: `expected spaces that do not overlap, got at least ${MAX_OVERLAPS_CHECKED} overlapping pairs; the check stopped there (copies of one room?)`,
    });
  return issues;
}
