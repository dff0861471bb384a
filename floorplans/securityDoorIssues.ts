/**
 * A door in the security line is a gate between the public side and the staff side: it must be a
 * staff door (IC card). A public door there would let visitors through the line unchecked, and
 * the walking network would route them through it.
 */
import type { InputIssue } from '../engine/inputError.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan, PlanDoor, PlanSecurityLine, XY } from './floorPlan.js';
import { pointSegmentDistanceM } from './pointSegmentDistanceM.js';
import { segmentCrossesPolyline } from './segmentCrossesPolyline.js';

export function securityDoorIssues(plan: FloorPlan, toleranceM: number): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const door of plan.doors) {
    if (door.access !== 'public') continue;
    const line = plan.securityLines.find((l) => l.level === door.level && doorOnLine(door, l, toleranceM));
    if (line === undefined) continue;
    issues.push({
      path: `${featurePath(door.featureIndex, door.id)}.properties.access`,
      message: `expected a staff door ("access": "staff") in security line ${JSON.stringify(line.id)}, got a public door: visitors would pass the line unchecked`,
    });
  }
  return issues;
}

function doorOnLine(door: PlanDoor, line: PlanSecurityLine, toleranceM: number): boolean {
  const p = door.points;
  // The door's middle on the line (a door drawn in the wall the line runs along), or a crossing.
  const middle: XY = p.length === 1 ? p[0] : [(p[0][0] + p[p.length - 1][0]) / 2, (p[0][1] + p[p.length - 1][1]) / 2];
  for (let i = 0; i + 1 < line.points.length; i++) {
    if (pointSegmentDistanceM(middle, line.points[i], line.points[i + 1]) <= toleranceM) return true;
  }
  for (let i = 0; i + 1 < p.length; i++) if (segmentCrossesPolyline(p[i], p[i + 1], line.points)) return true;
  return false;
}
