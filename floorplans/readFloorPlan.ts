/**
 * Reads a floor-plan GeoJSON document into a FloorPlan in plan metres, collecting every
 * structural issue (document shape, properties against the schema, geometry type and
 * coordinates, ring closure, self-intersections, duplicate ids) rather than stopping at the
 * first. Features with issues are left out of the returned plan so later checks can still run
 * on the rest. Semantic checks (overlaps, doors, reachability, …) are in validateFloorPlan.ts.
 */
import { showValue, type InputIssue } from '../engine/inputError.js';
import {
  DEFAULT_ACCESS,
  VERTICAL_KINDS,
  type FeatureProperties,
  type VerticalKind,
  type ZoneKind,
} from './featureProperties.js';
import { featurePropertiesIssues } from './featurePropertiesIssues.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan, XY } from './floorPlan.js';
import { interiorPoint } from './interiorPoint.js';
import { planExtentIssues, planSizeIssues, PLAN_LIMITS } from './planLimits.js';
import { pointInPolygon } from './pointInPolygon.js';
import { polygonShapeIssues } from './polygonShapeIssues.js';
import { readGeometry, type GeometryType, type RawGeometry } from './readGeometry.js';
import { toPlanPolygon } from './toPlanPolygon.js';
import { wgs84LocalProjection } from './wgs84LocalProjection.js';

export interface FloorPlanReading {
  plan: FloorPlan;
  issues: InputIssue[];
}

interface Pending {
  index: number;
  prefix: string;
  props: FeatureProperties;
  geometry: RawGeometry;
}

function geometryTypesFor(kind: string): GeometryType[] {
  if (kind === 'door') return ['LineString', 'Point'];
  if (kind === 'security-line') return ['LineString'];
  return ['Polygon'];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function allPositions(g: RawGeometry): XY[] {
  return g.type === 'Point' ? [g.point] : g.type === 'LineString' ? g.line : g.rings.flat();
}

/** Reads `input` (parsed JSON); never throws on bad input — issues are returned. */
export function readFloorPlan(input: unknown): FloorPlanReading {
  const issues: InputIssue[] = [];
  const plan: FloorPlan = {
    crs: 'wgs84',
    origin: null,
    levels: [],
    buildings: [],
    zones: [],
    verticals: [],
    doors: [],
    securityLines: [],
  };
  if (!isObject(input) || input.type !== 'FeatureCollection' || !Array.isArray(input.features)) {
    issues.push({
      path: '',
      message: `expected a GeoJSON FeatureCollection with a "features" array, got ${showValue(isObject(input) ? input.type : input)}`,
    });
    return { plan, issues };
  }
  const sizeIssues = planSizeIssues(input.features);
  if (sizeIssues.length > 0) return { plan, issues: sizeIssues };
  const meta = input.wardsim;
  let origin: XY | null = null;
  if (meta !== undefined) {
    if (!isObject(meta)) issues.push({ path: 'wardsim', message: `expected an object, got ${showValue(meta)}` });
    else {
      if (meta.crs !== undefined && meta.crs !== 'wgs84' && meta.crs !== 'local-metres') {
        issues.push({ path: 'wardsim.crs', message: `expected "wgs84" or "local-metres", got ${showValue(meta.crs)}` });
      }
      if (meta.crs === 'local-metres') plan.crs = 'local-metres';
      if (meta.origin !== undefined) {
        const o = meta.origin;
        if (
          Array.isArray(o) &&
          o.length === 2 &&
          typeof o[0] === 'number' &&
          typeof o[1] === 'number' &&
          Math.abs(o[0]) <= 180 &&
          Math.abs(o[1]) < 90
        )
          origin = [o[0], o[1]];
        else issues.push({ path: 'wardsim.origin', message: `expected [lon, lat] in degrees, got ${showValue(o)}` });
      }
      if (typeof meta.name === 'string') plan.name = meta.name;
      if (typeof meta.nameJa === 'string') plan.nameJa = meta.nameJa;
    }
  }
  const wgs84 = plan.crs === 'wgs84';

  // Pass 1: structure and properties.
  const pending: Pending[] = [];
  const firstById = new Map<string, number>();
  input.features.forEach((f: unknown, index: number) => {
    const rawId =
      isObject(f) && isObject(f.properties) && typeof f.properties.id === 'string' ? f.properties.id : undefined;
    const prefix = featurePath(index, rawId);
    if (!isObject(f) || f.type !== 'Feature') {
      issues.push({ path: prefix, message: `expected a GeoJSON Feature, got ${showValue(isObject(f) ? f.type : f)}` });
      return;
    }
    const propIssues = featurePropertiesIssues(f.properties, prefix);
    if (propIssues.length > 0) {
      issues.push(...propIssues);
      return;
    }
    const props = f.properties as FeatureProperties;
    const geometry = readGeometry(
      f.geometry,
      geometryTypesFor(props.kind),
      props.kind,
      `${prefix}.geometry`,
      wgs84,
      issues,
    );
    const first = firstById.get(props.id);
    if (first !== undefined) {
      issues.push({
        path: `${prefix}.properties.id`,
        message: `expected a unique id, got ${JSON.stringify(props.id)} again (first used by features[${first}])`,
      });
      return;
    }
    firstById.set(props.id, index);
    if (geometry !== null) pending.push({ index, prefix, props, geometry });
  });

  // The raw bounding box: the extent limit holds before anything is projected.
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of pending) {
    for (const [x, y] of allPositions(p.geometry)) {
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    }
  }
  const extentIssues = planExtentIssues(box, wgs84);
  if (extentIssues.length > 0) return { plan, issues: [...issues, ...extentIssues] };

  // Projection about the declared origin or the centre of the bounding box (see wgs84LocalProjection.ts).
  let project = (p: XY): XY => [p[0], p[1]];
  if (wgs84) {
    if (origin === null) origin = pending.length > 0 ? [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] : [0, 0];
    const projection = wgs84LocalProjection(origin[0], origin[1]);
    plan.origin = { lonDeg: origin[0], latDeg: origin[1] };
    project = (p) => projection.forward(p[0], p[1]);
  }

  // Pass 2: project, check shapes, build records.
  const levels = new Set<number>();
  for (const { index, prefix, props, geometry } of pending) {
    const base = { id: props.id, featureIndex: index, properties: props };
    if (geometry.type === 'Polygon') {
      const polygon = toPlanPolygon(geometry.rings.map((r) => r.map(project)));
      const shape = polygonShapeIssues(polygon, `${prefix}.geometry`);
      if (shape.length > 0) {
        issues.push(...shape);
        continue;
      }
      if (props.kind === 'building') {
        const lv = props.levels ?? (props.level === undefined ? [] : [props.level]);
        lv.forEach((l) => levels.add(l));
        plan.buildings.push({ ...base, levels: [...lv].sort((a, b) => a - b), polygon });
        continue;
      }
      let anchor = interiorPoint(polygon);
      if (props.anchor !== undefined) {
        const a = project([props.anchor[0], props.anchor[1]]);
        if (pointInPolygon(a, polygon, 1e-6) === 'outside') {
          issues.push({
            path: `${prefix}.properties.anchor`,
            message: `expected a point inside the zone's polygon, got ${showValue(props.anchor)}`,
          });
          continue;
        }
        anchor = a;
      }
      const kind = props.kind as ZoneKind | VerticalKind;
      const access = props.access ?? DEFAULT_ACCESS[kind];
      if ((VERTICAL_KINDS as readonly string[]).includes(kind)) {
        const lv = [...(props.levels ?? [])].sort((a, b) => a - b);
        lv.forEach((l) => levels.add(l));
        plan.verticals.push({ ...base, kind: kind as VerticalKind, levels: lv, polygon, access, anchor });
      } else {
        const level = props.level as number;
        levels.add(level);
        const zone = { ...base, kind: kind as ZoneKind, level, polygon, access, anchor };
        plan.zones.push(props.department === undefined ? zone : { ...zone, department: props.department });
      }
      continue;
    }
    const level = props.level as number;
    const points = (geometry.type === 'Point' ? [geometry.point] : geometry.line).map(project);
    if (geometry.type === 'LineString') {
      let lengthM = 0;
      for (let i = 1; i < points.length; i++)
        lengthM += Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
      if (!(lengthM > 1e-6)) {
        issues.push({
          path: `${prefix}.geometry`,
          message: `expected a line of non-zero length, got ${lengthM.toFixed(6)} m`,
        });
        continue;
      }
      if (props.kind === 'door' && lengthM > PLAN_LIMITS.doorLengthM) {
        const message = `expected a door at most ${PLAN_LIMITS.doorLengthM} m long, got ${lengthM.toFixed(1)} m (a wall drawn on the door layer?)`;
        issues.push({ path: `${prefix}.geometry`, message, code: 'WSM_LIMIT_EXCEEDED' });
        continue;
      }
    }
    levels.add(level);
    if (props.kind === 'door') plan.doors.push({ ...base, level, access: props.access ?? 'public', points });
    else plan.securityLines.push({ ...base, level, points });
  }
  plan.levels = [...levels].sort((a, b) => a - b);
  // Issues in feature order (pass 2 found some later than pass 1); sort is stable within a feature.
  const featureNo = (i: InputIssue) => Number(/^features\[(\d+)\]/.exec(i.path)?.[1] ?? -1);
  issues.sort((a, b) => featureNo(a) - featureNo(b));
  return { plan, issues };
}
