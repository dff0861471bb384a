/**
 * Planar polygon area in m² on plan metres (never on lon/lat: use a projection first).
 * Shoelace (Gauss's area) formula, A = ½ Σ (x_i·y_{i+1} − x_{i+1}·y_i), evaluated on offsets
 * from the ring's first vertex so that plans far from the origin (x ≈ −3,500,000 m in a national
 * grid) do not lose digits to cancellation.
 */
import type { PlanPolygon, XY } from './floorPlan.js';

/** Signed ring area in m²: positive when the ring runs counter-clockwise. Open or closed rings. */
export function ringSignedAreaM2(ring: readonly XY[]): number {
  const n = ring.length;
  if (n < 3) return 0;
  const [x0, y0] = ring[0];
  let twice = 0;
  for (let i = 1; i < n - 1; i++) {
    const ax = ring[i][0] - x0;
    const ay = ring[i][1] - y0;
    const bx = ring[i + 1][0] - x0;
    const by = ring[i + 1][1] - y0;
    twice += ax * by - bx * ay;
  }
  return twice / 2;
}

/** Polygon area in m²: outer ring minus holes, whatever the rings' orientation. */
export function polygonAreaM2(polygon: PlanPolygon): number {
  let area = Math.abs(ringSignedAreaM2(polygon.outer));
  for (const hole of polygon.holes) area -= Math.abs(ringSignedAreaM2(hole));
  return area;
}
