import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSpaceDemand,
  compareOfficeAreaStandards,
  loadFloorPlan,
  mlitOfficeAreaStandard,
  resolveSpaceStandards,
  somuOfficeAreaStandard,
  zoneCapacity,
  type FloorPlan,
} from '../../floorplans/index.js';

const plan: FloorPlan = loadFloorPlan(
  JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'small-valid.geojson'), 'utf8')),
);

describe('space demand vs plan (surplus/deficit table)', () => {
  it('computes need, plan m² and surplus per item', () => {
    const rows = checkSpaceDemand(plan, {
      waitingSeatsP95: 80,
      counterPositionsByDepartment: { 'koseki-jumin': 10, 'hoken-nenkin': 6 },
      desksByZone: { 'office-a': 20 },
    });
    const byScope = Object.fromEntries(rows.map((r) => [`${r.item}/${r.scope}`, r]));
    // Lobby 30 × 10 − 6 × 4 = 276 m², half of it seating (lobbySeatingShare 0.5) = 138 m²; 80 seats × 1.5 m² = 120 m².
    expect(byScope['waiting seats/all']).toMatchObject({
      zoneIds: ['lobby'],
      demandUnits: 80,
      planUnits: 92,
      needM2: 120,
      status: 'ok',
    });
    expect(byScope['waiting seats/all'].planM2).toBeCloseTo(138, 9);
    expect(byScope['waiting seats/all'].surplusM2).toBeCloseTo(18, 9);
    // Counter 15 × 3 = 45 m²; 10 positions × 5 m² = 50 m² → −5 m².
    expect(byScope['counter positions/koseki-jumin']).toMatchObject({
      zoneIds: ['counter-a'],
      needM2: 50,
      planUnits: 9,
      status: 'deficit',
    });
    expect(byScope['counter positions/koseki-jumin'].surplusM2).toBeCloseTo(-5, 9);
    expect(byScope['counter positions/hoken-nenkin'].surplusM2).toBeCloseTo(45 - 30, 9);
    // Office 15 × 7 = 105 m²; 20 desks × 6 m² = 120 m² → −15 m².
    expect(byScope['desks/office-a'].surplusM2).toBeCloseTo(-15, 9);
  });

  it('uses overridden standards', () => {
    const [row] = checkSpaceDemand(plan, { desksByDepartment: { 'hoken-nenkin': 20 } }, { m2PerDesk: 5 });
    expect(row).toMatchObject({ item: 'desks', scope: 'hoken-nenkin', needM2: 100, planUnits: 21 });
    expect(row.surplusM2).toBeCloseTo(5, 9);
  });

  it('flags enough area but too few units as short-units', () => {
    const doc = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'small-valid.geojson'), 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    doc.features[3].properties.counterPositions = 2;
    const [row] = checkSpaceDemand(loadFloorPlan(doc), { counterPositionsByDepartment: { 'koseki-jumin': 4 } });
    expect(row).toMatchObject({ planUnits: 2, demandUnits: 4, status: 'short-units' });
  });

  it('surplus is plan m² − need m² and status follows its sign (property)', () => {
    fc.assert(
      fc.property(
        fc.nat(400),
        fc.nat(40),
        fc.nat(40),
        fc.double({ min: 0.5, max: 10, noNaN: true }),
        (seats, desks, positions, m2PerDesk) => {
          const rows = checkSpaceDemand(
            plan,
            {
              waitingSeatsP95: seats,
              desksByDepartment: { 'koseki-jumin': desks },
              counterPositionsByDepartment: { 'hoken-nenkin': positions },
            },
            { m2PerDesk },
          );
          for (const r of rows) {
            expect(r.surplusM2).toBeCloseTo(r.planM2 - r.needM2, 9);
            expect(r.status === 'deficit').toBe(r.surplusM2 < -1e-9);
          }
          expect(rows.find((r) => r.item === 'desks')?.needM2).toBeCloseTo(desks * m2PerDesk, 9);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects non-positive standards', () => {
    expect(() => resolveSpaceStandards({ m2PerDesk: 0 })).toThrow(/m2PerDesk/);
    expect(() => resolveSpaceStandards({ lobbySeatingShare: 1.5 })).toThrow(/lobbySeatingShare/);
  });
});

describe('zone capacities', () => {
  it('keeps given capacities and derives missing ones from area', () => {
    const s = resolveSpaceStandards();
    const lobby = plan.zones.find((z) => z.id === 'lobby');
    const office = plan.zones.find((z) => z.id === 'office-b');
    if (lobby === undefined || office === undefined) throw new Error('fixture');
    expect(zoneCapacity(lobby, s)).toEqual({ seats: 92, derived: ['seats'] }); // 276 × 0.5 / 1.5
    expect(zoneCapacity(office, s)).toEqual({ desks: 17, derived: ['desks'] }); // 105 / 6
    expect(zoneCapacity({ ...office, properties: { ...office.properties, desks: 30 } }, s)).toEqual({
      desks: 30,
      derived: [],
    });
  });
});

describe('Japanese office-area standards', () => {
  it('reproduces the 総務省 worked example in sources §1.1 (513 staff → 13,488.8 m²)', () => {
    const r = somuOfficeAreaStandard(
      { executive: 4, director: 9, sectionChief: 50, deputy: 159, general: 291 },
      { vehicles: 20, councilSeats: 20 },
    );
    expect(r.staff).toBe(513);
    expect(r.convertedStaff).toBe(1020);
    expect(r.officeM2).toBeCloseTo(4590, 9);
    expect(r.storageM2).toBeCloseTo(596.7, 9);
    expect(r.meetingEtcM2).toBeCloseTo(3591, 9);
    expect(r.circulationM2).toBeCloseTo(3511.08, 9);
    expect(r.totalM2).toBeCloseTo(13488.78, 6);
  });

  it('applies the MLIT coefficients as quoted [U]', () => {
    const r = mlitOfficeAreaStandard({ sectionChief: 2, subsectionChief: 10, general: 120 });
    expect(r.convertedStaff).toBeCloseTo(2 * 5 + 10 * 1.8 + 120, 9);
    expect(r.officeM2).toBeCloseTo(148 * 3.3 * 1.1, 9);
    expect(r.meetingM2).toBe(40 + 4 * 4); // 132 staff: 40 m² for 100, + 4 m² for each of 4 started tens
    expect(r.toiletsM2).toBeCloseTo(132 * 0.32, 9);
    expect(r.totalM2).toBeCloseTo(1.35 * (r.officeM2 + r.meetingM2 + r.storageM2 + r.toiletsM2), 9);
    expect(r.status).toBe('[U]');
  });

  it('compares the plan’s gross area with both standards', () => {
    const c = compareOfficeAreaStandards(plan, { general: 20 });
    expect(c.planGrossM2).toBeCloseTo(600, 6);
    expect(c.somu.totalM2).toBeCloseTo(1.4 * (4.5 * 20 * 1.13 + 140), 9);
    expect(c.planToSomu).toBeCloseTo(600 / c.somu.totalM2, 9);
    expect(c.planM2PerStaff).toBeCloseTo(30, 6);
  });
});
