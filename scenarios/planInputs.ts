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

/** Everything a plan contributes to a run. */
export interface PlanInputs {
  planName: string;
  walking?: VisitorWalkingInput;
  workplace?: WorkplacePlanInput;
}
