/**
 * What the simulated demand needs in m² against what the compiled plan gives (the area check),
 * and the plan's gross area against the office-area standards, from plain plan data. Scenario
 * department ids are mapped to the plan's; demand is rounded up to whole units.
 */
import type { AreaCheckRow, OfficeStandardsBlock } from '../../engine/results/index.js';
import { checkZoneDemand } from '../../floorplans/checkSpaceDemand.js';
import { compareGrossAreaWithStandards } from '../../floorplans/compareOfficeAreaStandards.js';
import type { SpaceDemandInput, StaffByRankInput } from '../planInputs.js';
import type { CompiledPlan } from './compilePlan.js';

export function checkPlanArea(
  plan: CompiledPlan,
  demand: SpaceDemandInput,
  departments: Readonly<Record<string, string>> = {},
): AreaCheckRow[] {
  const toPlanDept = (d: string) => departments[d] ?? d;
  const byPlanDept = (m?: Record<string, number>) => {
    if (m === undefined) return undefined;
    const out: Record<string, number> = {};
    for (const [dept, n] of Object.entries(m)) out[toPlanDept(dept)] = (out[toPlanDept(dept)] ?? 0) + Math.ceil(n);
    return out;
  };
  const whole = (n?: number) => (n === undefined ? undefined : Math.ceil(n));
  const rows = checkZoneDemand(plan.zones, {
    waitingSeatsP95: whole(demand.waitingSeatsP95),
    counterPositionsByDepartment: byPlanDept(demand.counterPositionsByDepartment),
    desksByZone: demand.desksByZone,
    desksByDepartment: byPlanDept(demand.desksByDepartment),
    booths1p: whole(demand.booths1p),
    boothsGroup: whole(demand.boothsGroup),
    meetingRoomsBySize: demand.meetingRoomsBySize,
    consultationRooms: whole(demand.consultationRooms),
    consultationBooths: whole(demand.consultationBooths),
    focusSeats: whole(demand.focusSeats),
  });
  return rows.map(({ item, scope, zoneIds, demandUnits, planUnits, needM2, planM2, surplusM2, status }) => ({
    item,
    scope,
    zoneIds,
    demandUnits,
    planUnits,
    needM2,
    planM2,
    surplusM2,
    status,
  }));
}

/** The plan's gross area against the 総務省 and MLIT office-area standards for these staff. */
export function checkPlanOfficeStandards(
  plan: CompiledPlan,
  staff: StaffByRankInput,
  derivedFromHeadcount: boolean,
): OfficeStandardsBlock {
  const c = compareGrossAreaWithStandards(plan.grossAreaM2, staff);
  return {
    staff: c.somu.staff,
    staffDerivedFromHeadcount: derivedFromHeadcount,
    planGrossM2: c.planGrossM2,
    somuM2: c.somu.totalM2,
    mlitM2: c.mlit.totalM2,
    planToSomu: c.planToSomu,
    planToMlit: c.planToMlit,
    planM2PerStaff: c.planM2PerStaff,
  };
}
