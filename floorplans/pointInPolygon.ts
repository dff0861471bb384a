/**
 * Planar point-in-polygon with an explicit boundary class (walking along a wall is allowed, so
 * the walking graph needs "on the wall" apart from "inside"). Even–odd ray casting over all
 * rings (Shimrat 1962, "Algorithm 112"), after a distance test against every edge.
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { pointSegmentDistanceM } from './pointSegmentDistanceM.js';

export type PointLocation = 'inside' | 'boundary' | 'outside';

/** Where `p` lies relative to `polygon`; within `toleranceM` of an edge counts as boundary. */
export function pointInPolygon(p: XY, polygon: PlanPolygon, toleranceM: number): PointLocation {
  let inside = false;
  // NOTE: rings by index, not a fresh [outer, ...holes] array per call (the network build asks
  // this of the midpoint of every piece of every candidate walk in a non-convex space).
  for (let r = -1; r < polygon.holes.length; r++) {
    const ring = r < 0 ? polygon.outer : polygon.holes[r];
    const n = ring.length;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const a = ring[j];
      const b = ring[i];
      if (pointSegmentDistanceM(p, a, b) <= toleranceM) return 'boundary';
      // Crossing test of the upward half-open edge rule: counts each vertex once.
      if (a[1] > p[1] !== b[1] > p[1]) {
        const xCross = a[0] + ((p[1] - a[1]) / (b[1] - a[1])) * (b[0] - a[0]);
        if (p[0] < xCross) inside = !inside;
      }
    }
  }
  return inside ? 'inside' : 'outside';
}
