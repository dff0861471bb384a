/**
 * The scenario format: one document describing a ward office as it is or could be. It grows by
 * parts — `visitors` (counters, issue 3), `workplace` (desks, booths, rooms, issue 4) and
 * `floorplan` (a GeoJSON plan, issue 5) — each optional, each with its own schema file.
 * The published JSON Schema is docs/schemas/scenario.schema.json.
 */
import { Type, type Static } from '@sinclair/typebox';
import { DistributionSchema } from '../engine/schema/distributionSchema.js';
import { StaffByRank } from '../floorplans/staffByRank.js';
import { CityStudyBlockSchema } from './study/city/cityStudyBlock.js';
import { VisitorPartSchema } from './visitors/visitorSchema.js';
import { WorkplacePartSchema } from './workplace/workplaceSchema.js';
import { NOT_RESERVED } from '../engine/schema/reservedNames.js';

export const FloorplanLinkSchema = Type.Object(
  {
    file: Type.String({ minLength: 1, description: 'path of the GeoJSON plan, relative to the scenario file' }),
    departments: Type.Optional(
      Type.Record(Type.String({ minLength: 1 }), Type.String({ minLength: 1 }), {
        description: 'scenario department id → the department id used in the plan (identity when absent)',
      }),
    ),
  },
  { additionalProperties: false, description: 'the floor plan whose walking times, zones and spaces the models use' },
);

const SweepValue = Type.Union([Type.Number(), Type.String({ maxLength: 300 }), Type.Boolean(), Type.Null()]);

/** A grid of settings: each path takes each of its values (see docs/studies.md). */
export const SweepBlockSchema = Type.Object(
  {
    set: Type.Record(
      Type.String({ minLength: 1, maxLength: 300 }),
      Type.Array(SweepValue, { minItems: 1, maxItems: 100 }),
      {
        description: 'JSON path in the scenario (e.g. visitors.levers.callback.share) → the values it takes',
      },
    ),
  },
  { additionalProperties: false, description: 'the grid of `wardsim sweep` when no --set is given' },
);

/** A variant: another scenario file, or the changes to this one (merged like extends) with its own name. */
export const VariantSchema = Type.Union(
  [
    Type.String({ minLength: 1, description: 'a scenario file (relative to this one) or library: reference' }),
    Type.Object(
      { name: Type.String({ minLength: 1, maxLength: 300 }), nameJa: Type.Optional(Type.String({ maxLength: 300 })) },
      {
        additionalProperties: true,
        description: 'the changes to this scenario, merged over it like extends; name (and nameJa) required',
      },
    ),
  ],
  { description: 'a scenario file reference, or an object with a name and the changes' },
);

export const ScenarioSchema = Type.Object(
  {
    $schema: Type.Optional(Type.String()),
    id: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9-]*$', maxLength: 100, ...NOT_RESERVED })),
    name: Type.String({ minLength: 1, maxLength: 300 }),
    nameJa: Type.Optional(Type.String({ maxLength: 300 })),
    description: Type.Optional(Type.String()),
    /** Where the numbers come from: docs/sources.md sections, municipal documents. */
    sources: Type.Optional(Type.Array(Type.String(), { maxItems: 200 })),
    seed: Type.Optional(
      Type.Union(
        [
          Type.Integer({ minimum: -Number.MAX_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER }),
          Type.String({ minLength: 1, maxLength: 200 }),
        ],
        {
          // Integers beyond 2^53 collide as doubles: such a seed must be written as text.
          description:
            'a whole number of at most 9,007,199,254,740,991 in size, or a text of 1 to 200 characters (the master seed; default 1)',
        },
      ),
    ),
    replications: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 100_000, description: 'default replications for run' }),
    ),
    visitors: Type.Optional(VisitorPartSchema),
    workplace: Type.Optional(WorkplacePartSchema),
    floorplan: Type.Optional(FloorplanLinkSchema),
    staffByRank: Type.Optional(StaffByRank),
    variants: Type.Optional(
      Type.Array(VariantSchema, { maxItems: 20, description: 'options `wardsim compare` runs against this scenario' }),
    ),
    sweep: Type.Optional(SweepBlockSchema),
    cityStudy: Type.Optional(CityStudyBlockSchema),
  },
  {
    additionalProperties: false,
    $id: 'urn:wardsim:schema:scenario',
    title: 'wardsim scenario',
    $defs: { Distribution: DistributionSchema },
  },
);

export type Scenario = Static<typeof ScenarioSchema>;
