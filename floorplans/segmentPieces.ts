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

/** Pieces shorter than this (in the parameter of ab) are contact points, not pieces. */
export const PIECE_EPS = 1e-9;
const EPS = PIECE_EPS;

/** Contact parameters of ab with the walls, sorted ascending, 0 and 1 included (shared scratch). */
export class SegmentContacts {
  ts = new Float64Array(64);
  count = 0;

  /** Finds the contacts of ab with the walls of `polygon` (walls within `toleranceM` count). */
  find(a: XY, b: XY, polygon: PlanPolygon, toleranceM: number): void {
    const rx = b[0] - a[0];
    const ry = b[1] - a[1];
    this.count = 0;
    this.push(0);
    this.push(1);
    for (let r = -1; r < polygon.holes.length; r++) {
      const ring = r < 0 ? polygon.outer : polygon.holes[r];
      const n = ring.length;
      for (let i = 0; i < n; i++) {
        const c = ring[i];
        const d = ring[(i + 1) % n];
        // Corners within tolerance of ab: grazing contacts.
        if (pointSegmentDistanceM(c, a, b) <= toleranceM) this.push(closestSegmentParam(c, a, b));
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
          if (t >= -EPS && t <= 1 + EPS && u >= -EPS && u <= 1 + EPS) this.push(Math.min(1, Math.max(0, t)));
        } else if (pointSegmentDistanceM(a, c, d) <= toleranceM || pointSegmentDistanceM(b, c, d) <= toleranceM) {
          // Collinear overlap: the wall's ends split ab (endpoints of ab on the wall are already in ts).
          this.push(closestSegmentParam(d, a, b));
        }
      }
    }
    // Insertion sort: stable, as Array.prototype.sort, so equal values (±0 included) keep their order.
    const ts = this.ts;
    for (let i = 1; i < this.count; i++) {
      const x = ts[i];
      let j = i - 1;
      while (j >= 0 && ts[j] > x) {
        ts[j + 1] = ts[j];
        j--;
      }
      ts[j + 1] = x;
    }
  }

  private push(t: number): void {
    if (this.count === this.ts.length) {
      const bigger = new Float64Array(this.ts.length * 2);
      bigger.set(this.ts);
      this.ts = bigger;
    }
    this.ts[this.count++] = t;
  }
}

const contacts = new SegmentContacts();

/** Pieces of ab (parameters 0..1) with their location relative to `polygon`. */
export function segmentPieces(a: XY, b: XY, polygon: PlanPolygon, toleranceM: number): SegmentPiece[] {
  contacts.find(a, b, polygon, toleranceM);
  const { ts, count } = contacts;
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  const pieces: SegmentPiece[] = [];
  for (let i = 0; i + 1 < count; i++) {
    const t0 = ts[i];
    const t1 = ts[i + 1];
    if (t1 - t0 <= EPS) continue;
    const tm = (t0 + t1) / 2;
    const location = pointInPolygon([a[0] + tm * rx, a[1] + tm * ry], polygon, toleranceM);
    pieces.push({ t0, t1, location });
  }
  return pieces;
}
