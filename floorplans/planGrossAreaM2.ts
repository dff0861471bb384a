/** Gross floor area in m²: each building outline's planar area times the number of levels it serves. */
import type { FloorPlan } from './floorPlan.js';
import { polygonAreaM2 } from './polygonAreaM2.js';

export function planGrossAreaM2(plan: FloorPlan): number {
  let total = 0;
  for (const b of plan.buildings) total += polygonAreaM2(b.polygon) * b.levels.length;
  return total;
}
