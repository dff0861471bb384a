/**
 * A local-metres plan document → the same plan in WGS84 lon/lat (RFC 7946), placed with its
 * metre origin (0, 0) at `origin`, by the inverse of wgs84LocalProjection. The origin is stored
 * in `wardsim.origin` so that reading the file back uses the same projection and returns the
 * original metres to within floating-point rounding.
 */
import type { FloorPlanGeoJson, PlanFeature, PlanGeometry, Position } from './floorPlanGeoJson.js';
import { wgs84LocalProjection } from './wgs84LocalProjection.js';

/** Digits kept in lon/lat: 1e-9° is about 0.1 mm, far below drawing accuracy, and keeps files small. */
const DIGITS = 9;

export function floorPlanToWgs84(doc: FloorPlanGeoJson, origin: Position): FloorPlanGeoJson {
  const projection = wgs84LocalProjection(origin[0], origin[1]);
  const round = (v: number) => Number(v.toFixed(DIGITS));
  const inv = (p: Position): Position => {
    const [lon, lat] = projection.inverse(p[0], p[1]);
    return [round(lon), round(lat)];
  };
  const geometry = (g: PlanGeometry): PlanGeometry => {
    if (g.type === 'Point') return { type: 'Point', coordinates: inv(g.coordinates) };
    if (g.type === 'LineString') return { type: 'LineString', coordinates: g.coordinates.map(inv) };
    return { type: 'Polygon', coordinates: g.coordinates.map((ring) => ring.map(inv)) };
  };
  const features = doc.features.map((f): PlanFeature => {
    const properties = { ...f.properties };
    if (properties.anchor !== undefined) properties.anchor = inv(properties.anchor);
    return { ...f, geometry: geometry(f.geometry), properties };
  });
  const { crs: _crs, ...meta } = doc.wardsim ?? {};
  return { type: 'FeatureCollection', wardsim: { ...meta, crs: 'wgs84', origin: [origin[0], origin[1]] }, features };
}
