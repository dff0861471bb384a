/**
 * The JSON Schema (draft-07) of floor-plan feature properties, generated from the TypeBox
 * schema so the published file (docs/schemas/floorplan.schema.json) can never drift from the
 * validator; a test compares the two (REGEN=1 rewrites the file).
 */
import { FeatureProperties } from './featureProperties.js';

/** The schema as a plain JSON object (TypeBox's symbol keys dropped). */
export function floorPlanJsonSchema(): Record<string, unknown> {
  const plain = JSON.parse(JSON.stringify(FeatureProperties)) as Record<string, unknown>;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...plain,
    description:
      'Properties of one feature of a wardsim floor plan: a GeoJSON FeatureCollection (RFC 7946) in WGS84 lon/lat, or in local metres when the collection has "wardsim": {"crs": "local-metres"}. See docs/floorplans.md.',
  };
}
