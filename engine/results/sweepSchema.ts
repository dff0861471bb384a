/** `kind: "sweep"` — one scenario over a grid of settings, every cell on the same replications. */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, resultSchema, ScenarioIdentity } from './common.js';
import { ReplicationKpis } from './scenarioRunSchema.js';

const JsonValue = Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]);

export const SweepSchema = resultSchema('sweep', 'wardsim sweep', {
  scenario: ScenarioIdentity,
  parameters: Type.Array(
    Type.Object(
      {
        path: Type.String({ description: 'JSON path in the scenario, e.g. visitors.levers.callback.share' }),
        values: Type.Array(JsonValue),
      },
      { additionalProperties: false },
    ),
  ),
  rows: Type.Array(
    Type.Object(
      {
        cell: Type.Integer({ minimum: 0 }),
        settings: Type.Record(Type.String(), JsonValue),
        inputHash: Type.String({ pattern: '^[0-9a-f]{16}$' }),
        kpis: Type.Record(Type.String(), Estimate),
        serviceTargetMet: Type.Union([
          Type.Literal('meets'),
          Type.Literal('misses'),
          Type.Literal('uncertain'),
          Type.Null(),
        ]),
        replicationKpis: ReplicationKpis,
      },
      { additionalProperties: false },
    ),
  ),
});
export type SweepResult = Static<typeof SweepSchema>;
