/**
 * The properties every plan feature carries, as one TypeBox schema. It is the single source of
 * the JSON Schema published in docs/schemas/floorplan.schema.json (see floorPlanJsonSchema.ts)
 * and of the TypeScript type, so editor autocompletion, the CLI and the engine agree.
 */
import { Type, type Static } from '@sinclair/typebox';
import { NOT_RESERVED } from '../engine/schema/reservedNames.js';

/** Polygon spaces people stand, sit or walk in. One kind per zone; departments are a property. */
export const ZONE_KINDS = [
  'entrance',
  'lobby',
  'waiting',
  'concierge',
  'reception',
  'counter',
  'consultation-room',
  'consultation-booth',
  'exhibition',
  'circulation-public',
  'office',
  'booth-1p',
  'booth-group',
  'meeting-room',
  'focus',
  'lounge',
  'circulation-staff',
  'service',
] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

/** Vertical links: Polygon footprints repeated on every level listed in `levels`. */
export const VERTICAL_KINDS = ['stair', 'lift'] as const;
export type VerticalKind = (typeof VERTICAL_KINDS)[number];

export const FEATURE_KINDS = [...ZONE_KINDS, ...VERTICAL_KINDS, 'building', 'door', 'security-line'] as const;
export type FeatureKind = (typeof FEATURE_KINDS)[number];

export type Access = 'public' | 'staff';

/**
 * Who may enter a kind of space when `access` is not given. The staff side follows the seed
 * document's security line: ロビー・窓口スペース are public, 執務室 and ABW spaces are behind the
 * line (職員証 IC card), so booths, meeting rooms, focus areas and lounges default to staff.
 */
export const DEFAULT_ACCESS: Readonly<Record<ZoneKind | VerticalKind, Access>> = {
  entrance: 'public',
  lobby: 'public',
  waiting: 'public',
  concierge: 'public',
  reception: 'public',
  counter: 'public',
  'consultation-room': 'public',
  'consultation-booth': 'public',
  exhibition: 'public',
  'circulation-public': 'public',
  office: 'staff',
  'booth-1p': 'staff',
  'booth-group': 'staff',
  'meeting-room': 'staff',
  focus: 'staff',
  lounge: 'staff',
  'circulation-staff': 'staff',
  service: 'staff',
  stair: 'public',
  lift: 'public',
};

const count = (description: string) => Type.Integer({ minimum: 0, maximum: 100_000, description });
const level = Type.Integer({
  minimum: -10,
  maximum: 100,
  description: 'Storey: 1 = ground floor (1F), 2 = 2F, -1 = B1F.',
});

/** Schema of `feature.properties`. Unknown extra properties (e.g. QGIS `fid`) are allowed. */
export const FeatureProperties = Type.Object(
  {
    kind: Type.Union(
      FEATURE_KINDS.map((k) => Type.Literal(k)),
      {
        description: `one of ${FEATURE_KINDS.join(', ')}: what the feature is (it decides the geometry type it needs)`,
      },
    ),
    id: Type.String({
      minLength: 1,
      maxLength: 120,
      ...NOT_RESERVED,
      description: 'Unique within the plan; errors and routes name it.',
    }),
    level: Type.Optional(level),
    levels: Type.Optional(
      Type.Array(level, {
        minItems: 1,
        uniqueItems: true,
        description:
          'Stairs and lifts: every level they serve (at least 2). Buildings: the levels sharing this outline.',
      }),
    ),
    department: Type.Optional(
      Type.String({ minLength: 1, maxLength: 80, ...NOT_RESERVED, description: 'Department id, e.g. "koseki-jumin".' }),
    ),
    name: Type.Optional(Type.String({ maxLength: 200 })),
    nameJa: Type.Optional(Type.String({ maxLength: 200 })),
    access: Type.Optional(
      Type.Union([Type.Literal('public'), Type.Literal('staff')], {
        description:
          '"public" (visitors may enter or use it) or "staff" (behind the security line, IC card); default by kind',
      }),
    ),
    seating: Type.Optional(
      Type.Union([Type.Literal('fixed'), Type.Literal('group-address'), Type.Literal('free-address')], {
        description:
          '"fixed", "group-address" or "free-address": the desk policy of an office zone (グループアドレス = group address by department)',
      }),
    ),
    seats: Type.Optional(count('Seats (waiting, meeting, focus, lounge, consultation).')),
    desks: Type.Optional(count('Desks (office zones).')),
    counterPositions: Type.Optional(count('Counter positions (窓口) served at once (counter zones).')),
    capacityPersons: Type.Optional(count('People the space holds at once.')),
    booths: Type.Optional(count('Booths in a booth zone (booth-1p, booth-group, consultation-booth).')),
    widthM: Type.Optional(
      Type.Number({ exclusiveMinimum: 0, maximum: 50, description: 'Door clear width in metres (Point doors).' }),
    ),
    anchor: Type.Optional(
      Type.Tuple([Type.Number(), Type.Number()], {
        description:
          'Route end point inside the zone, in the plan coordinates; default: an interior point near the centroid.',
      }),
    ),
  },
  {
    $id: 'urn:wardsim:schema:floorplan',
    title: 'wardsim floor-plan feature properties',
    additionalProperties: true,
    allOf: [
      {
        if: { required: ['kind'], properties: { kind: { enum: [...VERTICAL_KINDS] } } },
        then: { required: ['levels'], properties: { levels: { minItems: 2 } } },
      },
      {
        if: { required: ['kind'], properties: { kind: { const: 'building' } } },
        then: { anyOf: [{ required: ['level'] }, { required: ['levels'] }] },
      },
      {
        if: { required: ['kind'], properties: { kind: { not: { enum: [...VERTICAL_KINDS, 'building'] } } } },
        then: { required: ['level'] },
      },
    ],
  },
);
export type FeatureProperties = Static<typeof FeatureProperties>;
