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
  let best: BoundaryPoint = { point: p, distanceM: Infinity };
  for (const ring of [polygon.outer, ...polygon.holes]) {
    for (let i = 0; i < ring.length; i++) {
      const a = ring[i];
      const b = ring[(i + 1) % ring.length];
      const t = closestSegmentParam(p, a, b);
      const q: XY = [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
      const d = hypot2(q[0] - p[0], q[1] - p[1]);
      if (d < best.distanceM) best = { point: q, distanceM: d };
    }
  }
  return best;
}
