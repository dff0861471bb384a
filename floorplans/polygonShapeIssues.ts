/**
 * Shape checks of a polygon in plan metres: at least 3 distinct corners per ring, non-zero area,
 * no self-intersection (Turf's `kinks`, a planar segment–segment test, so it is safe on metres;
 * it is run on offsets from the first corner to keep far-from-origin coordinates exact), and
 * holes inside the outer ring.
 */
import type { InputIssue } from '../engine/inputError.js';
import type { PlanPolygon, XY } from './floorPlan.js';
import { pointInPolygon } from './pointInPolygon.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import { toClosedRings } from './toPlanPolygon.js';
import { turf } from './turfOnDemand.js';

/** Smallest room we accept; anything smaller is a drawing slip (a 10 cm × 10 cm sliver). */
export const MIN_POLYGON_AREA_M2 = 0.01;

/** Issues for `polygon`; `path` names the feature's geometry. */
export function polygonShapeIssues(polygon: PlanPolygon, path: string): InputIssue[] {
  const issues: InputIssue[] = [];
  const rings = [polygon.outer, ...polygon.holes];
  rings.forEach((ring, r) => {
    if (ring.length < 3) {
      issues.push({
        path: `${path}.coordinates[${r}]`,
        message: `too few points: expected at least 3 distinct corners, got ${ring.length}`,
      });
    }
  });
  if (issues.length > 0) return issues;
  const [x0, y0] = polygon.outer[0];
  const local = toClosedRings(polygon).map((ring) => ring.map(([x, y]): XY => [x - x0, y - y0]));
  const found = turf().kinks({ type: 'Polygon', coordinates: local }).features;
  if (found.length > 0) {
    const at = found[0].geometry.coordinates;
    issues.push({
      path,
      message: `expected a simple polygon, got a self-intersection (${found.length} crossing point${found.length > 1 ? 's' : ''}, first at x=${(at[0] + x0).toFixed(2)} m, y=${(at[1] + y0).toFixed(2)} m in plan metres)`,
    });
    return issues;
  }
  const area = polygonAreaM2(polygon);
  if (!(area >= MIN_POLYGON_AREA_M2)) {
    issues.push({ path, message: `expected an area of at least ${MIN_POLYGON_AREA_M2} m², got ${area.toFixed(4)} m²` });
  }
  polygon.holes.forEach((hole, h) => {
    const outerOnly: PlanPolygon = { outer: polygon.outer, holes: [] };
    if (hole.some((p) => pointInPolygon(p, outerOnly, 1e-9) === 'outside')) {
      issues.push({
        path: `${path}.coordinates[${h + 1}]`,
        message: 'expected a hole inside the outer ring, got a hole with corners outside it',
      });
    }
  });
  return issues;
}
