/**
 * Building blocks shared by every result schema: the envelope every result carries, estimates
 * (a mean with its 95% confidence half-width), the stopping rule. One definition each, so the
 * published schemas of all kinds spell the same thing the same way.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';

/** Version of the result format; bumped on any change a reader must know about (docs/results.md). */
export const FORMAT_VERSION = 1;

export const RESULT_KINDS = [
  'network-run',
  'scenario-run',
  'staffing-plan',
  'workplace-sizing',
  'comparison',
  'sweep',
] as const;
export type ResultKind = (typeof RESULT_KINDS)[number];

const Num = Type.Union([Type.Number(), Type.Null()]);

/** A figure across replications: the mean and the half-width of its 95% confidence interval (null: undefined). */
export const Estimate = Type.Object(
  {
    mean: Num,
    ci95: Num,
    n: Type.Optional(Type.Integer({ minimum: 0, description: 'replications with a value (full summaries only)' })),
    sd: Type.Optional(Num),
    min: Type.Optional(Num),
    max: Type.Optional(Num),
  },
  { additionalProperties: false, description: 'mean across replications ± the 95% confidence half-width' },
);
export type Estimate = Static<typeof Estimate>;

/** A reference to Estimate in the result's $defs: published schemas state it once. */
export const EstimateRef = Type.Unsafe<Estimate>({ $ref: '#/$defs/Estimate' });

export const Seed = Type.Union([Type.Integer(), Type.String({ maxLength: 200 })], { description: 'master seed' });

export const StoppingRule = Type.Union(
  [
    Type.Object(
      { type: Type.Literal('fixed'), replications: Type.Integer({ minimum: 1 }) },
      { additionalProperties: false },
    ),
    Type.Object(
      {
        type: Type.Literal('precision'),
        relativeHalfWidth: Type.Number({ exclusiveMinimum: 0 }),
        kpis: Type.Array(Type.String(), {
          description: 'figures whose 95% half-width must be within relativeHalfWidth × |mean|',
        }),
        minReplications: Type.Integer({ minimum: 1 }),
        maxReplications: Type.Integer({ minimum: 1 }),
      },
      { additionalProperties: false },
    ),
  ],
  { description: 'how the number of replications was chosen' },
);
export type StoppingRule = Static<typeof StoppingRule>;

export const StoppedBy = Type.Union(
  [Type.Literal('count'), Type.Literal('precision'), Type.Literal('maxReplications')],
  {
    description:
      'count: the fixed number ran; precision: the rule was met; maxReplications: the maximum ran before it was met',
  },
);

/** The fields every result carries, whatever its kind. */
export function envelope<K extends ResultKind>(kind: K) {
  return {
    kind: Type.Literal(kind),
    formatVersion: Type.Literal(FORMAT_VERSION),
    engineVersion: Type.String(),
    inputHash: Type.String({
      pattern: '^[0-9a-f]{16}$',
      description: 'hash of the fully resolved input (plan included) and the settings that change numbers',
    }),
    seed: Seed,
    replications: Type.Integer({ minimum: 0 }),
    stoppingRule: StoppingRule,
    stoppedBy: StoppedBy,
    wallMs: Type.Number({ minimum: 0 }),
    workers: Type.Integer({ minimum: 0 }),
  };
}

export interface Envelope<K extends ResultKind> {
  kind: K;
  formatVersion: typeof FORMAT_VERSION;
  engineVersion: string;
  inputHash: string;
  seed: number | string;
  replications: number;
  stoppingRule: StoppingRule;
  stoppedBy: 'count' | 'precision' | 'maxReplications';
  wallMs: number;
  workers: number;
}

/** A result schema: the envelope plus the kind's own fields, closed to other fields. */
export function resultSchema<K extends ResultKind, P extends Record<string, TSchema>>(
  kind: K,
  title: string,
  properties: P,
) {
  return Type.Object(
    { ...envelope(kind), ...properties },
    { additionalProperties: false, $id: `urn:wardsim:result:${kind}`, title, $defs: { Estimate } },
  );
}

/** Names and labels of a thing the result measures (scenario, department, zone …). */
export const Named = {
  id: Type.String(),
  name: Type.String(),
  nameJa: Type.String(),
};

export const ScenarioIdentity = Type.Object(
  {
    id: Type.Union([Type.String(), Type.Null()]),
    name: Type.String(),
    nameJa: Type.String(),
    description: Type.Union([Type.String(), Type.Null()]),
    inputHash: Type.String({ pattern: '^[0-9a-f]{16}$' }),
  },
  { additionalProperties: false },
);
export type ScenarioIdentity = Static<typeof ScenarioIdentity>;
