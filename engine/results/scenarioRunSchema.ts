/** `kind: "scenario-run"` — one scenario simulated: visitors and counters, the workplace, the area check. */
import { Type, type Static } from '@sinclair/typebox';
import { AreaCheckRow, AssumptionEntry, OfficeStandardsBlock, PlanDrawing, PlanIdentity } from './areaBlocks.js';
import { EstimateRef as Estimate, resultSchema, ScenarioIdentity } from './common.js';
import { VisitorRunBlock } from './visitorRunBlock.js';
import { WorkplaceRunBlock } from './workplaceRunBlock.js';

/** Headline KPIs (engine/results/kpis.ts) with their estimates. */
export const KpiEstimates = Type.Record(Type.String(), Estimate, {
  description: 'headline KPI id → estimate across replications',
});

/** Per replication, each headline KPI (null where undefined on that replication): the vectors comparisons pair. */
export const ReplicationKpis = Type.Record(Type.String(), Type.Array(Type.Union([Type.Number(), Type.Null()])), {
  description: 'headline KPI id → its value in replication 0, 1, 2 …',
});

/** The run of one scenario without the envelope: a comparison and a sweep hold several. */
export const ScenarioRunBody = {
  scenario: ScenarioIdentity,
  plan: Type.Union([PlanIdentity, Type.Null()]),
  kpis: KpiEstimates,
  replicationKpis: ReplicationKpis,
  visitors: Type.Optional(VisitorRunBlock),
  workplace: Type.Optional(WorkplaceRunBlock),
  areaCheck: Type.Optional(Type.Array(AreaCheckRow)),
  officeStandards: Type.Optional(OfficeStandardsBlock),
  planDrawing: Type.Optional(PlanDrawing),
  assumptions: Type.Array(AssumptionEntry),
};

export const ScenarioRunSchema = resultSchema('scenario-run', 'wardsim scenario run', ScenarioRunBody);
export type ScenarioRunResult = Static<typeof ScenarioRunSchema>;

export const ScenarioRunPart = Type.Object(ScenarioRunBody, { additionalProperties: false });
export type ScenarioRunPart = Static<typeof ScenarioRunPart>;
