/**
 * A floor plan after reading: planar metre coordinates (x east, y north), one record per
 * feature kind, every record remembering the feature it came from so that later checks can
 * name it. This is what the geometry, walking-graph and area functions take.
 */
import type { Access, FeatureProperties, VerticalKind, ZoneKind } from './featureProperties.js';

/** A point in plan metres. */
export type XY = [number, number];

/**
 * A polygon in plan metres: rings are open (the closing position is dropped), the outer ring
 * runs counter-clockwise and holes clockwise (normalised on reading), so "interior on the left"
 * holds for every edge — the walking graph relies on it to find reflex corners.
 */
export interface PlanPolygon {
  outer: XY[];
  holes: XY[][];
}

interface PlanElement {
  id: string;
  /** Index in the input `features` array (for error paths). */
  featureIndex: number;
  properties: FeatureProperties;
}

export interface PlanBuilding extends PlanElement {
  levels: number[];
  polygon: PlanPolygon;
}

/** A polygon space on one level: a zone, or one storey of a stair or lift footprint. */
export interface PlanSpace extends PlanElement {
  kind: ZoneKind | VerticalKind;
  level: number;
  polygon: PlanPolygon;
  access: Access;
  department?: string;
  /** Route end point inside the polygon, in plan metres. */
  anchor: XY;
}

export interface PlanZone extends PlanSpace {
  kind: ZoneKind;
}

/** A stair or lift: the same footprint on each of `levels`. */
export interface PlanVertical extends PlanElement {
  kind: VerticalKind;
  levels: number[];
  polygon: PlanPolygon;
  access: Access;
  anchor: XY;
}

/** A door: a Point, or a LineString across the opening, on the wall between two spaces. */
export interface PlanDoor extends PlanElement {
  level: number;
  access: Access;
  /** One point (Point door) or the opening's polyline. */
  points: XY[];
}

export interface PlanSecurityLine extends PlanElement {
  level: number;
  points: XY[];
}

export interface FloorPlan {
  name?: string;
  nameJa?: string;
  crs: 'wgs84' | 'local-metres';
  /** The projection origin for WGS84 plans (lon, lat in degrees); null for local-metres plans. */
  origin: { lonDeg: number; latDeg: number } | null;
  /** Every level that has a zone, door, outline or vertical link, ascending. */
  levels: number[];
  buildings: PlanBuilding[];
  zones: PlanZone[];
  verticals: PlanVertical[];
  doors: PlanDoor[];
  securityLines: PlanSecurityLine[];
}
