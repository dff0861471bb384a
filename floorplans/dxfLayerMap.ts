/**
 * How a DXF drawing maps onto plan features: which layer holds which kind of feature, on which
 * level, for which department, and what the drawing units are. Documented in docs/floorplans.md.
 *
 * {
 *   "units": "mm",                      // mm | cm | m | in | ft; default: the DXF's $INSUNITS
 *   "origin": [12000, 5000],            // optional, drawing units: subtracted before scaling
 *   "name": "北区役所 1F",
 *   "labelLayers": ["A-TEXT"],          // TEXT/MTEXT here name the polygon they sit in
 *   "layers": {
 *     "A-BLDG":        {"kind": "building", "levels": [1]},
 *     "A-LOBBY":       {"kind": "lobby", "level": 1},
 *     "A-CNT-KOSEKI":  {"kind": "counter", "level": 1, "department": "koseki-jumin"},
 *     "A-DOOR":        {"kind": "door", "level": 1},
 *     "A-DOOR-IC":     {"kind": "door", "level": 1, "access": "staff"},
 *     "A-SEC":         {"kind": "security-line", "level": 1}
 *   }
 * }
 */
import { Type, type Static } from '@sinclair/typebox';
import { FEATURE_KINDS } from './featureProperties.js';
import { NOT_RESERVED } from '../engine/schema/reservedNames.js';

const level = Type.Integer({ minimum: -10, maximum: 100 });

export const DxfLayerMapping = Type.Object(
  {
    kind: Type.Union(FEATURE_KINDS.map((k) => Type.Literal(k))),
    level: Type.Optional(level),
    levels: Type.Optional(Type.Array(level, { minItems: 1, uniqueItems: true })),
    department: Type.Optional(Type.String({ minLength: 1, maxLength: 80, ...NOT_RESERVED })),
    access: Type.Optional(Type.Union([Type.Literal('public'), Type.Literal('staff')])),
    seating: Type.Optional(
      Type.Union([Type.Literal('fixed'), Type.Literal('group-address'), Type.Literal('free-address')]),
    ),
    /** Feature ids become `<idPrefix>-<n>`; default: the layer name in lower case. */
    idPrefix: Type.Optional(Type.String({ minLength: 1, pattern: '^[A-Za-z0-9_.-]+$' })),
  },
  { additionalProperties: false },
);

export const DxfLayerMap = Type.Object(
  {
    units: Type.Optional(
      Type.Union([Type.Literal('mm'), Type.Literal('cm'), Type.Literal('m'), Type.Literal('in'), Type.Literal('ft')]),
    ),
    origin: Type.Optional(Type.Tuple([Type.Number(), Type.Number()])),
    name: Type.Optional(Type.String()),
    labelLayers: Type.Optional(Type.Array(Type.String({ maxLength: 255 }), { maxItems: 1000 })),
    layers: Type.Record(Type.String({ minLength: 1, maxLength: 255 }), DxfLayerMapping, { maxProperties: 1000 }),
  },
  { additionalProperties: false, title: 'wardsim DXF layer map' },
);
export type DxfLayerMap = Static<typeof DxfLayerMap>;
export type DxfLayerMapping = Static<typeof DxfLayerMapping>;

/** Metres per drawing unit. */
export const DXF_UNIT_M: Readonly<Record<NonNullable<DxfLayerMap['units']>, number>> = {
  mm: 0.001,
  cm: 0.01,
  m: 1,
  in: 0.0254,
  ft: 0.3048,
};

/** DXF $INSUNITS codes we understand (AutoCAD DXF reference, HEADER section) → our unit names. */
export const INSUNITS: Readonly<Record<number, NonNullable<DxfLayerMap['units']>>> = {
  1: 'in',
  2: 'ft',
  4: 'mm',
  5: 'cm',
  6: 'm',
};
