/**
 * Structural checks of one feature's raw GeoJSON geometry (RFC 7946 §3.1), before projection:
 * the geometry type the feature's kind needs, finite positions, WGS84 ranges, rings closed and
 * long enough, lines long enough. Returns the coordinates (2-D; altitude dropped) or issues.
 */
import { showValue, type InputIssue } from '../engine/inputError.js';
import type { XY } from './floorPlan.js';

export type GeometryType = 'Point' | 'LineString' | 'Polygon';

export type RawGeometry =
  { type: 'Point'; point: XY } | { type: 'LineString'; line: XY[] } | { type: 'Polygon'; rings: XY[][] };

function readPosition(value: unknown, path: string, wgs84: boolean, issues: InputIssue[]): XY | null {
  if (
    !Array.isArray(value) ||
    value.length < 2 ||
    value.length > 3 ||
    !value.every((v) => typeof v === 'number' && Number.isFinite(v))
  ) {
    issues.push({ path, message: `expected a position [x, y] of finite numbers, got ${showValue(value)}` });
    return null;
  }
  const [x, y] = value as number[];
  if (wgs84 && (x < -180 || x > 180 || y < -90 || y > 90)) {
    issues.push({
      path,
      message: `expected WGS84 [lon, lat] in degrees (lon −180..180, lat −90..90), got ${showValue(value)}; for metre coordinates declare "wardsim": {"crs": "local-metres"}`,
    });
    return null;
  }
  return [x, y];
}

function readPositions(value: unknown, path: string, wgs84: boolean, issues: InputIssue[]): XY[] | null {
  if (!Array.isArray(value)) {
    issues.push({ path, message: `expected an array of positions, got ${showValue(value)}` });
    return null;
  }
  const out: XY[] = [];
  let ok = true;
  value.forEach((p, i) => {
    const xy = readPosition(p, `${path}[${i}]`, wgs84, issues);
    if (xy === null) ok = false;
    else out.push(xy);
  });
  return ok ? out : null;
}

/** Reads `geometry` as one of `allowed` types; pushes issues and returns null when it is unusable. */
export function readGeometry(
  geometry: unknown,
  allowed: readonly GeometryType[],
  kind: string,
  path: string,
  wgs84: boolean,
  issues: InputIssue[],
): RawGeometry | null {
  const type = geometry !== null && typeof geometry === 'object' ? (geometry as { type?: unknown }).type : undefined;
  if (typeof type !== 'string' || !(allowed as readonly string[]).includes(type)) {
    issues.push({
      path,
      message: `expected a ${allowed.join(' or ')} geometry for kind "${kind}", got ${type === undefined ? showValue(geometry) : showValue(type)}`,
    });
    return null;
  }
  const coordinates = (geometry as { coordinates?: unknown }).coordinates;
  const cPath = `${path}.coordinates`;
  if (type === 'Point') {
    const point = readPosition(coordinates, cPath, wgs84, issues);
    return point === null ? null : { type, point };
  }
  if (type === 'LineString') {
    const line = readPositions(coordinates, cPath, wgs84, issues);
    if (line === null) return null;
    if (line.length < 2) {
      issues.push({ path: cPath, message: `expected a LineString of at least 2 positions, got ${line.length}` });
      return null;
    }
    return { type, line };
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    issues.push({
      path: cPath,
      message: `expected an array of linear rings (outer ring first), got ${showValue(coordinates)}`,
    });
    return null;
  }
  const rings: XY[][] = [];
  let ok = true;
  coordinates.forEach((raw, r) => {
    const rPath = `${cPath}[${r}]`;
    const ring = readPositions(raw, rPath, wgs84, issues);
    if (ring === null) {
      ok = false;
      return;
    }
    if (ring.length < 4) {
      issues.push({
        path: rPath,
        message: `too few points: expected a linear ring of at least 4 positions (3 corners and the closing position), got ${ring.length}`,
      });
      ok = false;
      return;
    }
    const first = ring[0];
    const last = ring[ring.length - 1];
    if (first[0] !== last[0] || first[1] !== last[1]) {
      issues.push({
        path: rPath,
        message: `unclosed ring: expected the last position to repeat the first ${showValue(first)}, got ${showValue(last)}`,
      });
      ok = false;
      return;
    }
    rings.push(ring);
  });
  return ok ? { type: 'Polygon', rings } : null;
}
