/** Planar perimeter in metres on plan metres: the outer ring plus every hole's ring. */
import type { PlanPolygon, XY } from './floorPlan.js';

/** Length of a closed ring in metres (the closing edge is included; open or closed input). */
export function ringLengthM(ring: readonly XY[]): number {
  let length = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i];
    const b = ring[(i + 1) % ring.length];
    length += Math.hypot(b[0] - a[0], b[1] - a[1]);
  }
  return length;
}

/** Perimeter of a polygon in metres, walls around holes included. */
export function polygonPerimeterM(polygon: PlanPolygon): number {
  let length = ringLengthM(polygon.outer);
  for (const hole of polygon.holes) length += ringLengthM(hole);
  return length;
}
