/**
 * The JSON Schemas wardsim publishes in docs/schemas/, by file name. One list, used by the
 * writer script (npm run schemas) and by the test that the committed files are up to date.
 */
import { NetworkModelSchema } from '../engine/models/network/networkSchema.js';
import { ScenarioSchema } from '../scenarios/scenarioSchema.js';
import { floorPlanJsonSchema } from '../floorplans/index.js';
import { RESULT_SCHEMAS } from '../engine/results/index.js';

export function publishedSchemas(): Record<string, object> {
  return {
    'model.schema.json': { $schema: 'https://json-schema.org/draft/2020-12/schema', ...NetworkModelSchema },
    'floorplan.schema.json': floorPlanJsonSchema(),
    'scenario.schema.json': { $schema: 'https://json-schema.org/draft/2020-12/schema', ...ScenarioSchema },
    ...Object.fromEntries(
      Object.entries(RESULT_SCHEMAS).map(([kind, schema]) => [
        `${kind}.result.schema.json`,
        { $schema: 'https://json-schema.org/draft/2020-12/schema', ...schema },
      ]),
    ),
  };
}

/** The text written to disk: stable two-space JSON with a final newline. */
export function schemaText(schema: object): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
