/**
 * Where people pass through a door. A Point door is one passage point. A LineString door (an
 * opening drawn along the wall) gets passage points at the centres of k equal parts,
 * k = ⌈length / spacing⌉, so a wide opening (a 12 m open counter front) is not forced through
 * its middle: the detour through the nearest sample is at most spacing/2 sideways, which adds
 * (spacing/2)²/(2·d) metres to a path that approaches from distance d (≈ 3 cm at 1 m spacing
 * and d = 4 m).
 */
import type { PlanDoor, XY } from './floorPlan.js';
import { hypot2 } from './hypot2.js';

/** Passage points of a door in plan metres. */
export function doorSamplePoints(door: PlanDoor, spacingM: number): XY[] {
  const pts = door.points;
  if (pts.length === 1) return [pts[0]];
  const cum: number[] = [0];
  for (let i = 1; i < pts.length; i++)
    cum.push(cum[i - 1] + hypot2(pts[i][0] - pts[i - 1][0], pts[i][1] - pts[i - 1][1]));
  const total = cum[cum.length - 1];
  const k = Math.max(1, Math.ceil(total / spacingM - 1e-9));
  const out: XY[] = [];
  let seg = 1;
  for (let j = 0; j < k; j++) {
    const s = ((j + 0.5) / k) * total;
    while (seg < pts.length - 1 && cum[seg] < s) seg++;
    const len = cum[seg] - cum[seg - 1];
    const t = len === 0 ? 0 : (s - cum[seg - 1]) / len;
    const a = pts[seg - 1];
    const b = pts[seg];
    out.push([a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])]);
  }
  return out;
}
