/** Whether a straight walk from a to b stays inside a polygon (walls may be touched). */
import type { PlanPolygon, XY } from './floorPlan.js';
import { segmentPieces } from './segmentPieces.js';

/** True when no piece of ab lies outside `polygon` (boundary contact allowed). */
export function segmentInPolygon(a: XY, b: XY, polygon: PlanPolygon, toleranceM: number): boolean {
  for (const piece of segmentPieces(a, b, polygon, toleranceM)) if (piece.location === 'outside') return false;
  return true;
}
