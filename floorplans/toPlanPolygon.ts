/**
 * Closed GeoJSON rings (already in plan metres) → a PlanPolygon: the closing position dropped,
 * repeated consecutive positions removed, outer ring counter-clockwise and holes clockwise
 * (RFC 7946 §3.1.6 winding, which also puts the interior on the left of every edge).
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { ringSignedAreaM2 } from './polygonAreaM2.js';

function openRing(ring: readonly XY[], counterClockwise: boolean): XY[] {
  const out: XY[] = [];
  for (const p of ring) {
    const prev = out[out.length - 1];
    if (prev === undefined || prev[0] !== p[0] || prev[1] !== p[1]) out.push([p[0], p[1]]);
  }
  while (out.length > 1 && out[0][0] === out[out.length - 1][0] && out[0][1] === out[out.length - 1][1]) out.pop();
  if (ringSignedAreaM2(out) > 0 !== counterClockwise) out.reverse();
  return out;
}

/** Normalises closed rings (outer first) into a PlanPolygon. */
export function toPlanPolygon(rings: readonly (readonly XY[])[]): PlanPolygon {
  return { outer: openRing(rings[0], true), holes: rings.slice(1).map((r) => openRing(r, false)) };
}

/** Back to closed GeoJSON rings (for Turf and for writing files). */
export function toClosedRings(polygon: PlanPolygon): XY[][] {
  return [polygon.outer, ...polygon.holes].map((r) => [...r.map((p): XY => [p[0], p[1]]), [r[0][0], r[0][1]]]);
}
