/**
 * DXF → plan GeoJSON (local metres). Closed LWPOLYLINE/POLYLINE entities on mapped layers become
 * polygon features (zones, stairs, lifts, outlines); LINEs, open polylines and POINTs on door or
 * security-line layers become doors and lines; TEXT/MTEXT on label layers name the smallest
 * polygon containing their insertion point. Arcs in polylines (bulges) are flattened to chords
 * of at most 10°. Entities on unmapped layers are skipped and counted.
 */
import { InputError, type InputIssue } from '../engine/inputError.js';
import { DXF_UNIT_M, DxfLayerMap, INSUNITS, type DxfLayerMapping } from './dxfLayerMap.js';
import type { FeatureProperties } from './featureProperties.js';
import type { FloorPlanGeoJson, PlanFeature, Position } from './floorPlanGeoJson.js';
import { PLAN_LIMITS } from './planLimits.js';
import { readDxf, type DxfEntity } from './readDxf.js';
import { pointInPolygon } from './pointInPolygon.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import { toPlanPolygon } from './toPlanPolygon.js';
import { validateWith } from './validateWith.js';

export interface DxfImport {
  plan: FloorPlanGeoJson;
  /** Entities that could not be used (open outline, closed door, …), one per entity. */
  warnings: InputIssue[];
  /** Entities skipped per unmapped layer. */
  skippedByLayer: Record<string, number>;
}

const POLYGON_KINDS_EXCLUDED = new Set(['door', 'security-line']);
const MAX_ARC_STEP_RAD = (10 * Math.PI) / 180;
/** Entities one drawing may hold (all layers, mapped or not): a storey of a ward office has a few thousand. */
export const DXF_MAX_ENTITIES = 200_000;

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
  const head = text.trimStart().slice(0, 40);
  if (head.startsWith('AutoCAD Binary DXF'))
    throw new InputError(
      [{ path: 'dxf', message: 'expected an ASCII DXF drawing, got a binary DXF (save it as ASCII DXF)' }],
      'WSM_DXF_INVALID',
    );
  if (!/^\d{1,4}\s*(\r?\n|$)/.test(head))
    throw new InputError(
      [
        {
          path: 'dxf',
          message:
            'expected an ASCII DXF drawing (lines of group codes and values), got text that does not start with a group code',
        },
      ],
      'WSM_DXF_INVALID',
    );
  const dxf = readDxf(text);
  if (dxf.entities.length === 0)
    throw new InputError(
      [{ path: 'dxf', message: 'expected an ASCII DXF drawing with entities, got none (no ENTITIES section?)' }],
      'WSM_DXF_INVALID',
    );
  const sizeIssues = dxfSizeIssues(dxf.entities);
  if (sizeIssues.length > 0) throw new InputError(sizeIssues, 'WSM_LIMIT_EXCEEDED');
  const insunits = dxf.insunits;
  const unit = layerMap.units ?? (typeof insunits === 'number' ? INSUNITS[insunits] : undefined);
  if (unit === undefined) {
    throw new InputError(
      [
        {
          path: 'units',
          message: `expected "units" in the layer map (mm, cm, m, in, ft) or a known $INSUNITS in the DXF header, got ${insunits === undefined ? 'neither' : `$INSUNITS ${String(insunits)}`}`,
        },
      ],
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

  dxf.entities.forEach((entity, index) => {
    const name = entity.type === 'OTHER' ? entity.name : entity.type;
    const where = `entities[${index}] (${name} on layer ${JSON.stringify(entity.layer)})`;
    if (labelLayers.has(entity.layer) && (entity.type === 'TEXT' || entity.type === 'MTEXT')) {
      if (entity.position !== undefined)
        labels.push({ at: toM(entity.position.x, entity.position.y), text: cleanMtext(entity.text) });
      return;
    }
    const m = Object.hasOwn(layerMap.layers, entity.layer) ? layerMap.layers[entity.layer] : undefined;
    if (m === undefined) {
      skippedByLayer[entity.layer] = (skippedByLayer[entity.layer] ?? 0) + 1;
      return;
    }
    let line: Position[] | null = null;
    let closed = false;
    if (entity.type === 'LWPOLYLINE' || entity.type === 'POLYLINE') {
      const vs: Vertex[] = entity.vertices;
      const first = vs[0];
      const last = vs[vs.length - 1];
      const repeated = vs.length > 1 && first.x === last.x && first.y === last.y;
      closed = entity.closed || repeated;
      line = flatten(repeated ? vs.slice(0, -1) : vs, closed).map(([x, y]) => toM(x, y));
    } else if (entity.type === 'LINE') {
      line = entity.vertices.map((v) => toM(v.x, v.y));
    } else if (entity.type === 'POINT') {
      if (entity.position !== undefined && m.kind === 'door') {
        features.push({
          type: 'Feature',
          geometry: { type: 'Point', coordinates: toM(entity.position.x, entity.position.y) },
          properties: props(entity.layer, m),
        });
        return;
      }
    }
    if (line === null) {
      warnings.push({
        path: where,
        message: `expected a LWPOLYLINE, POLYLINE, LINE or (door) POINT for kind "${m.kind}", got ${name}; skipped`,
      });
      return;
    }
    if (POLYGON_KINDS_EXCLUDED.has(m.kind)) {
      if (closed)
        warnings.push({
          path: where,
          message: `expected an open line for kind "${m.kind}", got a closed polyline; used as drawn`,
        });
      features.push({
        type: 'Feature',
        geometry: { type: 'LineString', coordinates: closed ? [...line, line[0]] : line },
        properties: props(entity.layer, m),
      });
      return;
    }
    if (!closed || line.length < 3) {
      warnings.push({
        path: where,
        message: `expected a closed polyline of at least 3 corners for kind "${m.kind}", got ${closed ? `${line.length} corners` : 'an open one'}; skipped`,
      });
      return;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [[...line, line[0]]] },
      properties: props(entity.layer, m),
    });
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

/** Entities and vertices of the drawing against the plan's limits, before anything is converted. */
function dxfSizeIssues(entities: readonly DxfEntity[]): InputIssue[] {
  if (entities.length > DXF_MAX_ENTITIES) {
    return [
      {
        path: 'dxf',
        message: `expected at most ${DXF_MAX_ENTITIES.toLocaleString('en')} entities, got ${entities.length.toLocaleString('en')}`,
      },
    ];
  }
  const issues: InputIssue[] = [];
  let total = 0;
  entities.forEach((e, index) => {
    const n = 'vertices' in e ? e.vertices.length : 0;
    total += n;
    if (n > PLAN_LIMITS.verticesPerFeature && issues.length < 10) {
      issues.push({
        path: `entities[${index}] (${e.type === 'OTHER' ? e.name : e.type} on layer ${JSON.stringify(e.layer)})`,
        message: `expected at most ${PLAN_LIMITS.verticesPerFeature.toLocaleString('en')} vertices in one polyline, got ${n.toLocaleString('en')}`,
      });
    }
  });
  if (total > PLAN_LIMITS.vertices)
    issues.push({
      path: 'dxf',
      message: `expected at most ${PLAN_LIMITS.vertices.toLocaleString('en')} vertices in the drawing, got ${total.toLocaleString('en')}`,
    });
  return issues;
}
