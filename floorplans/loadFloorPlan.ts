/** Reads and validates a floor plan; throws InputError listing every issue when there is any. */
import { InputError } from '../engine/inputError.js';
import type { FloorPlan } from './floorPlan.js';
import { validateFloorPlan, type ValidationOptions } from './validateFloorPlan.js';

/** The validated plan in plan metres, or an InputError ('floor plan') with one issue per problem. */
export function loadFloorPlan(input: unknown, options: ValidationOptions = {}): FloorPlan {
  const { plan, issues } = validateFloorPlan(input, options);
  if (issues.length > 0) throw new InputError(issues, 'WSM_PLAN_INVALID');
  return plan;
}
