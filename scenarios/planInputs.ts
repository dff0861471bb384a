/**
 * What the models take from a floor plan (issue 5), in the models' own terms, so that the
 * visitor and workplace models never depend on GeoJSON: the scenario layer derives these from a
 * compiled plan (scenarios/compile/compilePlan.ts) and hands them over.
 */

/**
 * Visitor walking times in minutes between named places (compiled from a plan). Place keys:
 * `entrance`, `exit`, `concierge`, `reception`, `waiting`, and `counter:<departmentId>`.
 */
export interface VisitorWalkingInput {
  /** from → to → minutes, where the plan can tell. */
  visitorMin: Partial<Record<string, Partial<Record<string, number>>>>;
  /** Minutes a back-office member of each department walks from the office zone to its counters. */
  staffToCounterMin: Record<string, number>;
}

/** Spaces of the workplace as the plan gives them. */
export interface WorkplacePlanInput {
  /** Office zones (group address) with the desks the plan provides. */
  zones: { id: string; departmentIds: string[]; desks: number; areaM2: number; nameJa?: string }[];
  /** Bookable spaces by kind with their capacity in persons. */
  spaces: {
    id: string;
    kind: 'booth1' | 'boothGroup' | 'meetingRoom' | 'focusSeat' | 'lounge';
    capacityPersons: number;
    areaM2: number;
    nameJa?: string;
  }[];
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

/** Permanent staff by rank (for the office-area standards, sources §1). */
export interface StaffByRankInput {
  executive?: number;
  director?: number;
  sectionChief?: number;
  deputy?: number;
  subsectionChief?: number;
  general?: number;
}
