/**
 * Corners of a space where a shortest walk can bend: the reflex corners of its free area, i.e.
 * outer-ring corners with an interior angle above 180° and the convex corners of holes (pillars,
 * cores). Shortest paths among polygonal obstacles are polylines through such corners only
 * (Lozano-Pérez & Wesley 1979, "An algorithm for planning collision-free paths among polyhedral
 * obstacles"), which is why a visibility graph on them is exact.
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { hypot2 } from './hypot2.js';

/** Reflex corners of the free area (rings must be normalised: outer CCW, holes CW). */
export function reflexCorners(polygon: PlanPolygon): XY[] {
  const out: XY[] = [];
  for (const ring of [polygon.outer, ...polygon.holes]) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const p = ring[(i + n - 1) % n];
      const v = ring[i];
      const q = ring[(i + 1) % n];
      // Interior on the left of each edge: a right turn at v is a reflex corner of the free area.
      const cross = (v[0] - p[0]) * (q[1] - v[1]) - (v[1] - p[1]) * (q[0] - v[0]);
      const scale = hypot2(v[0] - p[0], v[1] - p[1]) * hypot2(q[0] - v[0], q[1] - v[1]);
      if (cross < -1e-12 * scale) out.push([v[0], v[1]]);
    }
  }
  return out;
}
