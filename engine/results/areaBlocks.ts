/** The area check against a linked plan and the building total against the office-area standards. */
import { Type, type Static } from '@sinclair/typebox';

export const AREA_ITEMS = [
  'waiting seats',
  'counter positions',
  'desks',
  '1-person booths',
  'group booths',
  'meeting rooms',
  'consultation rooms',
  'consultation booths',
  'focus seats',
] as const;

export const AreaCheckRow = Type.Object(
  {
    item: Type.Union(AREA_ITEMS.map((i) => Type.Literal(i))),
    scope: Type.String({ description: '"all", a department id or a zone id' }),
    zoneIds: Type.Array(Type.String(), { description: 'the plan zones whose area counts for this row' }),
    demandUnits: Type.Number(),
    planUnits: Type.Number(),
    needM2: Type.Number(),
    planM2: Type.Number(),
    surplusM2: Type.Number({ description: 'planM2 − needM2; negative is a deficit' }),
    status: Type.Union([Type.Literal('ok'), Type.Literal('deficit'), Type.Literal('short-units')]),
  },
  { additionalProperties: false },
);
export type AreaCheckRow = Static<typeof AreaCheckRow>;

export const OfficeStandardsBlock = Type.Object(
  {
    staff: Type.Number(),
    staffDerivedFromHeadcount: Type.Boolean(),
    planGrossM2: Type.Number(),
    somuM2: Type.Number(),
    mlitM2: Type.Number(),
    planToSomu: Type.Number(),
    planToMlit: Type.Number(),
    planM2PerStaff: Type.Number(),
  },
  { additionalProperties: false },
);
export type OfficeStandardsBlock = Static<typeof OfficeStandardsBlock>;

export const PlanIdentity = Type.Object(
  {
    name: Type.String(),
    nameJa: Type.String(),
    planHash: Type.String({ pattern: '^[0-9a-f]{16}$' }),
    grossAreaM2: Type.Number(),
  },
  { additionalProperties: false },
);
export type PlanIdentity = Static<typeof PlanIdentity>;

/** One row of the assumptions register (scenarios/study/assumptionRegister.ts). */
export const AssumptionEntry = Type.Object(
  {
    part: Type.Union([Type.Literal('visitors'), Type.Literal('workplace')]),
    path: Type.String({ description: 'where in the scenario, with the id of the element' }),
    value: Type.String({ description: 'the value, as JSON text when not a string' }),
    defaultValue: Type.Union([Type.String(), Type.Null()], {
      description: "wardsim's default; null: an input without a default",
    }),
    source: Type.Union([Type.String(), Type.Null()], { description: 'the source line or note the scenario gives' }),
    status: Type.Union([Type.String(), Type.Null()], {
      description: 'status tags found in the source: V, V~, U, D, A',
    }),
  },
  { additionalProperties: false },
);
export type AssumptionEntry = Static<typeof AssumptionEntry>;

const Point = Type.Tuple([Type.Number(), Type.Number()], { description: '[x, y] in local metres, x east, y north' });

/** What a report or the browser needs to draw the plan without reading the GeoJSON again. */
export const PlanDrawing = Type.Object(
  {
    levels: Type.Array(Type.Integer()),
    zones: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          name: Type.String(),
          nameJa: Type.String(),
          kind: Type.String(),
          level: Type.Integer(),
          department: Type.Union([Type.String(), Type.Null()]),
          access: Type.String(),
          areaM2: Type.Number(),
          rings: Type.Array(Type.Array(Point), { description: 'outer ring first, then holes' }),
        },
        { additionalProperties: false },
      ),
    ),
    routes: Type.Array(
      Type.Object(
        {
          from: Type.String({ description: 'a place key: entrance, waiting, counter:<department> …' }),
          to: Type.String(),
          timeMin: Type.Number(),
          lengthM: Type.Number(),
          points: Type.Array(Type.Tuple([Type.Number(), Type.Number(), Type.Integer()]), {
            description: '[x, y, level]',
          }),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
export type PlanDrawing = Static<typeof PlanDrawing>;
