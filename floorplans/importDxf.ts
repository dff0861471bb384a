/**
 * DXF → plan GeoJSON (local metres). Closed LWPOLYLINE/POLYLINE entities on mapped layers become
 * polygon features (zones, stairs, lifts, outlines); LINEs, open polylines and POINTs on door or
 * security-line layers become doors and lines; TEXT/MTEXT on label layers name the smallest
 * polygon containing their insertion point. Arcs in polylines (bulges) are flattened to chords
 * of at most 10°. Entities on unmapped layers are skipped and counted.
 */
import DxfParserModule from 'dxf-parser';
import type { IDxf, IEntity, ILineEntity, ILwpolylineEntity, IMtextEntity, IPolylineEntity, ITextEntity } from 'dxf-parser';
import { InputError, type InputIssue } from '../engine/inputError.js';
import { DXF_UNIT_M, DxfLayerMap, INSUNITS, type DxfLayerMapping } from './dxfLayerMap.js';
import type { FeatureProperties } from './featureProperties.js';
import type { FloorPlanGeoJson, PlanFeature, Position } from './floorPlanGeoJson.js';
import { pointInPolygon } from './pointInPolygon.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import { toPlanPolygon } from './toPlanPolygon.js';
import { validateWith } from './validateWith.js';

// dxf-parser ships a CommonJS (webpack UMD) bundle whose module.exports is the class itself,
// while its typings declare an ES default export: accept both shapes.
type DxfParserClass = typeof import('dxf-parser').default;
const DxfParser: DxfParserClass = (DxfParserModule as unknown as { default?: DxfParserClass }).default ?? (DxfParserModule as unknown as DxfParserClass);

export interface DxfImport {
  plan: FloorPlanGeoJson;
  /** Entities that could not be used (open outline, closed door, …), one per entity. */
  warnings: InputIssue[];
  /** Entities skipped per unmapped layer. */
  skippedByLayer: Record<string, number>;
}

const POLYGON_KINDS_EXCLUDED = new Set(['door', 'security-line']);
const MAX_ARC_STEP_RAD = (10 * Math.PI) / 180;

interface Vertex {
  x: number;
  y: number;
  bulge?: number;
}

/** Polyline vertices with bulged segments replaced by chords (DXF bulge = tan(θ/4), + is CCW). */
function flatten(vertices: Vertex[], closed: boolean): Position[] {
  const out: Position[] = [];
  const n = vertices.length;
  for (let i = 0; i < n; i++) {
    const p = vertices[i];
    out.push([p.x, p.y]);
    if (!closed && i === n - 1) break;
    const q = vertices[(i + 1) % n];
    const bulge = p.bulge ?? 0;
    if (bulge === 0) continue;
    const theta = 4 * Math.atan(bulge);
    const cx = q.x - p.x;
    const cy = q.y - p.y;
    const chord = Math.hypot(cx, cy);
    if (chord === 0) continue;
    // Centre on the left of the chord for a CCW arc, at distance (c/2)/tan(θ/2) from its middle.
    const h = chord / 2 / Math.tan(theta / 2);
    const mx = (p.x + q.x) / 2 - (cy / chord) * h;
    const my = (p.y + q.y) / 2 + (cx / chord) * h;
    const r = Math.hypot(p.x - mx, p.y - my);
    const a0 = Math.atan2(p.y - my, p.x - mx);
    const steps = Math.ceil(Math.abs(theta) / MAX_ARC_STEP_RAD);
    for (let k = 1; k < steps; k++) {
      const a = a0 + (theta * k) / steps;
      out.push([mx + r * Math.cos(a), my + r * Math.sin(a)]);
    }
  }
  return out;
}

function cleanMtext(text: string): string {
  return text
    .replace(/\\P/g, ' ')
    .replace(/\\[A-Za-z][^;\\{}]*;/g, '')
    .replace(/[{}]/g, '')
    .trim();
}

/** Converts DXF text with `layerMap` (validated; throws InputError when invalid or the DXF cannot be parsed). */
export function importDxf(text: string, layerMapInput: unknown): DxfImport {
  const layerMap = validateWith(DxfLayerMap, layerMapInput, 'WSM_DXF_INVALID');
  let dxf: IDxf | null;
  try {
    dxf = new DxfParser().parseSync(text);
  } catch (err) {
    throw new InputError([{ path: 'dxf', message: `expected an ASCII DXF drawing, got a parse error: ${(err as Error).message}` }], 'WSM_DXF_INVALID');
  }
  if (dxf === null) throw new InputError([{ path: 'dxf', message: 'expected an ASCII DXF drawing, got nothing parseable' }], 'WSM_DXF_INVALID');
  const insunits = dxf.header?.$INSUNITS;
  const unit = layerMap.units ?? (typeof insunits === 'number' ? INSUNITS[insunits] : undefined);
  if (unit === undefined) {
    throw new InputError(
      [{ path: 'units', message: `expected "units" in the layer map (mm, cm, m, in, ft) or a known $INSUNITS in the DXF header, got ${insunits === undefined ? 'neither' : `$INSUNITS ${String(insunits)}`}` }],
      'WSM_DXF_INVALID',
    );
  }
  const scale = DXF_UNIT_M[unit];
  const [ox, oy] = layerMap.origin ?? [0, 0];
  const toM = (x: number, y: number): Position => [(x - ox) * scale, (y - oy) * scale];

  const features: PlanFeature[] = [];
  const warnings: InputIssue[] = [];
  const skippedByLayer: Record<string, number> = {};
  const counters = new Map<string, number>();
  const labels: { at: Position; text: string }[] = [];
  const labelLayers = new Set(layerMap.labelLayers ?? []);

  const props = (layer: string, m: DxfLayerMapping): FeatureProperties => {
    const prefix = m.idPrefix ?? layer.toLowerCase().replace(/[^a-z0-9_.-]+/g, '-');
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    const { idPrefix: _omit, ...rest } = m;
    return { ...rest, id: `${prefix}-${n}` };
  };

  (dxf.entities ?? []).forEach((entity: IEntity, index: number) => {
    const where = `entities[${index}] (${entity.type} on layer ${JSON.stringify(entity.layer)})`;
    if (labelLayers.has(entity.layer) && (entity.type === 'TEXT' || entity.type === 'MTEXT')) {
      const t = entity.type === 'TEXT' ? (entity as ITextEntity) : (entity as IMtextEntity);
      const at = entity.type === 'TEXT' ? (t as ITextEntity).startPoint : (t as IMtextEntity).position;
      if (at !== undefined && typeof t.text === 'string') labels.push({ at: toM(at.x, at.y), text: cleanMtext(t.text) });
      return;
    }
    const m = layerMap.layers[entity.layer];
    if (m === undefined) {
      skippedByLayer[entity.layer] = (skippedByLayer[entity.layer] ?? 0) + 1;
      return;
    }
    let line: Position[] | null = null;
    let closed = false;
    if (entity.type === 'LWPOLYLINE' || entity.type === 'POLYLINE') {
      const e = entity as ILwpolylineEntity | IPolylineEntity;
      const vs: Vertex[] = (e.vertices ?? []).map((v) => ({ x: v.x, y: v.y, bulge: (v as { bulge?: number }).bulge }));
      const first = vs[0];
      const last = vs[vs.length - 1];
      const repeated = vs.length > 1 && first.x === last.x && first.y === last.y;
      closed = e.shape === true || repeated;
      line = flatten(repeated ? vs.slice(0, -1) : vs, closed).map(([x, y]) => toM(x, y));
    } else if (entity.type === 'LINE') {
      const vs = (entity as ILineEntity).vertices ?? [];
      line = vs.map((v) => toM(v.x, v.y));
    } else if (entity.type === 'POINT') {
      const pos = (entity as IEntity & { position?: { x: number; y: number } }).position;
      if (pos !== undefined && m.kind === 'door') {
        features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: toM(pos.x, pos.y) }, properties: props(entity.layer, m) });
        return;
      }
    }
    if (line === null) {
      warnings.push({ path: where, message: `expected a LWPOLYLINE, POLYLINE, LINE or (door) POINT for kind "${m.kind}", got ${entity.type}; skipped` });
      return;
    }
    if (POLYGON_KINDS_EXCLUDED.has(m.kind)) {
      if (closed) warnings.push({ path: where, message: `expected an open line for kind "${m.kind}", got a closed polyline; used as drawn` });
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: closed ? [...line, line[0]] : line }, properties: props(entity.layer, m) });
      return;
    }
    if (!closed || line.length < 3) {
      warnings.push({ path: where, message: `expected a closed polyline of at least 3 corners for kind "${m.kind}", got ${closed ? `${line.length} corners` : 'an open one'}; skipped` });
      return;
    }
    features.push({ type: 'Feature', geometry: { type: 'Polygon', coordinates: [[...line, line[0]]] }, properties: props(entity.layer, m) });
  });

  // Labels name the smallest polygon (not the outline) that contains them.
  for (const label of labels) {
    let best: { f: PlanFeature; area: number } | null = null;
    for (const f of features) {
      if (f.geometry.type !== 'Polygon' || f.properties.kind === 'building') continue;
      const polygon = toPlanPolygon(f.geometry.coordinates);
      if (pointInPolygon(label.at, polygon, 0) !== 'inside') continue;
      const area = polygonAreaM2(polygon);
      if (best === null || area < best.area) best = { f, area };
    }
    if (best !== null && label.text !== '') {
      const isJa = /[\u3000-\u9fff]/.test(label.text);
      best.f.properties = { ...best.f.properties, [isJa ? 'nameJa' : 'name']: label.text };
    }
  }

  const plan: FloorPlanGeoJson = { type: 'FeatureCollection', wardsim: { crs: 'local-metres' }, features };
  if (layerMap.name !== undefined) plan.wardsim = { crs: 'local-metres', name: layerMap.name };
  return { plan, warnings, skippedByLayer };
}
