/** Schemas shared by several routes (they also make the OpenAPI description at /docs). */
import { Type } from '@sinclair/typebox';
import { RESULT_SCHEMAS } from '../../engine/results/index.js';

export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });

export const ScenarioSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nameJa: Type.String(),
  description: Type.Union([Type.String(), Type.Null()]),
  source: Type.Union([Type.Literal('library'), Type.Literal('user')]),
  parts: Type.Array(Type.String()),
  floorplan: Type.Union([Type.String(), Type.Null()]),
  variants: Type.Integer(),
  readOnly: Type.Boolean(),
});

export const FloorPlanSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  nameJa: Type.String(),
  source: Type.Union([Type.Literal('library'), Type.Literal('user')]),
  levels: Type.Array(Type.Integer()),
  grossAreaM2: Type.Number(),
  zones: Type.Integer(),
  readOnly: Type.Boolean(),
});

/** What POST /api/floorplans and /api/floorplans/validate take (checked by the plan's own rules, not here). */
export const FloorPlanUploadBody = Type.Object(
  {},
  {
    additionalProperties: true,
    description:
      'a GeoJSON FeatureCollection (docs/floorplans.md), or { "dxf": "<DXF text>", "layers": { layer map }, "name"? }',
  },
);

/** The answer of /api/floorplans/validate: the result document of `wardsim floorplan check --json`. */
export const FloorPlanCheckResponse = RESULT_SCHEMAS['floorplan-check'];

export const RunStatusSchema = Type.Object({
  id: Type.String(),
  kind: Type.String(),
  status: Type.String(),
  progress: Type.Number(),
  phase: Type.Union([Type.String(), Type.Null()]),
  scenarioIds: Type.Array(Type.String()),
  inputHash: Type.String(),
  seed: Type.Union([Type.Integer(), Type.String()]),
  replications: Type.Integer(),
  engineVersion: Type.String(),
  createdAt: Type.String(),
  startedAt: Type.Union([Type.String(), Type.Null()]),
  finishedAt: Type.Union([Type.String(), Type.Null()]),
  wallMs: Type.Union([Type.Number(), Type.Null()]),
  restarts: Type.Integer(),
  error: Type.Optional(Type.Unknown()),
});

export const KINDS = ['run', 'staff', 'size', 'compare', 'sweep'] as const;

export const RunRequestSchema = Type.Object(
  {
    kind: Type.Union(KINDS.map((k) => Type.Literal(k))),
    scenarioId: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
    scenario: Type.Optional(Type.Object({}, { additionalProperties: true })),
    compareWith: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 19 })),
    seed: Type.Optional(
      Type.Union(
        [
          Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }),
          Type.String({ minLength: 1, maxLength: 200 }),
        ],
        {
          description: 'a whole number of at most 9,007,199,254,740,991 in size, or a text of 1 to 200 characters',
        },
      ),
    ),
    replications: Type.Optional(Type.Integer({ minimum: 1 })),
    precision: Type.Optional(Type.Number({ minimum: 1e-4, maximum: 1 })),
    minReplications: Type.Optional(Type.Integer({ minimum: 2 })),
    parts: Type.Optional(
      Type.Array(Type.Union([Type.Literal('visitors'), Type.Literal('workplace')]), { minItems: 1, maxItems: 2 }),
    ),
    full: Type.Optional(Type.Boolean()),
    fresh: Type.Optional(Type.Boolean()),
    set: Type.Optional(
      Type.Record(
        Type.String({ minLength: 1, maxLength: 300 }),
        Type.Array(Type.Union([Type.Number(), Type.String(), Type.Boolean(), Type.Null()]), {
          minItems: 1,
          maxItems: 100,
        }),
      ),
    ),
    target: Type.Optional(Type.Number({ minimum: 0.01, maximum: 0.999 })),
    withinMin: Type.Optional(Type.Number({ minimum: 0.1, maximum: 1440 })),
    intervalMin: Type.Optional(Type.Union([Type.Literal(15), Type.Literal(30), Type.Literal(60)])),
    maxOccupancy: Type.Optional(Type.Number({ minimum: 0.05, maximum: 1 })),
    alpha: Type.Optional(Type.Number({ minimum: 1e-6, maximum: 0.999 })),
    beta: Type.Optional(Type.Number({ minimum: 1e-6, maximum: 0.999 })),
    teleworkSweep: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
