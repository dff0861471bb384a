/**
 * The on-disk shape of a floor plan: an RFC 7946 GeoJSON FeatureCollection whose features carry
 * wardsim properties (see featureProperties.ts). Declared here rather than imported from
 * `geojson` so that the plan format does not depend on a transitive type package; the shapes
 * are structurally compatible with Turf's and d3's GeoJSON types.
 */
import type { FeatureProperties } from './featureProperties.js';

/** [x, y]: lon/lat degrees (WGS84) or metres (local-metres plans). */
export type Position = [number, number];

export interface PointGeometry {
  type: 'Point';
  coordinates: Position;
}

export interface LineStringGeometry {
  type: 'LineString';
  coordinates: Position[];
}

export interface PolygonGeometry {
  type: 'Polygon';
  /** Outer ring first, then holes; each ring closed (first position repeated last). */
  coordinates: Position[][];
}

export type PlanGeometry = PointGeometry | LineStringGeometry | PolygonGeometry;

export interface PlanFeature {
  type: 'Feature';
  id?: string | number;
  geometry: PlanGeometry;
  properties: FeatureProperties;
}

/**
 * The `wardsim` foreign member (RFC 7946 §6.1 allows foreign members). Absent means WGS84
 * lon/lat; `crs: "local-metres"` declares planar metre coordinates (x east, y north).
 */
export interface PlanMetadata {
  crs?: 'wgs84' | 'local-metres';
  /** Projection origin [lon, lat] for WGS84 plans; default: the centre of the plan's bounding box. */
  origin?: Position;
  name?: string;
  nameJa?: string;
  description?: string;
}

export interface FloorPlanGeoJson {
  type: 'FeatureCollection';
  wardsim?: PlanMetadata;
  features: PlanFeature[];
}
