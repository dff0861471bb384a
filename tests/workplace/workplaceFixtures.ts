/** Small workplace scenarios for the tests, validated the way a user's file would be. */
import { readFileSync } from 'node:fs';
import { validateScenario } from '../../scenarios/validateScenario.js';
import { buildWorkplaceModel } from '../../scenarios/workplace/buildWorkplaceModel.js';
import type { WorkplacePart } from '../../scenarios/workplace/workplaceSchema.js';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';

export const det = (value: number) => ({ dist: 'deterministic', value }) as const;
export const exp = (mean: number) => ({ dist: 'exponential', mean }) as const;

/** Validates a workplace part inside a minimal scenario and builds its model. */
export function modelOf(part: unknown): WorkplaceModel {
  const scenario = validateScenario({ name: 'test', workplace: part });
  return buildWorkplaceModel(scenario.workplace as WorkplacePart).model;
}

/** The bundled 北区 office part. */
export function kitaPart(): WorkplacePart {
  return JSON.parse(readFileSync('scenarios/library/parts/kita-office.json', 'utf8')) as WorkplacePart;
}

/**
 * One zone of `staff` back-office staff who come in with probability `present` (independently,
 * every day), all from 9:00 to 17:00, and `desks` desks with no overflow: the daily peak is
 * Binomial(staff, present).
 */
export function binomialOffice(staff: number, present: number, desks: number, days: number) {
  return {
    days,
    roles: { backOffice: { arrive: '9:00', stayMin: det(480), absenceShare: 1 - present } },
    departments: [{ id: 'd', headcount: { backOffice: staff } }],
    zones: [{ id: 'z', departments: ['d'], desks }],
  };
}
