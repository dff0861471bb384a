/**
 * Splits segment ab where it meets a polygon's walls and classifies each piece by its midpoint.
 * Between two consecutive wall contacts a piece cannot change sides, so its midpoint decides
 * (the standard argument behind segment-in-polygon tests, e.g. O'Rourke, "Computational Geometry
 * in C", 2nd ed., §7.4). Collinear overlaps and grazed corners are contacts too, so a segment
 * that slips past a reflex corner is split there and its outside piece is found.
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { closestSegmentParam, pointSegmentDistanceM } from './pointSegmentDistanceM.js';
import { pointInPolygon, type PointLocation } from './pointInPolygon.js';
import { hypot2 } from './hypot2.js';

export interface SegmentPiece {
  t0: number;
  t1: number;
  location: PointLocation;
}

const EPS = 1e-9;

/** Pieces of ab (parameters 0..1) with their location relative to `polygon`. */
export function segmentPieces(a: XY, b: XY, polygon: PlanPolygon, toleranceM: number): SegmentPiece[] {
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const ts: number[] = [0, 1];
  for (const ring of [polygon.outer, ...polygon.holes]) {
    const n = ring.length;
    for (let i = 0; i < n; i++) {
      const c = ring[i];
      const d = ring[(i + 1) % n];
      // Corners within tolerance of ab: grazing contacts.
      if (pointSegmentDistanceM(c, a, b) <= toleranceM) ts.push(closestSegmentParam(c, a, b));
      const sx = d[0] - c[0];
      const sy = d[1] - c[1];
      const denom = rx * sy - ry * sx;
      const scale = hypot2(rx, ry) * hypot2(sx, sy);
      if (scale === 0) continue;
      const acx = c[0] - a[0];
      const acy = c[1] - a[1];
      if (Math.abs(denom) > EPS * scale) {
        const t = (acx * sy - acy * sx) / denom;
        const u = (acx * ry - acy * rx) / denom;
        if (t >= -EPS && t <= 1 + EPS && u >= -EPS && u <= 1 + EPS) ts.push(Math.min(1, Math.max(0, t)));
      } else if (pointSegmentDistanceM(a, c, d) <= toleranceM || pointSegmentDistanceM(b, c, d) <= toleranceM) {
        // Collinear overlap: the wall's ends split ab (endpoints of ab on the wall are already in ts).
        ts.push(closestSegmentParam(d, a, b));
      }
    }
  }
  ts.sort((x, y) => x - y);
  const pieces: SegmentPiece[] = [];
  for (let i = 0; i + 1 < ts.length; i++) {
    const t0 = ts[i];
    const t1 = ts[i + 1];
    if (t1 - t0 <= EPS) continue;
    const tm = (t0 + t1) / 2;
    const location = pointInPolygon([a[0] + tm * rx, a[1] + tm * ry], polygon, toleranceM);
    pieces.push({ t0, t1, location });
  }
  return pieces;
}
