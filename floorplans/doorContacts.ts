/**
 * Which spaces a door opens into: those on the door's level whose walls pass within
 * `toleranceM` of every passage point of the door (the door lies on their boundary).
 */
import type { PlanDoor, PlanSpace, XY } from './floorPlan.js';
import { nearestBoundaryPoint } from './nearestBoundaryPoint.js';
import { polygonBBox } from './polygonBBox.js';

export interface DoorContact {
  /** Index into the `spaces` array given. */
  space: number;
  /** Each passage point moved onto this space's wall (so visibility tests start exactly on it). */
  snapped: XY[];
}

/** Spaces (indices into `spaces`) touched by `door`, with the door's points snapped to each. */
export function doorContacts(
  door: PlanDoor,
  samples: readonly XY[],
  spaces: readonly PlanSpace[],
  toleranceM: number,
): DoorContact[] {
  const contacts: DoorContact[] = [];
  spaces.forEach((space, i) => {
    if (space.level !== door.level) return;
    const [minX, minY, maxX, maxY] = polygonBBox(space.polygon);
    if (
      samples.some(
        ([x, y]) => x < minX - toleranceM || x > maxX + toleranceM || y < minY - toleranceM || y > maxY + toleranceM,
      )
    )
      return;
    const snapped: XY[] = [];
    for (const p of samples) {
      const nearest = nearestBoundaryPoint(p, space.polygon);
      if (nearest.distanceM > toleranceM) return;
      snapped.push(nearest.point);
    }
    contacts.push({ space: i, snapped });
  });
  return contacts;
}
