/** Whether a straight walk from a to b stays inside a polygon (walls may be touched). */
import type { PlanPolygon, XY } from './floorPlan.js';
import { pointInPolygon } from './pointInPolygon.js';
import { PIECE_EPS, SegmentContacts } from './segmentPieces.js';

const contacts = new SegmentContacts();
const mid: XY = [0, 0];

/**
 * True when no piece of ab lies outside `polygon` (boundary contact allowed): segmentPieces,
 * stopping at the first outside piece.
 * NOTE: without the pieces' objects (a walking-network build asks this of every pair of nodes in
 * each non-convex space).
 */
export function segmentInPolygon(a: XY, b: XY, polygon: PlanPolygon, toleranceM: number): boolean {
  contacts.find(a, b, polygon, toleranceM);
  const { ts, count } = contacts;
  const rx = b[0] - a[0];
  const ry = b[1] - a[1];
  for (let i = 0; i + 1 < count; i++) {
    const t0 = ts[i];
    const t1 = ts[i + 1];
    if (t1 - t0 <= PIECE_EPS) continue;
    const tm = (t0 + t1) / 2;
    mid[0] = a[0] + tm * rx;
    mid[1] = a[1] + tm * ry;
    if (pointInPolygon(mid, polygon, toleranceM) === 'outside') return false;
  }
  return true;
}
