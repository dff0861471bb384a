import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/inputError.js';
import { importDxf, polygonAreaM2, validateFloorPlan } from '../../floorplans/index.js';
import type { PlanPolygon, XY } from '../../floorplans/floorPlan.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const dxf = readFileSync(join(FIXTURES, 'ward-1f.dxf'), 'utf8');
const layers = JSON.parse(readFileSync(join(FIXTURES, 'ward-1f.layers.json'), 'utf8')) as unknown;

const poly = (coords: number[][][]): PlanPolygon => ({
  outer: coords[0].slice(0, -1).map(([x, y]): XY => [x, y]),
  holes: [],
});

describe('DXF import', () => {
  it('turns closed polylines on mapped layers into the expected zones (mm → m, labels → names)', () => {
    const { plan, warnings, skippedByLayer } = importDxf(dxf, layers);
    expect(warnings).toEqual([]);
    expect(skippedByLayer).toEqual({ 'A-FURN': 2 });
    expect(plan.wardsim).toEqual({ crs: 'local-metres', name: 'DXF fixture 1F' });
    const polygons = plan.features.filter((f) => f.geometry.type === 'Polygon');
    const summary = polygons.map((f) => ({
      id: f.properties.id,
      kind: f.properties.kind,
      department: f.properties.department,
      name: f.properties.nameJa ?? f.properties.name,
      areaM2: Math.round(polygonAreaM2(poly((f.geometry as { coordinates: number[][][] }).coordinates)) * 1000) / 1000,
    }));
    expect(summary).toEqual([
      { id: 'a-bldg-1', kind: 'building', department: undefined, name: undefined, areaM2: 240 },
      { id: 'a-entr-1', kind: 'entrance', department: undefined, name: undefined, areaM2: 12 },
      { id: 'a-lobby-1', kind: 'lobby', department: undefined, name: 'ロビー', areaM2: 108 },
      { id: 'a-cnt-koseki-1', kind: 'counter', department: 'koseki-jumin', name: 'Koseki counter', areaM2: 20 },
      { id: 'a-consult-1', kind: 'consultation-room', department: undefined, name: undefined, areaM2: 20 },
      { id: 'office-koseki-1', kind: 'office', department: 'koseki-jumin', name: '戸籍住民課 執務室', areaM2: 80 },
    ]);
    // The drawing sits at (31 m, 47 m) in metres after scaling from mm.
    expect((polygons[0].geometry as { coordinates: number[][][] }).coordinates[0][0]).toEqual([31, 47]);
    const doors = plan.features.filter((f) => f.properties.kind === 'door');
    expect(doors).toHaveLength(6);
    expect(doors.filter((d) => d.properties.access === 'staff').map((d) => d.properties.id)).toEqual([
      'a-door-ic-1',
      'a-door-ic-2',
    ]);
    expect(plan.features.filter((f) => f.properties.kind === 'security-line')).toHaveLength(1);
  });

  it('produces a plan that passes validation', () => {
    expect(validateFloorPlan(importDxf(dxf, layers).plan).issues).toEqual([]);
  });

  it('flattens bulged polyline segments into chords (a two-vertex circle of radius 2 m)', () => {
    const circle = [
      '0',
      'SECTION',
      '2',
      'ENTITIES',
      '0',
      'LWPOLYLINE',
      '8',
      'ROOM',
      '90',
      '2',
      '70',
      '1',
      '10',
      '0',
      '20',
      '0',
      '42',
      '1',
      '10',
      '4',
      '20',
      '0',
      '42',
      '1',
      '0',
      'ENDSEC',
      '0',
      'EOF',
    ].join('\n');
    const { plan } = importDxf(circle, { units: 'm', layers: { ROOM: { kind: 'meeting-room', level: 1 } } });
    const area = polygonAreaM2(poly((plan.features[0].geometry as { coordinates: number[][][] }).coordinates));
    // 36 chords of 10°: area = ½ n r² sin(2π/n) = 0.9949 π r².
    expect(area).toBeCloseTo(0.5 * 36 * 4 * Math.sin((2 * Math.PI) / 36), 9);
  });

  it('warns about open polylines on zone layers and skips them', () => {
    const open = [
      '0',
      'SECTION',
      '2',
      'ENTITIES',
      '0',
      'LWPOLYLINE',
      '8',
      'ROOM',
      '90',
      '3',
      '70',
      '0',
      '10',
      '0',
      '20',
      '0',
      '10',
      '4',
      '20',
      '0',
      '10',
      '4',
      '20',
      '3',
      '0',
      'ENDSEC',
      '0',
      'EOF',
    ].join('\n');
    const { plan, warnings } = importDxf(open, { units: 'm', layers: { ROOM: { kind: 'office', level: 1 } } });
    expect(plan.features).toEqual([]);
    expect(warnings[0].path).toBe('entities[0] (LWPOLYLINE on layer "ROOM")');
    expect(warnings[0].message).toMatch(/closed polyline.*got an open one/);
  });

  it('requires units from the layer map or $INSUNITS', () => {
    const noHeader = dxf.replace(/9\n\$INSUNITS\n70\n4\n/, '');
    expect(() => importDxf(noHeader, { layers: {} })).toThrow(InputError);
    expect(() => importDxf(noHeader, { layers: {} })).toThrow(/units/);
  });

  it('rejects a bad layer map with the path of the bad field', () => {
    try {
      importDxf(dxf, { layers: { 'A-X': { kind: 'lobbby' } } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).issues.some((i) => i.path.startsWith('layers.A-X.kind'))).toBe(true);
    }
  });
});
