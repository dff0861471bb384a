/** Plan geometry in local metres (x east, y north): bounds, label points, lengths, round scale-bar lengths. */
import { polygonArea, polygonCentroid, polygonContains } from 'd3';

export type XYM = [number, number];

export interface BoundsM {
  minXM: number;
  minYM: number;
  maxXM: number;
  maxYM: number;
}

/** Bounds of all points; a unit box when there are none. */
export function boundsM(points: Iterable<XYM>): BoundsM {
  let minXM = Infinity;
  let minYM = Infinity;
  let maxXM = -Infinity;
  let maxYM = -Infinity;
  for (const [x, y] of points) {
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    minXM = Math.min(minXM, x);
    minYM = Math.min(minYM, y);
    maxXM = Math.max(maxXM, x);
    maxYM = Math.max(maxYM, y);
  }
  if (!Number.isFinite(minXM)) return { minXM: 0, minYM: 0, maxXM: 1, maxYM: 1 };
  // Never zero-sized: a degenerate plan still gets a finite scale.
  return { minXM, minYM, maxXM: Math.max(maxXM, minXM + 1e-6), maxYM: Math.max(maxYM, minYM + 1e-6) };
}

/**
 * A point inside the ring for its label: the centroid when it lies inside, else the middle of
 * the widest horizontal span through the centroid (L- and U-shaped zones).
 */
export function labelPointM(ring: XYM[]): XYM {
  if (ring.length < 3) return ring[0] ?? [0, 0];
  const c = Math.abs(polygonArea(ring)) > 1e-12 ? polygonCentroid(ring) : ring[0];
  if (polygonContains(ring, c)) return c;
  const y = c[1];
  const xs: number[] = [];
  for (let i = 0; i < ring.length; i++) {
    const [ax, ay] = ring[i];
    const [bx, by] = ring[(i + 1) % ring.length];
    if (ay > y !== by > y) xs.push(ax + ((y - ay) * (bx - ax)) / (by - ay));
  }
  xs.sort((a, b) => a - b);
  let best: XYM = c;
  let widest = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > widest) {
      widest = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, y];
    }
  }
  return best;
}

/** The ring with the largest area (the outline, when holes follow it). */
export function largestRing(rings: XYM[][]): XYM[] {
  let best: XYM[] = rings[0] ?? [];
  for (const r of rings) if (Math.abs(polygonArea(r)) > Math.abs(polygonArea(best))) best = r;
  return best;
}

export function polylineLengthM(points: XYM[]): number {
  let sum = 0;
  for (let i = 1; i < points.length; i++)
    sum += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
  return sum;
}

/** The largest 1, 2 or 5 × 10^k not above `maxM` (a scale-bar length people read at a glance). */
export function roundLengthM(maxM: number): number {
  if (!(maxM > 0) || !Number.isFinite(maxM)) return 1;
  const p = 10 ** Math.floor(Math.log10(maxM));
  for (const m of [5, 2, 1]) if (m * p <= maxM) return m * p;
  return p;
}
