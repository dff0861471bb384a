/** Axis-aligned bounding box of a polygon's outer ring in plan metres: [minX, minY, maxX, maxY]. */
import type { PlanPolygon } from './floorPlan.js';

export type BBox = [number, number, number, number];

export function polygonBBox(polygon: PlanPolygon): BBox {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of polygon.outer) {
    if (x < minX) minX = x;
    if (y < minY) minY = y;
    if (x > maxX) maxX = x;
    if (y > maxY) maxY = y;
  }
  return [minX, minY, maxX, maxY];
}

/** True when two boxes overlap by more than `marginM` in both axes (touching boxes do not). */
export function bboxesOverlap(a: BBox, b: BBox, marginM = 0): boolean {
  return a[0] < b[2] - marginM && b[0] < a[2] - marginM && a[1] < b[3] - marginM && b[1] < a[3] - marginM;
}
