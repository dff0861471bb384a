/**
 * Validates a scenario document: the JSON Schema of the whole document, then each part's own
 * relational checks (ids that must exist, shares that must sum to 1, schedules without holes …).
 * Every problem is collected and reported with its path; nothing reaches a model unchecked.
 */
import { InputError, type InputIssue } from '../engine/inputError.js';
import { validateWithSchema } from '../engine/schema/schemaValidator.js';
import { ScenarioSchema, type Scenario } from './scenarioSchema.js';
import { checkVisitorPart } from './visitors/checkVisitorPart.js';
import { checkWorkplacePart } from './workplace/checkWorkplacePart.js';

export function validateScenario(data: unknown): Scenario {
  const issues: InputIssue[] = validateWithSchema(ScenarioSchema, data);
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const doc = data as Record<string, unknown>;
    if (doc.visitors !== undefined) checkVisitorPart(doc.visitors, 'visitors', issues);
    if (doc.workplace !== undefined) checkWorkplacePart(doc.workplace, 'workplace', issues);
  }
  if (issues.length > 0) throw new InputError(issues, 'WSM_SCENARIO_INVALID');
  return data as Scenario;
}
