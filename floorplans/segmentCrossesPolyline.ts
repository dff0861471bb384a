/**
 * Whether a straight walk ab crosses a polyline (a security line drawn as glass). Touching the
 * line, walking along it, or rounding its free end is not a crossing. Passing exactly through a
 * corner of the line crosses only when the line's neighbours on both sides of that corner lie
 * on opposite sides of ab (the usual vertex rule for polyline crossing).
 */
import type { XY } from './floorPlan.js';
import { hypot2 } from './hypot2.js';

function orient(a: XY, b: XY, c: XY): number {
  return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]);
}

/** True when ab properly crosses `line` (see the file comment). */
export function segmentCrossesPolyline(a: XY, b: XY, line: readonly XY[], epsM = 1e-9): boolean {
  const lenAB = hypot2(b[0] - a[0], b[1] - a[1]);
  if (lenAB === 0) return false;
  const eps = epsM * lenAB;
  for (let i = 0; i + 1 < line.length; i++) {
    const c = line[i];
    const d = line[i + 1];
    const o1 = orient(a, b, c);
    const o2 = orient(a, b, d);
    const o3 = orient(c, d, a);
    const o4 = orient(c, d, b);
    const lenCD = hypot2(d[0] - c[0], d[1] - c[1]);
    const eps2 = epsM * lenCD;
    // Proper crossing: strictly opposite sides both ways.
    if (
      ((o1 > eps && o2 < -eps) || (o1 < -eps && o2 > eps)) &&
      ((o3 > eps2 && o4 < -eps2) || (o3 < -eps2 && o4 > eps2))
    )
      return true;
  }
  // Through an interior corner of the line, strictly between a and b.
  for (let i = 1; i + 1 < line.length; i++) {
    const v = line[i];
    if (Math.abs(orient(a, b, v)) > eps) continue;
    const t = ((v[0] - a[0]) * (b[0] - a[0]) + (v[1] - a[1]) * (b[1] - a[1])) / (lenAB * lenAB);
    if (t <= 1e-9 || t >= 1 - 1e-9) continue;
    const sp = orient(a, b, line[i - 1]);
    const sn = orient(a, b, line[i + 1]);
    if ((sp > eps && sn < -eps) || (sp < -eps && sn > eps)) return true;
  }
  return false;
}
