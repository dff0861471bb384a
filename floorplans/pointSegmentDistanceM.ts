/** Planar distances from a point to a segment (metres), and the closest point on it. */
import type { XY } from './floorPlan.js';
import { hypot2 } from './hypot2.js';

/** Parameter t ∈ [0, 1] of the point on segment ab closest to p. */
export function closestSegmentParam(p: XY, a: XY, b: XY): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return 0;
  const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2;
  return t < 0 ? 0 : t > 1 ? 1 : t;
}

/** Distance in metres from p to segment ab. */
export function pointSegmentDistanceM(p: XY, a: XY, b: XY): number {
  const t = closestSegmentParam(p, a, b);
  return hypot2(a[0] + t * (b[0] - a[0]) - p[0], a[1] + t * (b[1] - a[1]) - p[1]);
}
