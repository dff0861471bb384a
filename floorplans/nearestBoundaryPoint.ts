/** The point on a polygon's walls (any ring) nearest to p, and its distance in metres. */
import type { PlanPolygon, XY } from './floorPlan.js';
import { closestSegmentParam } from './pointSegmentDistanceM.js';
import { hypot2 } from './hypot2.js';

export interface BoundaryPoint {
  point: XY;
  distanceM: number;
}

/** Nearest point on the boundary of `polygon` to `p` (planar). */
export function nearestBoundaryPoint(p: XY, polygon: PlanPolygon): BoundaryPoint {
  // NOTE: the best point is kept in numbers and made an array once (a walking-network build asks
  // this of every door against each space it may open into).
  let bestX = p[0];
  let bestY = p[1];
  let bestD = Infinity;
  for (let r = -1; r < polygon.holes.length; r++) {
    const ring = r < 0 ? polygon.outer : polygon.holes[r];
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      const t = closestSegmentParam(p, a, b);
      const qx = a[0] + t * (b[0] - a[0]);
      const qy = a[1] + t * (b[1] - a[1]);
      const d = hypot2(qx - p[0], qy - p[1]);
      if (d < bestD) {
        bestX = qx;
        bestY = qy;
        bestD = d;
      }
    }
  }
  return { point: bestD === Infinity ? p : [bestX, bestY], distanceM: bestD };
}
