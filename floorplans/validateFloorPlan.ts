/**
 * Reads and checks a floor plan, collecting every issue (never stopping at the first):
 * structure and geometry (readFloorPlan), overlapping spaces, spaces outside the building,
 * doors off the walls, security lines across rooms, public doors in a security line, public zones visitors cannot
 * reach, and
 * counter departments without an office zone. Each issue's path names the feature.
 *
 * A feature that fails the structural checks is left out of the plan, so checks that need the
 * whole plan (a door opening into only one space, public reach, counter departments) would only
 * echo that omission; they run once the structural issues are fixed (public reach and counter
 * departments once every other check passes).
 */
import type { InputIssue } from '../engine/inputError.js';
import { counterDepartmentIssues } from './counterDepartmentIssues.js';
import { doorIssues } from './doorIssues.js';
import type { FloorPlan } from './floorPlan.js';
import { outsideBuildingIssues } from './outsideBuildingIssues.js';
import { overlapIssues } from './overlapIssues.js';
import { planSpaces } from './planSpaces.js';
import { publicReachIssues } from './publicReachIssues.js';
import { readFloorPlan } from './readFloorPlan.js';
import { securityDoorIssues } from './securityDoorIssues.js';
import { securityLineIssues } from './securityLineIssues.js';

export interface ValidationOptions {
  /** Largest overlap area between two spaces that is still a drawing tolerance, m² (default 0.05). */
  overlapToleranceM2?: number;
  /** Largest area of a space outside the building outline, m² (default 0.05). */
  outsideToleranceM2?: number;
  /** How far a door may sit off a wall, m (default 0.1). */
  doorToleranceM?: number;
  /** How far a security line may sit off a wall and still run "along" it, m (default 0.05). */
  wallToleranceM?: number;
}

export interface FloorPlanValidation {
  /** The plan without the features that failed structural checks. */
  plan: FloorPlan;
  issues: InputIssue[];
}

/** All issues of `input` (parsed GeoJSON); see the file comment for the checks. */
export function validateFloorPlan(input: unknown, options: ValidationOptions = {}): FloorPlanValidation {
  const overlapToleranceM2 = options.overlapToleranceM2 ?? 0.05;
  const outsideToleranceM2 = options.outsideToleranceM2 ?? 0.05;
  const doorToleranceM = options.doorToleranceM ?? 0.1;
  const wallToleranceM = options.wallToleranceM ?? 0.05;
  const { plan, issues } = readFloorPlan(input);
  // A plan that is not a FeatureCollection, or beyond a size limit, is not checked further.
  if (issues.some((i) => i.path === '' || i.code === 'WSM_LIMIT_EXCEEDED')) return { plan, issues };
  if (plan.zones.length === 0 || plan.buildings.length === 0) {
    const missing = [plan.buildings.length === 0 ? 'a building outline' : '', plan.zones.length === 0 ? 'a zone' : '']
      .filter(Boolean)
      .join(' and ');
    issues.push({
      path: 'features',
      message: `expected a plan with at least ${missing}, got none (an empty plan is not a building)`,
    });
    return { plan, issues };
  }
  const complete = issues.length === 0;
  const spaces = planSpaces(plan);
  issues.push(
    ...overlapIssues(spaces, overlapToleranceM2),
    ...outsideBuildingIssues(plan, spaces, outsideToleranceM2),
    ...doorIssues(plan, spaces, doorToleranceM, complete),
    ...securityLineIssues(plan, spaces, wallToleranceM),
    ...securityDoorIssues(plan, doorToleranceM),
  );
  // Walking routes through overlapping rooms or doors off the walls mean nothing (and copies of
  // one room make the walking graph explode): reach is checked on an otherwise clean plan.
  if (complete && issues.length === 0)
    issues.push(...publicReachIssues(plan, doorToleranceM), ...counterDepartmentIssues(plan));
  return { plan, issues };
}
