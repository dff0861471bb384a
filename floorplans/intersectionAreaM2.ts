/**
 * Area in m² shared by two polygons in plan metres. The intersection polygon comes from Turf's
 * `intersect` (polyclip-ts, a planar Martinez–Rueda sweep: safe on metres); its area is our
 * shoelace, never Turf's geodesic `area`. Both polygons are shifted by the same offset first so
 * that national-grid coordinates (millions of metres) keep their precision.
 */
import type { PlanPolygon, XY } from './floorPlan.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import { toClosedRings } from './toPlanPolygon.js';
import { turf } from './turfOnDemand.js';

/** Area of a ∩ b in m² (0 when they only share walls or do not meet). */
export function intersectionAreaM2(a: PlanPolygon, b: PlanPolygon): number {
  const [x0, y0] = a.outer[0];
  const shift = (p: PlanPolygon) => toClosedRings(p).map((ring) => ring.map(([x, y]): XY => [x - x0, y - y0]));
  const { intersect, helpers } = turf();
  const result = intersect(helpers.featureCollection([helpers.polygon(shift(a)), helpers.polygon(shift(b))]));
  if (result === null) return 0;
  const g = result.geometry;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  let area = 0;
  for (const rings of polys) {
    const [outer, ...holes] = rings.map((r) => r.map((p): XY => [p[0], p[1]]));
    area += polygonAreaM2({ outer, holes });
  }
  return area;
}
