/**
 * The plan's gross floor area against the two Japanese office-area standards (a cross-check,
 * not a design rule: neither standard counts citizen-facing space such as lobbies and waiting
 * areas, which municipalities add as 固有面積, sources §1.2).
 */
import type { FloorPlan } from './floorPlan.js';
import { mlitOfficeAreaStandard, type MlitOfficeArea } from './mlitOfficeAreaStandard.js';
import { planGrossAreaM2 } from './planGrossAreaM2.js';
import { somuOfficeAreaStandard, type SomuOfficeArea } from './somuOfficeAreaStandard.js';
import type { StaffByRank } from './staffByRank.js';

export interface OfficeAreaComparison {
  planGrossM2: number;
  somu: SomuOfficeArea;
  mlit: MlitOfficeArea;
  /** planGrossM2 / standard total. */
  planToSomu: number;
  planToMlit: number;
  /** Plan m² per permanent staff (sources §1.3: 25–35 m²/staff for city halls [V]). */
  planM2PerStaff: number;
}

export function compareOfficeAreaStandards(plan: FloorPlan, staff: StaffByRank): OfficeAreaComparison {
  return compareGrossAreaWithStandards(planGrossAreaM2(plan), staff);
}

/** The same comparison from a plan's gross floor area in m². */
export function compareGrossAreaWithStandards(planGrossM2: number, staff: StaffByRank): OfficeAreaComparison {
  const somu = somuOfficeAreaStandard(staff);
  const mlit = mlitOfficeAreaStandard(staff);
  return {
    planGrossM2,
    somu,
    mlit,
    planToSomu: somu.totalM2 > 0 ? planGrossM2 / somu.totalM2 : NaN,
    planToMlit: mlit.totalM2 > 0 ? planGrossM2 / mlit.totalM2 : NaN,
    planM2PerStaff: somu.staff > 0 ? planGrossM2 / somu.staff : NaN,
  };
}
