import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { area as turfArea } from '@turf/area';
import { describe, expect, it } from 'vitest';
import {
  buildWalkingNetwork,
  loadFloorPlan,
  planGrossAreaM2,
  shortestRoute,
  validateFloorPlan,
  type FloorPlan,
} from '../../floorplans/index.js';
import { formatPlanFile, kitaPlans } from '../../floorplans/library/generate/generateKitaPlans.js';

const LIBRARY = join(import.meta.dirname, '..', '..', 'floorplans', 'library');
const FILES = ['kita-current.geojson', 'kita-option-a.geojson', 'kita-option-b.geojson'];
const load = (file: string): FloorPlan => loadFloorPlan(JSON.parse(readFileSync(join(LIBRARY, file), 'utf8')));

/** Visitor metres from the entrance to the nearest counter of each department. */
function entranceToCounters(plan: FloorPlan): Map<string, number> {
  const network = buildWalkingNetwork(plan, { audience: 'visitor' });
  const out = new Map<string, number>();
  for (const z of plan.zones) {
    if (z.kind !== 'counter' || z.department === undefined) continue;
    const route = shortestRoute(network, 'entrance-1F', z.id);
    if (route === null) throw new Error(`no visitor route to ${z.id}`);
    out.set(z.department, Math.min(out.get(z.department) ?? Infinity, route.lengthM));
  }
  return out;
}

describe('sample plans of 札幌市北区役所', () => {
  it.each(FILES)('%s validates with no issues', (file) => {
    const { issues } = validateFloorPlan(JSON.parse(readFileSync(join(LIBRARY, file), 'utf8')));
    expect(issues).toEqual([]);
  });

  it('the committed files equal the generator output (REGEN=1 rewrites them)', () => {
    for (const [file, doc] of Object.entries(kitaPlans())) {
      const text = formatPlanFile(doc);
      if (process.env.REGEN === '1') writeFileSync(join(LIBRARY, file), text);
      expect(readFileSync(join(LIBRARY, file), 'utf8')).toBe(text);
    }
  });

  it.each(FILES)('%s is RFC 7946 WGS84 at the ward office, about 5,913 m² gross', (file) => {
    const doc = JSON.parse(readFileSync(join(LIBRARY, file), 'utf8')) as {
      features: { properties: { kind: string }; geometry: { type: string; coordinates: number[][][] } }[];
    };
    for (const f of doc.features) {
      const positions =
        f.geometry.type === 'Polygon'
          ? f.geometry.coordinates.flat()
          : f.geometry.type === 'LineString'
            ? (f.geometry.coordinates as unknown as number[][])
            : [];
      for (const [lon, lat] of positions) {
        expect(lon).toBeGreaterThan(141.34);
        expect(lon).toBeLessThan(141.35);
        expect(lat).toBeGreaterThan(43.09);
        expect(lat).toBeLessThan(43.092);
      }
    }
    // RFC 7946 §3.1.6 right-hand rule: exterior rings counter-clockwise (positive shoelace on lon/lat).
    for (const f of doc.features) {
      if (f.geometry.type !== 'Polygon') continue;
      const ring = f.geometry.coordinates[0];
      let twice = 0;
      for (let i = 0; i + 1 < ring.length; i++)
        twice +=
          (ring[i][0] - ring[0][0]) * (ring[i + 1][1] - ring[0][1]) -
          (ring[i + 1][0] - ring[0][0]) * (ring[i][1] - ring[0][1]);
      expect(twice).toBeGreaterThan(0);
    }
    const plan = load(file);
    expect(planGrossAreaM2(plan)).toBeCloseTo(5913.6, 1);
    const outline = doc.features.find((f) => f.properties.kind === 'building');
    expect(Math.abs(turfArea(outline as unknown as Parameters<typeof turfArea>[0]) * 3 - 5913.6) / 5913.6).toBeLessThan(
      0.005,
    );
  });

  it('option A brings every department’s counter closer to the entrance than today (walking metres)', () => {
    const current = entranceToCounters(load('kita-current.geojson'));
    const optionA = entranceToCounters(load('kita-option-a.geojson'));
    const mean = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0) / m.size;
    expect(mean(optionA)).toBeLessThan(mean(current));
    for (const dept of ['hoken-fukushi', 'kosodate', 'seikatsu-hogo']) {
      // 2F today (via the stair), 1F around the one-stop lobby in option A.
      expect(optionA.get(dept)).toBeLessThan((current.get(dept) ?? 0) / 2);
    }
    for (const [dept, m] of optionA) expect(m).toBeLessThanOrEqual((current.get(dept) ?? Infinity) + 1e-9);
  });

  it('option B adds an ABW floor (group address, booths, focus, lounge) behind the security line', () => {
    const plan = load('kita-option-b.geojson');
    const kinds = new Set(plan.zones.filter((z) => z.level === 2).map((z) => z.kind));
    for (const k of ['office', 'booth-1p', 'booth-group', 'meeting-room', 'focus', 'lounge'])
      expect(kinds.has(k as never)).toBe(true);
    expect(
      plan.zones
        .filter((z) => z.kind === 'office' && z.level === 2)
        .every((z) => z.properties.seating === 'group-address'),
    ).toBe(true);
    expect(plan.zones.filter((z) => z.level === 2).every((z) => z.access === 'staff')).toBe(true);
  });

  it.each(FILES)('%s: staff reach every zone; visitors reach every public zone and no staff zone', (file) => {
    const plan = load(file);
    const staff = buildWalkingNetwork(plan, { audience: 'staff' });
    const visitors = buildWalkingNetwork(plan, { audience: 'visitor' });
    for (const z of plan.zones) {
      expect(shortestRoute(staff, 'entrance-1F', z.id), z.id).not.toBeNull();
      expect(shortestRoute(visitors, 'entrance-1F', z.id) !== null, z.id).toBe(z.access === 'public');
    }
  });
});
