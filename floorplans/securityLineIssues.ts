/**
 * A security line must run along walls (zone boundaries), not across the inside of a space:
 * the walking network treats spaces as open floor, and staff cross the line only at doors.
 */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan, PlanSpace } from './floorPlan.js';
import { segmentPieces } from './segmentPieces.js';

export function securityLineIssues(plan: FloorPlan, spaces: readonly PlanSpace[], toleranceM: number): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const line of plan.securityLines) {
    for (const s of spaces) {
      if (s.level !== line.level) continue;
      let insideM = 0;
      for (let i = 0; i + 1 < line.points.length; i++) {
        const a = line.points[i];
        const b = line.points[i + 1];
        const len = Math.hypot(b[0] - a[0], b[1] - a[1]);
        for (const piece of segmentPieces(a, b, s.polygon, toleranceM))
          if (piece.location === 'inside') insideM += (piece.t1 - piece.t0) * len;
      }
      if (insideM > toleranceM) {
        issues.push({
          path: `${featurePath(line.featureIndex, line.id)}.geometry`,
          message: `expected the security line along zone walls, got ${insideM.toFixed(2)} m of it across the inside of ${JSON.stringify(s.id)} (split that zone along the line)`,
        });
      }
    }
  }
  return issues;
}
