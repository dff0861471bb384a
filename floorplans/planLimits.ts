/**
 * Size limits of a floor plan, checked before any geometry runs (several checks are quadratic in
 * the vertices of a polygon, and the walking graph grows with the square of the doors). A ward
 * office plan stays far below each: the library's largest has 120 features and 700 vertices.
 * docs/limits.md gives the reasons.
 */
import type { InputIssue } from '../engine/inputError.js';

export const PLAN_LIMITS = {
  /** Features in one plan (zones, doors, lines, outlines). */
  features: 10_000,
  /** Positions of one feature (every ring of a polygon). */
  verticesPerFeature: 5_000,
  /** Positions of the whole plan. */
  vertices: 200_000,
  /** Doors in one plan. */
  doors: 5_000,
  /** Width and depth of the plan's bounding box, m: a building is a few hundred metres across. */
  extentM: 2_000,
  /** Length of one door, m (an entrance of several leaves is a few metres wide). */
  doorLengthM: 30,
  /** Largest |x| or |y| of a local-metres plan, m (plane rectangular coordinates stay below 1e6). */
  localCoordinateM: 1e7,
} as const;

const METRES_PER_DEG_LAT = 110_574;
const METRES_PER_DEG_LON_AT_EQUATOR = 111_320;

const issue = (path: string, message: string): InputIssue => ({ path, message, code: 'WSM_LIMIT_EXCEEDED' });

/** Counts of the raw features (before they are read): too many features, vertices or doors. */
export function planSizeIssues(features: readonly unknown[]): InputIssue[] {
  if (features.length > PLAN_LIMITS.features) {
    return [
      issue(
        'features',
        `expected at most ${PLAN_LIMITS.features.toLocaleString('en')} features, got ${features.length.toLocaleString('en')}`,
      ),
    ];
  }
  const issues: InputIssue[] = [];
  let vertices = 0;
  let doors = 0;
  features.forEach((f, i) => {
    const feature = f as { geometry?: { coordinates?: unknown }; properties?: { kind?: unknown } } | null;
    if (feature?.properties?.kind === 'door') doors++;
    const n = countPositions(feature?.geometry?.coordinates);
    vertices += n;
    if (n > PLAN_LIMITS.verticesPerFeature && issues.length < 10) {
      issues.push(
        issue(
          `features[${i}].geometry`,
          `expected at most ${PLAN_LIMITS.verticesPerFeature.toLocaleString('en')} vertices in one feature, got ${n.toLocaleString('en')}`,
        ),
      );
    }
  });
  if (vertices > PLAN_LIMITS.vertices)
    issues.push(
      issue(
        'features',
        `expected at most ${PLAN_LIMITS.vertices.toLocaleString('en')} vertices in a plan, got ${vertices.toLocaleString('en')}`,
      ),
    );
  if (doors > PLAN_LIMITS.doors)
    issues.push(
      issue(
        'features',
        `expected at most ${PLAN_LIMITS.doors.toLocaleString('en')} doors, got ${doors.toLocaleString('en')}`,
      ),
    );
  return issues;
}

/** Positions in a GeoJSON coordinates value (a position, a line, rings), without recursion. */
function countPositions(coordinates: unknown): number {
  if (!Array.isArray(coordinates)) return 0;
  if (typeof coordinates[0] === 'number') return 1;
  let n = 0;
  for (const part of coordinates) {
    if (!Array.isArray(part)) continue;
    if (typeof part[0] === 'number') n++;
    else for (const p of part) if (Array.isArray(p)) n++;
  }
  return n;
}

/**
 * The bounding box [minX, minY, maxX, maxY] of the raw positions (degrees for WGS84, else
 * metres) against the extent and coordinate limits.
 */
export function planExtentIssues(box: readonly number[], wgs84: boolean): InputIssue[] {
  const [minX, minY, maxX, maxY] = box;
  if (!(minX <= maxX)) return [];
  if (
    !wgs84 &&
    Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)) > PLAN_LIMITS.localCoordinateM
  ) {
    return [
      issue(
        'features',
        `expected local-metres coordinates within ±${PLAN_LIMITS.localCoordinateM.toExponential(0)} m, got up to ${Math.max(Math.abs(minX), Math.abs(maxX), Math.abs(minY), Math.abs(maxY)).toExponential(2)}`,
      ),
    ];
  }
  const midLatRad = (((minY + maxY) / 2) * Math.PI) / 180;
  const widthM = wgs84 ? (maxX - minX) * METRES_PER_DEG_LON_AT_EQUATOR * Math.cos(midLatRad) : maxX - minX;
  const depthM = wgs84 ? (maxY - minY) * METRES_PER_DEG_LAT : maxY - minY;
  if (Math.max(widthM, depthM) <= PLAN_LIMITS.extentM) return [];
  const hint =
    wgs84 && maxX - minX > 180 ? ' (it straddles the 180° meridian?)' : wgs84 ? '' : ' (metres? the drawing units?)';
  return [
    issue(
      'features',
      `expected a plan at most ${PLAN_LIMITS.extentM.toLocaleString('en')} m across, got ${Math.round(widthM).toLocaleString('en')} × ${Math.round(depthM).toLocaleString('en')} m${hint}`,
    ),
  ];
}
