/**
 * `kind: "comparison"` — a base scenario and variants run on the same replications (common random
 * numbers): per headline KPI the base and variant estimates, the paired difference (variant −
 * base) with its 95% CI, and the unpaired (Welch) CI beside it, so a reader sees what pairing bought.
 */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, resultSchema, ScenarioIdentity } from './common.js';
import { ScenarioRunPart } from './scenarioRunSchema.js';

const MeanCi = Type.Object(
  { mean: Type.Union([Type.Number(), Type.Null()]), ci95: Type.Union([Type.Number(), Type.Null()]) },
  { additionalProperties: false },
);

export const Verdict = Type.Union(
  [Type.Literal('better'), Type.Literal('worse'), Type.Literal('no-difference'), Type.Literal('undefined')],
  {
    description: 'better/worse: the paired 95% CI excludes 0 in that direction; no-difference: it includes 0',
  },
);

export const MetricComparison = Type.Object(
  {
    base: MeanCi,
    variant: MeanCi,
    diff: Type.Object({ ...MeanCi.properties, n: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
    unpairedCi95: Type.Union([Type.Number(), Type.Null()]),
    verdict: Verdict,
  },
  { additionalProperties: false },
);
export type MetricComparison = Static<typeof MetricComparison>;

export const ServiceTargetCheck = Type.Object(
  {
    target: Type.Number(),
    withinMin: Type.Number(),
    serviceLevel: Estimate,
    status: Type.Union([Type.Literal('meets'), Type.Literal('misses'), Type.Literal('uncertain')], {
      description: 'meets: the lower 95% bound ≥ target; misses: the upper bound < target; else uncertain',
    }),
  },
  { additionalProperties: false },
);
export type ServiceTargetCheck = Static<typeof ServiceTargetCheck>;

const Option = {
  ...ScenarioIdentity.properties,
  serviceTarget: Type.Union([ServiceTargetCheck, Type.Null()]),
};

export const ComparisonSchema = resultSchema('comparison', 'wardsim comparison', {
  base: Type.Object(Option, { additionalProperties: false }),
  variants: Type.Array(
    Type.Object({ ...Option, metrics: Type.Record(Type.String(), MetricComparison) }, { additionalProperties: false }),
  ),
  runs: Type.Array(ScenarioRunPart, { description: 'the full run of the base, then of each variant' }),
});
export type ComparisonResult = Static<typeof ComparisonSchema>;

/** Identity of a scenario without the comparison extras (for the sweep). */
export { ScenarioIdentity };
