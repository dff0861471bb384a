/**
 * Doors must sit on walls: a door that touches no space's boundary on its level is an error, and
 * so is a door that opens into one space only unless it is on the building outline (an exterior
 * door). Distances are to the nearest wall, so the message says how far off the door is.
 */
import type { InputIssue } from '../engine/inputError.js';
import { doorContacts } from './doorContacts.js';
import { doorSamplePoints } from './doorSamplePoints.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan, PlanSpace } from './floorPlan.js';
import { nearestBoundaryPoint } from './nearestBoundaryPoint.js';

/** `checkSingleContact`: also report doors opening into one space only (off when the plan is incomplete). */
export function doorIssues(
  plan: FloorPlan,
  spaces: readonly PlanSpace[],
  toleranceM: number,
  checkSingleContact = true,
  doorSpacingM = 1,
): InputIssue[] {
  const issues: InputIssue[] = [];
  for (const door of plan.doors) {
    const path = `${featurePath(door.featureIndex, door.id)}.geometry`;
    const samples = doorSamplePoints(door, doorSpacingM);
    const contacts = doorContacts(door, samples, spaces, toleranceM);
    if (contacts.length === 0) {
      let nearest = { id: '', distanceM: Infinity };
      for (const s of spaces) {
        if (s.level !== door.level) continue;
        const d = Math.max(...samples.map((p) => nearestBoundaryPoint(p, s.polygon).distanceM));
        if (d < nearest.distanceM) nearest = { id: s.id, distanceM: d };
      }
      issues.push({
        path,
        message: `expected the door on the wall of a zone on level ${door.level} (within ${toleranceM} m), got ${
          Number.isFinite(nearest.distanceM)
            ? `${nearest.distanceM.toFixed(2)} m from the nearest wall (of ${JSON.stringify(nearest.id)})`
            : 'no zone on that level'
        }`,
      });
      continue;
    }
    if (contacts.length === 1 && checkSingleContact) {
      const onOutline = plan.buildings.some(
        (b) =>
          b.levels.includes(door.level) &&
          samples.every((p) => nearestBoundaryPoint(p, b.polygon).distanceM <= toleranceM),
      );
      if (!onOutline) {
        issues.push({
          path,
          message: `expected the door on a wall shared by two spaces (or on the building outline), got a door that opens only into ${JSON.stringify(spaces[contacts[0].space].id)}`,
        });
      }
    }
  }
  return issues;
}
