/**
 * A point inside a polygon, used as a zone's route end point and label position: the area
 * centroid when it falls inside (convex and most rectangular-ish rooms), otherwise the middle of
 * the widest inside stretch of a horizontal scanline through the centroid (so L- and U-shaped
 * rooms get a point in their body, not in the notch).
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { pointInPolygon } from './pointInPolygon.js';
import { ringSignedAreaM2 } from './polygonAreaM2.js';

/** Area centroid of a polygon with holes (planar; Bourke 1988, "Calculating the area and centroid of a polygon"). */
export function polygonCentroid(polygon: PlanPolygon): XY {
  const [x0, y0] = polygon.outer[0];
  let sumA = 0;
  let sumX = 0;
  let sumY = 0;
  for (const ring of [polygon.outer, ...polygon.holes]) {
    // Outer counts positive, holes negative, whatever their stored orientation.
    const sign = ring === polygon.outer ? Math.sign(ringSignedAreaM2(ring)) : -Math.sign(ringSignedAreaM2(ring));
    for (let i = 0; i < ring.length; i++) {
      const ax = ring[i][0] - x0;
      const ay = ring[i][1] - y0;
      const bx = ring[(i + 1) % ring.length][0] - x0;
      const by = ring[(i + 1) % ring.length][1] - y0;
      const cross = (ax * by - bx * ay) * sign;
      sumA += cross;
      sumX += (ax + bx) * cross;
      sumY += (ay + by) * cross;
    }
  }
  if (sumA === 0) return [x0, y0];
  return [x0 + sumX / (3 * sumA), y0 + sumY / (3 * sumA)];
}

/** A point strictly inside `polygon` (see the file comment). */
export function interiorPoint(polygon: PlanPolygon): XY {
  const c = polygonCentroid(polygon);
  if (pointInPolygon(c, polygon, 1e-6) === 'inside') return c;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const [, y] of polygon.outer) {
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Try the centroid's scanline first, then a sweep of others (nudged off vertex heights).
  const tries = [c[1], ...Array.from({ length: 15 }, (_, k) => minY + ((k + 0.5) / 15) * (maxY - minY))];
  let best: XY | null = null;
  let bestWidth = 0;
  for (const yRaw of tries) {
    const y = yRaw + (maxY - minY) * 1.234e-7;
    const xs: number[] = [];
    for (const ring of [polygon.outer, ...polygon.holes]) {
      for (let i = 0; i < ring.length; i++) {
        const a = ring[i];
        const b = ring[(i + 1) % ring.length];
        if (a[1] > y !== b[1] > y) xs.push(a[0] + ((y - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
      }
    }
    xs.sort((p, q) => p - q);
    for (let i = 0; i + 1 < xs.length; i += 2) {
      const width = xs[i + 1] - xs[i];
      if (width > bestWidth) {
        bestWidth = width;
        best = [(xs[i] + xs[i + 1]) / 2, y];
      }
    }
    if (best !== null && yRaw === c[1]) return best;
  }
  return best ?? c;
}
