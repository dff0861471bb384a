import { describe, expect, it } from 'vitest';
import {
  buildWalkingNetwork,
  loadFloorPlan,
  PlanBuilder,
  readFloorPlan,
  rect,
  shortestRoute,
  zoneDistanceMatrix,
} from '../../floorplans/index.js';
import type { Position } from '../../floorplans/floorPlanGeoJson.js';

/** Offsets every position so that tests run off the origin (bugs hidden by (0, 0) stay found). */
const X0 = 512_345.5;
const Y0 = -77_001.25;
const at = (x: number, y: number): Position => [X0 + x, Y0 + y];
const ring = (pts: [number, number][]): Position[] => [...pts, pts[0]].map(([x, y]) => at(x, y));
const box = (x0: number, y0: number, x1: number, y1: number) =>
  ring([
    [x0, y0],
    [x1, y0],
    [x1, y1],
    [x0, y1],
  ]);

/** An L-shaped lobby wrapping a staff office; visitors walk from A around the inner corner to B. */
function lShapedPlan(): PlanBuilder {
  const b = new PlanBuilder();
  b.building('bldg', [1], box(0, 0, 14, 14));
  b.zone(
    'L',
    'lobby',
    1,
    ring([
      [0, 0],
      [10, 0],
      [10, 4],
      [4, 4],
      [4, 10],
      [0, 10],
    ]),
  );
  b.zone('A', 'entrance', 1, box(10, 0, 14, 4));
  b.zone('B', 'waiting', 1, box(0, 10, 4, 14));
  b.zone(
    'C',
    'office',
    1,
    ring([
      [4, 4],
      [14, 4],
      [14, 14],
      [4, 14],
    ]),
    { department: 'x' },
  );
  b.door('dA', 1, at(10, 1.5), at(10, 2.5));
  b.door('dB', 1, at(1.5, 10), at(2.5, 10));
  b.door('dStreet', 1, at(14, 1), at(14, 3));
  return b;
}

describe('walking routes inside non-convex zones', () => {
  it('goes around the inner corner of an L-shaped lobby (hand-computed 2 + 2√40 + 2 m)', () => {
    const plan = loadFloorPlan(lShapedPlan().toGeoJson());
    const route = shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'A', 'B');
    const expected = 2 + 2 * Math.sqrt(40) + 2; // (12,2)→door (10,2)→corner (4,4)→door (2,10)→(2,12)
    expect(route).not.toBeNull();
    expect(Math.abs((route?.lengthM ?? 0) - expected) / expected).toBeLessThan(0.03);
    expect(route?.lengthM).toBeCloseTo(expected, 6); // exact: the visibility graph bends only at reflex corners
    expect(route?.points.map((p) => [p.xM - X0, p.yM - Y0].map((v) => Math.round(v * 1000) / 1000))).toEqual([
      [12, 2],
      [10, 2],
      [4, 4],
      [2, 10],
      [2, 12],
    ]);
    expect(route?.doorIds).toEqual(['dA', 'dB']);
    expect(route?.timeMin).toBeCloseTo(expected / 65, 9);
  });

  it('walks around a pillar (a hole) by the shorter side', () => {
    const b = new PlanBuilder();
    b.building('bldg', [1], box(0, 0, 28, 10));
    b.zone('left', 'entrance', 1, box(0, 0, 4, 10));
    b.zone('hall', 'lobby', 1, box(4, 0, 24, 10), {}, [box(12, 3, 16, 7)]);
    b.zone('right', 'waiting', 1, box(24, 0, 28, 10));
    b.door('d1', 1, at(4, 4.5), at(4, 5.5));
    b.door('d2', 1, at(24, 4.5), at(24, 5.5));
    b.door('street', 1, at(0, 4), at(0, 6));
    const plan = loadFloorPlan(b.toGeoJson());
    const route = shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'left', 'right');
    const expected = 2 + Math.hypot(8, 2) + 4 + Math.hypot(8, 2) + 2;
    expect(Math.abs((route?.lengthM ?? 0) - expected) / expected).toBeLessThan(0.03);
    expect(route?.lengthM).toBeCloseTo(expected, 6);
  });

  it('crosses a wide opening close to the straight line (passage points every metre)', () => {
    const b = new PlanBuilder();
    b.building('bldg', [1], box(0, 0, 20, 12));
    b.zone('west', 'entrance', 1, box(0, 0, 10, 12), { anchor: at(1, 1) });
    b.zone('east', 'lobby', 1, box(10, 0, 20, 12), { anchor: at(19, 11) });
    b.door('open', 1, at(10, 0.1), at(10, 11.9));
    b.door('street', 1, at(0, 5), at(0, 7));
    const plan = loadFloorPlan(b.toGeoJson());
    const route = shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'west', 'east');
    const straight = Math.hypot(18, 10);
    expect(route?.lengthM).toBeGreaterThanOrEqual(straight - 1e-9);
    expect(((route?.lengthM ?? 0) - straight) / straight).toBeLessThan(0.005);
  });
});

/** Lobby | glass security line with a door | back hall (public kind, but behind the line). */
function securityPlan(doorAccess: 'public' | 'staff'): PlanBuilder {
  const b = new PlanBuilder();
  b.building('bldg', [1], box(0, 0, 20, 16));
  b.zone('entrance', 'entrance', 1, box(8, 0, 12, 3));
  b.zone(
    'lobby',
    'lobby',
    1,
    ring([
      [0, 0],
      [8, 0],
      [8, 3],
      [12, 3],
      [12, 0],
      [20, 0],
      [20, 8],
      [0, 8],
    ]),
  );
  b.zone('back-hall', 'circulation-public', 1, box(0, 8, 20, 16));
  b.door('street', 1, at(9, 0), at(11, 0));
  b.doorBetween('d-entrance', 1, 'entrance', 'lobby', 2);
  b.doorBetween('d-gate', 1, 'lobby', 'back-hall', 1.2, { access: doorAccess });
  b.securityLine('glass', 1, [at(0, 8), at(20, 8)]);
  return b;
}

describe('security line', () => {
  it('visitors cannot cross it, even through a public door on it, while staff can', () => {
    const { plan } = readFloorPlan(securityPlan('public').toGeoJson());
    const visitors = buildWalkingNetwork(plan, { audience: 'visitor' });
    const staff = buildWalkingNetwork(plan, { audience: 'staff' });
    expect(shortestRoute(visitors, 'lobby', 'back-hall')).toBeNull();
    const route = shortestRoute(staff, 'lobby', 'back-hall');
    expect(route).not.toBeNull();
    expect(route?.doorIds).toEqual(['d-gate']);
    const m = zoneDistanceMatrix(visitors);
    const n = m.zoneIds.length;
    expect(m.lengthM[m.zoneIds.indexOf('lobby') * n + m.zoneIds.indexOf('back-hall')]).toBe(Infinity);
  });

  it('validation reports the public zone behind the line as unreachable and names it', () => {
    expect(() => loadFloorPlan(securityPlan('staff').toGeoJson())).toThrow(/back-hall.*reachable by visitors/);
  });

  it('blocks straight walks across a line drawn through an open zone (visitors only)', () => {
    const b = new PlanBuilder();
    b.building('bldg', [1], box(0, 0, 20, 10));
    b.zone('hall', 'lobby', 1, box(0, 0, 20, 10), { anchor: at(5, 5) });
    b.zone('kiosk', 'waiting', 1, box(20, 0, 24, 10));
    b.door('d', 1, at(20, 4.5), at(20, 5.5));
    b.securityLine('glass', 1, [at(10, 0), at(10, 10)]);
    const { plan } = readFloorPlan(b.toGeoJson());
    expect(shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'hall', 'kiosk')).toBeNull();
    expect(shortestRoute(buildWalkingNetwork(plan, { audience: 'staff' }), 'hall', 'kiosk')?.lengthM).toBeCloseTo(
      17,
      6,
    );
  });
});

/**
 * Two storeys: a public stair at the west end, a staff-only stair at the east end, optionally a lift in a notch of the
 * hall.
 */
function twoStoreyPlan(withLift: boolean): PlanBuilder {
  const b = new PlanBuilder();
  b.building('bldg', [1, 2], box(0, 0, 40, 10));
  b.vertical('stair-public', 'stair', [1, 2], box(0, 0, 4, 4));
  b.vertical('stair-staff', 'stair', [1, 2], box(36, 0, 40, 4), { access: 'staff' });
  if (withLift) b.vertical('lift', 'lift', [1, 2], box(18, 6, 22, 10));
  const hall: [number, number][] = withLift
    ? [
        [4, 0],
        [36, 0],
        [36, 4],
        [40, 4],
        [40, 10],
        [22, 10],
        [22, 6],
        [18, 6],
        [18, 10],
        [0, 10],
        [0, 4],
        [4, 4],
      ]
    : [
        [4, 0],
        [36, 0],
        [36, 4],
        [40, 4],
        [40, 10],
        [0, 10],
        [0, 4],
        [4, 4],
      ];
  for (const level of [1, 2]) {
    // Anchors in the east half: the staff stair is the nearer one.
    b.zone(`hall-${level}`, level === 1 ? 'entrance' : 'lobby', level, ring(hall), { anchor: at(30, 2) });
    b.doorBetween(`d-pub-${level}`, level, 'stair-public', `hall-${level}`, 1.5);
    b.doorBetween(`d-staff-${level}`, level, 'stair-staff', `hall-${level}`, 1.5, { access: 'staff' });
    if (withLift) b.doorBetween(`d-lift-${level}`, level, 'lift', `hall-${level}`, 1.2);
  }
  b.door('street', 1, at(10, 0), at(12, 0));
  return b;
}

describe('between levels', () => {
  it('visitors take the public stair; staff take the staff-only stair when it is quicker', () => {
    const plan = loadFloorPlan(twoStoreyPlan(false).toGeoJson());
    const visitor = shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'hall-1', 'hall-2');
    expect(visitor?.verticalIds).toEqual(['stair-public']);
    expect(visitor?.points.some((p) => p.level === 2)).toBe(true);
    const staff = shortestRoute(buildWalkingNetwork(plan, { audience: 'staff' }), 'hall-1', 'hall-2');
    expect(staff?.verticalIds).toEqual(['stair-staff']);
    // A stair adds 12 m walked at half speed: its time is 12 / (65 × 0.5) min for visitors.
    const flat = (visitor?.lengthM ?? 0) - 12;
    expect(visitor?.timeMin).toBeCloseTo(flat / 65 + 12 / 32.5, 9);
  });

  it('a lift ride costs the wait plus travel time and no walked metres', () => {
    const plan = loadFloorPlan(twoStoreyPlan(true).toGeoJson());
    const network = buildWalkingNetwork(plan, { audience: 'visitor', stairSpeedFactor: 0.05, liftWaitMin: 0.2 });
    const route = shortestRoute(network, 'hall-1', 'hall-2');
    expect(route?.verticalIds).toEqual(['lift']);
    expect(route?.timeMin).toBeCloseTo((route?.lengthM ?? 0) / 65 + 0.2 + 0.1, 9);
  });
});

describe('zone distance matrix', () => {
  it('is a row-major Float64Array that agrees with shortestRoute, is symmetric and zero on the diagonal', () => {
    const plan = loadFloorPlan(twoStoreyPlan(true).toGeoJson());
    const network = buildWalkingNetwork(plan, { audience: 'staff', speedMPerMin: 90 });
    const m = zoneDistanceMatrix(network);
    const n = m.zoneIds.length;
    expect(m.lengthM).toBeInstanceOf(Float64Array);
    expect(m.timeMin.length).toBe(n * n);
    for (let i = 0; i < n; i++) {
      expect(m.lengthM[i * n + i]).toBe(0);
      for (let j = 0; j < n; j++) {
        const r = shortestRoute(network, m.zoneIds[i], m.zoneIds[j]);
        expect(m.timeMin[i * n + j]).toBeCloseTo(r?.timeMin ?? Infinity, 9);
        expect(m.lengthM[i * n + j]).toBeCloseTo(r?.lengthM ?? Infinity, 9);
        expect(m.timeMin[i * n + j]).toBeCloseTo(m.timeMin[j * n + i], 9);
      }
    }
  });

  it('marks staff-only zones unreachable in the visitor network', () => {
    const plan = loadFloorPlan(lShapedPlan().toGeoJson());
    const m = zoneDistanceMatrix(buildWalkingNetwork(plan, { audience: 'visitor' }));
    const n = m.zoneIds.length;
    const c = m.zoneIds.indexOf('C');
    expect(m.lengthM[m.zoneIds.indexOf('A') * n + c]).toBe(Infinity);
    expect(shortestRoute(buildWalkingNetwork(plan, { audience: 'visitor' }), 'A', 'C')).toBeNull();
  });

  it('throws an InputError naming an unknown zone id', () => {
    const plan = loadFloorPlan(lShapedPlan().toGeoJson());
    expect(() => shortestRoute(buildWalkingNetwork(plan, { audience: 'staff' }), 'A', 'nowhere')).toThrow(/"nowhere"/);
  });
});

describe('rect helper', () => {
  it('closes the ring counter-clockwise', () => {
    expect(rect(0, 0, 2, 1)).toEqual([
      [0, 0],
      [2, 0],
      [2, 1],
      [0, 1],
      [0, 0],
    ]);
  });
});
