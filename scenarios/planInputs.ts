/**
 * What the models take from a floor plan (issue 5), in the models' own terms, so that the
 * visitor and workplace models never depend on GeoJSON: the scenario layer derives these from
 * a compiled plan (scenarios/planLink.ts) and hands them over.
 */

/**
 * Visitor walking times in minutes between named places. Place keys:
 * `entrance`, `exit`, `concierge`, `reception`, `waiting`, and `counter:<departmentId>`.
 */
export interface VisitorWalkingInput {
  /** Minutes a visitor walks from `from` to `to`; undefined when the plan cannot tell. */
  visitorMin(from: string, to: string): number | undefined;
  /** Minutes a back-office staff member of `departmentId` walks from the office zone to its counters. */
  staffToCounterMin(departmentId: string): number | undefined;
}

/** Spaces of the workplace as the plan gives them. */
export interface WorkplacePlanInput {
  /** Office zones (group address) with the desks the plan provides. */
  zones: { id: string; departmentIds: string[]; desks: number; areaM2: number }[];
  /** Bookable spaces by kind with their capacity in persons. */
  spaces: { id: string; kind: 'booth1' | 'boothGroup' | 'meetingRoom' | 'focusSeat' | 'lounge'; capacityPersons: number; areaM2: number }[];
}

/**
 * Simulated demand in units (seats, positions, desks, booths, rooms) that the area check holds
 * against the plan; the same fields as floorplans' SpaceDemand.
 */
export interface SpaceDemandInput {
  waitingSeatsP95?: number;
  counterPositionsByDepartment?: Record<string, number>;
  desksByZone?: Record<string, number>;
  desksByDepartment?: Record<string, number>;
  booths1p?: number;
  boothsGroup?: number;
  meetingRoomsBySize?: Record<string, number>;
  consultationRooms?: number;
  consultationBooths?: number;
  focusSeats?: number;
}

/** One row of the area check: needed vs planned m² for one demand item and scope. */
export interface AreaCheckRow {
  item: string;
  scope: string;
  demandUnits: number;
  planUnits: number;
  needM2: number;
  planM2: number;
  surplusM2: number;
  status: 'ok' | 'deficit' | 'short-units';
}

/** Permanent staff by rank (for the office-area standards, research §1). */
export interface StaffByRankInput {
  executive?: number;
  director?: number;
  sectionChief?: number;
  deputy?: number;
  subsectionChief?: number;
  general?: number;
}

/** The building total against the Japanese office-area standards (a cross-check). */
export interface OfficeStandardCheck {
  staff: number;
  planGrossM2: number;
  somuM2: number;
  mlitM2: number;
  planToSomu: number;
  planToMlit: number;
  planM2PerStaff: number;
}

/** Everything a plan contributes to a run. */
export interface PlanInputs {
  planName: string;
  walking?: VisitorWalkingInput;
  workplace?: WorkplacePlanInput;
  /** Surplus/deficit table of `demand` on the plan (scenario department ids are mapped to the plan's). */
  checkArea(demand: SpaceDemandInput): AreaCheckRow[];
  /** Gross floor area of the plan, m². */
  grossAreaM2: number;
  /** Plan gross area against the 総務省 and MLIT office-area standards for these staff. */
  checkOfficeStandards(staff: StaffByRankInput): OfficeStandardCheck;
}
