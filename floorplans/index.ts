/**
 * The public surface of the floor-plan layer: reading and validation, geometry, walking routes, area checks, import and
 * drawing.
 */
export type { FloorPlanGeoJson, PlanFeature, PlanGeometry, PlanMetadata, Position } from './floorPlanGeoJson.js';
export type {
  FloorPlan,
  PlanBuilding,
  PlanDoor,
  PlanPolygon,
  PlanSecurityLine,
  PlanSpace,
  PlanVertical,
  PlanZone,
  XY,
} from './floorPlan.js';
export { DEFAULT_ACCESS, FEATURE_KINDS, FeatureProperties, VERTICAL_KINDS, ZONE_KINDS } from './featureProperties.js';
export type { Access, FeatureKind, VerticalKind, ZoneKind } from './featureProperties.js';
export { floorPlanJsonSchema } from './floorPlanJsonSchema.js';

export { readFloorPlan, type FloorPlanReading } from './readFloorPlan.js';
export { validateFloorPlan, type FloorPlanValidation, type ValidationOptions } from './validateFloorPlan.js';
export { loadFloorPlan } from './loadFloorPlan.js';
export { wgs84LocalProjection, WGS84_A_M, WGS84_F, type LocalProjection } from './wgs84LocalProjection.js';
export { floorPlanToWgs84 } from './floorPlanToWgs84.js';
export { PlanBuilder, rect, sharedWall } from './planBuilder.js';
export { planSpaces } from './planSpaces.js';

export { polygonAreaM2, ringSignedAreaM2 } from './polygonAreaM2.js';
export { polygonPerimeterM, ringLengthM } from './polygonPerimeterM.js';
export { intersectionAreaM2 } from './intersectionAreaM2.js';
export { interiorPoint, polygonCentroid } from './interiorPoint.js';
export { pointInPolygon, type PointLocation } from './pointInPolygon.js';
export { planGrossAreaM2 } from './planGrossAreaM2.js';

export { buildWalkingNetwork } from './buildWalkingNetwork.js';
export type { WalkingNetwork } from './walkingNetwork.js';
export {
  DEFAULT_SPEED_M_PER_MIN,
  resolveWalkingOptions,
  type Audience,
  type WalkingOptions,
} from './walkingOptions.js';
export { shortestRoute, type RoutePoint, type WalkingRoute } from './shortestRoute.js';
export { zoneDistanceMatrix, type ZoneDistanceMatrix } from './zoneDistanceMatrix.js';
export { ShortestPathTree } from './shortestPathTree.js';

export { DEFAULT_SPACE_STANDARDS, resolveSpaceStandards, type SpaceStandards } from './spaceStandards.js';
export { zoneCapacity, type ZoneCapacity } from './zoneCapacity.js';
export { zoneAreaTable, type ZoneAreaRow } from './zoneAreaTable.js';
export { SpaceDemand } from './spaceDemand.js';
export { checkSpaceDemand, checkZoneDemand, type DemandZone, type SpaceCheckRow } from './checkSpaceDemand.js';
export { StaffByRank, staffTotal } from './staffByRank.js';
export { somuOfficeAreaStandard, SOMU_CONVERSION, type SomuOfficeArea } from './somuOfficeAreaStandard.js';
export { mlitOfficeAreaStandard, MLIT_CONVERSION, type MlitOfficeArea } from './mlitOfficeAreaStandard.js';
export {
  compareOfficeAreaStandards,
  compareGrossAreaWithStandards,
  type OfficeAreaComparison,
} from './compareOfficeAreaStandards.js';

export { importDxf, type DxfImport } from './importDxf.js';
export { DxfLayerMap } from './dxfLayerMap.js';
export { toClosedRings } from './toPlanPolygon.js';
