import { area as turfArea } from '@turf/area';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FloorPlanGeoJson, Position } from '../../floorplans/floorPlanGeoJson.js';
import type { PlanPolygon, XY } from '../../floorplans/floorPlan.js';
import { polygonAreaM2, polygonPerimeterM, readFloorPlan, ringSignedAreaM2 } from '../../floorplans/index.js';

/** Corners of a w × h rectangle rotated by `deg` about (cx, cy) in metres, closed. */
function rotatedRoom(cx: number, cy: number, w: number, h: number, deg: number): XY[] {
  const a = (deg * Math.PI) / 180;
  const corners: XY[] = [
    [-w / 2, -h / 2],
    [w / 2, -h / 2],
    [w / 2, h / 2],
    [-w / 2, h / 2],
  ];
  const out = corners.map(([x, y]): XY => [
    cx + x * Math.cos(a) - y * Math.sin(a),
    cy + x * Math.sin(a) + y * Math.cos(a),
  ]);
  return [...out, out[0]];
}

function oneRoomPlan(ring: Position[], crs: 'wgs84' | 'local-metres'): FloorPlanGeoJson {
  return {
    type: 'FeatureCollection',
    ...(crs === 'local-metres' ? { wardsim: { crs } } : {}),
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Polygon', coordinates: [ring] },
        properties: { kind: 'office', id: 'room', level: 1 },
      },
    ],
  };
}

// Metres per degree on WGS84 by the standard trigonometric series (independent of our projection):
// lat: 111132.92 − 559.82 cos 2φ + 1.175 cos 4φ − 0.0023 cos 6φ; lon: 111412.84 cos φ − 93.5 cos 3φ + 0.118 cos 5φ.
function metresPerDegree(latDeg: number): { lat: number; lon: number } {
  const p = (latDeg * Math.PI) / 180;
  return {
    lat: 111132.92 - 559.82 * Math.cos(2 * p) + 1.175 * Math.cos(4 * p) - 0.0023 * Math.cos(6 * p),
    lon: 111412.84 * Math.cos(p) - 93.5 * Math.cos(3 * p) + 0.118 * Math.cos(5 * p),
  };
}

describe('planar area and perimeter', () => {
  it('a 12.5 m × 8 m room far from the origin (x ≈ −3,500,000 m) is 100 m² with a 41 m perimeter', () => {
    const ring = rotatedRoom(-3_500_000.37, 512_345.81, 12.5, 8, 33);
    const { plan, issues } = readFloorPlan(oneRoomPlan(ring, 'local-metres'));
    expect(issues).toEqual([]);
    expect(polygonAreaM2(plan.zones[0].polygon)).toBeCloseTo(100, 6);
    expect(Math.abs(polygonAreaM2(plan.zones[0].polygon) - 100) / 100).toBeLessThan(0.001);
    expect(polygonPerimeterM(plan.zones[0].polygon)).toBeCloseTo(41, 6);
  });

  it('the same room in WGS84 lon/lat near Sapporo is 100 m² (±0.1 %) and agrees with Turf’s geodesic area (±0.5 %)', () => {
    const lat0 = 43.0907;
    const lon0 = 141.3469;
    const k = metresPerDegree(lat0);
    const ring = rotatedRoom(37.2, -18.9, 12.5, 8, -21).map(([x, y]): Position => [lon0 + x / k.lon, lat0 + y / k.lat]);
    const doc = oneRoomPlan(ring, 'wgs84');
    const { plan, issues } = readFloorPlan(doc);
    expect(issues).toEqual([]);
    expect(plan.crs).toBe('wgs84');
    const areaM2 = polygonAreaM2(plan.zones[0].polygon);
    expect(Math.abs(areaM2 - 100) / 100).toBeLessThan(0.001);
    expect(Math.abs(polygonPerimeterM(plan.zones[0].polygon) - 41) / 41).toBeLessThan(0.001);
    // Turf's area is geodesic on a sphere of radius 6,371,008.8 m: only a cross-check on the lon/lat input.
    const geodesic = turfArea(doc.features[0] as Parameters<typeof turfArea>[0]);
    expect(Math.abs(geodesic - areaM2) / areaM2).toBeLessThan(0.005);
  });

  it('subtracts holes whatever their winding', () => {
    const outer: XY[] = [
      [0, 0],
      [20, 0],
      [20, 10],
      [0, 10],
    ];
    const hole: XY[] = [
      [5, 2],
      [9, 2],
      [9, 5],
      [5, 5],
    ];
    expect(polygonAreaM2({ outer, holes: [hole] })).toBeCloseTo(188, 9);
    expect(polygonAreaM2({ outer: [...outer].reverse(), holes: [hole] })).toBeCloseTo(188, 9);
    expect(polygonPerimeterM({ outer, holes: [hole] })).toBeCloseTo(60 + 14, 9);
  });

  it('signed ring area is positive counter-clockwise and flips when the ring is reversed', () => {
    const ring: XY[] = [
      [0, 0],
      [4, 0],
      [4, 3],
    ];
    expect(ringSignedAreaM2(ring)).toBeCloseTo(6, 12);
    expect(ringSignedAreaM2([...ring].reverse())).toBeCloseTo(-6, 12);
  });
});

/**
 * A random simple polygon: star-shaped about (0, 0), built from positive angular gaps
 * (normalised to a full turn) and positive radii, so it is simple by construction.
 */
const starPolygon = fc
  .array(fc.tuple(fc.double({ min: 0.05, max: 1, noNaN: true }), fc.double({ min: 1, max: 50, noNaN: true })), {
    minLength: 3,
    maxLength: 24,
  })
  .map((pts) => {
    const total = pts.reduce((s, [g]) => s + g, 0);
    let angle = 0;
    return pts.map(([gap, r]): XY => {
      angle += (gap / total) * 2 * Math.PI * 0.999;
      return [r * Math.cos(angle), r * Math.sin(angle)];
    });
  });

describe('area properties (fast-check)', () => {
  it('area is invariant under translation, even to national-grid coordinates', () => {
    fc.assert(
      fc.property(
        starPolygon,
        fc.double({ min: -4e6, max: 4e6, noNaN: true }),
        fc.double({ min: -4e6, max: 4e6, noNaN: true }),
        (ring, dx, dy) => {
          const a = polygonAreaM2({ outer: ring, holes: [] });
          const moved: PlanPolygon = { outer: ring.map(([x, y]): XY => [x + dx, y + dy]), holes: [] };
          expect(Math.abs(polygonAreaM2(moved) - a)).toBeLessThanOrEqual(1e-6 * Math.max(1, a));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('area is additive: a star-shaped room equals the sum of its fan triangles about the centre', () => {
    fc.assert(
      fc.property(starPolygon, (ring) => {
        let sum = 0;
        for (let i = 0; i < ring.length; i++) {
          const tri: XY[] = [[0, 0], ring[i], ring[(i + 1) % ring.length]];
          sum += ringSignedAreaM2(tri);
        }
        expect(polygonAreaM2({ outer: ring, holes: [] })).toBeCloseTo(Math.abs(sum), 6);
      }),
      { numRuns: 200 },
    );
  });

  it('cutting a rectangle anywhere gives two pieces whose areas add up', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.5, max: 80, noNaN: true }),
        fc.double({ min: 0.5, max: 80, noNaN: true }),
        fc.double({ min: 0.01, max: 0.99, noNaN: true }),
        (w, h, cut) => {
          const box = (x0: number, x1: number): PlanPolygon => ({
            outer: [
              [x0, 0],
              [x1, 0],
              [x1, h],
              [x0, h],
            ],
            holes: [],
          });
          const whole = polygonAreaM2(box(0, w));
          expect(polygonAreaM2(box(0, cut * w)) + polygonAreaM2(box(cut * w, w))).toBeCloseTo(whole, 8);
        },
      ),
    );
  });
});
