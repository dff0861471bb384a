/**
 * `kind: "floorplan-check"` — a plan validated: its problems, zones with areas and capacities, the optional cross-
 * checks.
 */
import { Type, type Static } from '@sinclair/typebox';
import { ERROR_CODE_LIST } from '../errors.js';
import { FORMAT_VERSION } from './common.js';

const N = Type.Number();
const Capacity = Type.Object(
  {
    seats: Type.Optional(N),
    desks: Type.Optional(N),
    counterPositions: Type.Optional(N),
    booths: Type.Optional(N),
    capacityPersons: Type.Optional(N),
    derived: Type.Array(Type.String(), { description: 'fields derived from area by the space standards' }),
  },
  { additionalProperties: false },
);

export const FloorPlanCheckSchema = Type.Object(
  {
    kind: Type.Literal('floorplan-check'),
    formatVersion: Type.Literal(FORMAT_VERSION),
    engineVersion: Type.String(),
    inputHash: Type.String({ pattern: '^[0-9a-f]{16}$' }),
    ok: Type.Boolean(),
    issues: Type.Array(
      Type.Object(
        { code: Type.Union(ERROR_CODE_LIST.map((c) => Type.Literal(c))), path: Type.String(), message: Type.String() },
        { additionalProperties: false },
      ),
    ),
    name: Type.Union([Type.String(), Type.Null()]),
    crs: Type.String(),
    levels: Type.Array(Type.Integer()),
    grossAreaM2: N,
    zones: Type.Array(
      Type.Object(
        {
          id: Type.String(),
          kind: Type.String(),
          level: Type.Integer(),
          department: Type.Optional(Type.String()),
          name: Type.Optional(Type.String()),
          access: Type.String(),
          areaM2: N,
          perimeterM: N,
          capacity: Capacity,
        },
        { additionalProperties: false },
      ),
    ),
    levelAreas: Type.Array(
      Type.Object(
        { level: Type.Integer(), zonesM2: N, publicM2: N, staffM2: N, verticalM2: N },
        { additionalProperties: false },
      ),
    ),
    spaceCheck: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()))),
    officeStandards: Type.Optional(Type.Record(Type.String(), Type.Unknown())),
  },
  { additionalProperties: false, $id: 'urn:wardsim:result:floorplan-check', title: 'wardsim floor-plan check' },
);
export type FloorPlanCheckDocument = Static<typeof FloorPlanCheckSchema>;
