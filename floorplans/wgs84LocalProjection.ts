/**
 * WGS84 lon/lat → local planar metres, and back.
 *
 * Method: an equirectangular projection on the local tangent plane at the origin, scaled by the
 * WGS84 ellipsoid's radii of curvature at the origin latitude φ0 (Snyder, "Map Projections — A
 * Working Manual", USGS PP 1395, eqs. 4-18 and 4-20; NIMA TR8350.2 for a and f):
 *
 *   M(φ0) = a(1 − e²) / (1 − e² sin²φ0)^{3/2}   meridional radius of curvature
 *   N(φ0) = a / (1 − e² sin²φ0)^{1/2}            prime-vertical radius of curvature
 *   x = N(φ0) cos φ0 · (λ − λ0),   y = M(φ0) · (φ − φ0)
 *
 * Error for a building-sized extent: the true east–west scale at latitude φ is N(φ) cos φ, so a
 * point Δy metres north of the origin has an x scale error of about tan φ0 · Δy / M ≈ 1.5e-7 per
 * metre at Sapporo (φ0 ≈ 43.09°): 1.5e-5 (1.5 mm in 100 m) at 100 m from the origin. Areas about
 * a central origin err by less than that (the first-order terms cancel north and south of φ0),
 * and the variation of M and the Earth's curvature are smaller still (< 1e-7 at 200 m).
 */
import type { XY } from './floorPlan.js';

/** WGS84 semi-major axis in metres and flattening (NIMA TR8350.2, table 3.1). */
export const WGS84_A_M = 6_378_137;
export const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);
const DEG = Math.PI / 180;

export interface LocalProjection {
  originLonDeg: number;
  originLatDeg: number;
  /** Metres per radian of latitude at the origin (M). */
  mPerRadLat: number;
  /** Metres per radian of longitude at the origin (N cos φ0). */
  mPerRadLon: number;
  /** lon/lat degrees → plan metres (x east, y north of the origin). */
  forward(lonDeg: number, latDeg: number): XY;
  /** plan metres → [lon, lat] degrees. */
  inverse(xM: number, yM: number): XY;
}

/** A local tangent-plane projection about (originLonDeg, originLatDeg); see the file comment. */
export function wgs84LocalProjection(originLonDeg: number, originLatDeg: number): LocalProjection {
  const phi0 = originLatDeg * DEG;
  const w = 1 - E2 * Math.sin(phi0) ** 2;
  const mPerRadLat = (WGS84_A_M * (1 - E2)) / w ** 1.5;
  const mPerRadLon = (WGS84_A_M / Math.sqrt(w)) * Math.cos(phi0);
  return {
    originLonDeg,
    originLatDeg,
    mPerRadLat,
    mPerRadLon,
    forward: (lonDeg, latDeg) => [
      (lonDeg - originLonDeg) * DEG * mPerRadLon,
      (latDeg - originLatDeg) * DEG * mPerRadLat,
    ],
    inverse: (xM, yM) => [originLonDeg + xM / mPerRadLon / DEG, originLatDeg + yM / mPerRadLat / DEG],
  };
}
