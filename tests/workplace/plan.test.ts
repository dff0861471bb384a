import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/inputError.js';
import { readFileSync } from 'node:fs';
import type { WorkplacePlanInput } from '../../scenarios/planInputs.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import { buildWorkplaceModel } from '../../scenarios/workplace/buildWorkplaceModel.js';
import { runScenario } from '../../scenarios/study/index.js';
import { renderScenarioRun } from '../../viz/text/renderScenarioRun.js';
import { kitaPart } from './workplaceFixtures.js';

const space = (id: string, kind: WorkplacePlanInput['spaces'][number]['kind'], capacityPersons: number) => ({
  id,
  kind,
  capacityPersons,
  areaM2: 3 * capacityPersons,
});
const zone = (id: string, departmentIds: string[], desks: number) => ({ id, departmentIds, desks, areaM2: 6 * desks });

describe('a floor plan supplies the zones, desks and spaces (PartRunOptions.plan.workplace)', () => {
  it('replaces the scenario’s zones by department, merges plan zones of one department, carries overflow rules over, and maps plan spaces by kind and capacity', () => {
    const plan: WorkplacePlanInput = {
      zones: [
        zone('office-koseki-1F', ['koseki-jumin'], 61),
        zone('office-fukushi-2F', ['hoken-fukushi'], 30),
        zone('office-fukushi-annex', ['hoken-fukushi'], 12),
        zone('office-kosodate-2F', ['kosodate'], 25),
        zone('office-kaikei-3F', ['kaikei'], 9),
        zone('free-address-3F', [], 6),
      ],
      spaces: [
        space('B-1', 'booth1', 1),
        space('B-2', 'booth1', 1),
        space('B-3', 'booth1', 1),
        space('G-1', 'boothGroup', 4),
        space('M-1', 'meetingRoom', 6),
        space('M-2', 'meetingRoom', 8),
        space('M-3', 'meetingRoom', 30),
        space('M-4', 'meetingRoom', 2),
        space('L-1', 'lounge', 20),
      ],
    };
    const { model, planNotes } = buildWorkplaceModel(kitaPart(), plan);
    const byId = Object.fromEntries(model.zones.map((z) => [z.id, z]));
    const zoneOf = (dept: string) => model.departments.find((d) => d.id === dept)?.zone;
    expect(zoneOf('koseki-jumin')).toBe('office-koseki-1F');
    expect(byId['office-koseki-1F'].desks).toBe(61);
    // Two plan rooms of one department are one zone.
    expect(zoneOf('hoken-fukushi')).toBe('office-fukushi-2F');
    expect(byId['office-fukushi-2F'].desks).toBe(42);
    expect(zoneOf('kosodate')).toBe('office-kosodate-2F');
    // Departments the plan does not place keep their scenario zone and desks.
    expect(zoneOf('hoken-nenkin')).toBe('nenkin');
    expect(byId.nenkin.desks).toBe(47);
    expect(byId.fukushi).toBeUndefined(); // both of its departments moved to plan zones
    // Overflow: koseki overflowed to nenkin, then touchdown; fukushi and kosodate shared a scenario zone, so they
    // overflow to each other first.
    expect(byId['office-koseki-1F'].overflowTo).toEqual(['nenkin', 'touchdown']);
    expect(byId.nenkin.overflowTo).toEqual(['office-koseki-1F', 'touchdown']);
    expect(byId['office-fukushi-2F'].overflowTo).toEqual(['office-kosodate-2F', 'hogo', 'touchdown']);
    expect(byId['office-kosodate-2F'].overflowTo).toEqual(['office-fukushi-2F', 'hogo', 'touchdown']);
    expect(byId.hogo.overflowTo).toEqual(['office-fukushi-2F', 'office-kosodate-2F', 'touchdown']);
    // A plan office zone of no department is shared: touchdown desks.
    expect(model.touchdownDesks).toBe(6);
    const count = (id: string) => model.spaces.find((s) => s.id === id)?.count;
    // The plan is the building: a kind it does not draw (focus seats) has none.
    expect([
      count('booth1'),
      count('booth4'),
      count('focus'),
      count('room4'),
      count('room8'),
      count('room12'),
      count('room24'),
    ]).toEqual([3, 1, 0, 1, 1, 0, 1]);
    expect(planNotes.map((n) => n.en)).toEqual(
      expect.arrayContaining([
        'plan zones office-fukushi-2F + office-fukushi-annex hold the same department(s): one zone office-fukushi-2F with 42 desks',
        'plan zone office-kaikei-3F (kaikei): no such department in the scenario, its 9 desks are not used',
        'plan zone free-address-3F belongs to no department: its 6 desks are touchdown desks',
        "department hoken-nenkin not in the plan: zone nenkin keeps the scenario's 47 desks",
        'touchdown desks 5 → 6 (plan)',
        'space booth1: 8 → 3 (plan)',
        'space focus: the plan draws no focusSeat: 10 → 0 (plan)',
        'plan space M-1 (6 persons) counted as room4 (4)',
        'plan space M-4 (meetingRoom, 2 persons) matches no scenario space of that kind: not used',
        'plan space L-1 (lounge, 20 persons) matches no scenario space of that kind: not used',
      ]),
    );
  });

  it('matches departments through the scenario’s floorplan.departments mapping', () => {
    const plan: WorkplacePlanInput = { zones: [zone('office-A', ['KOSEKI'], 50)], spaces: [] };
    const { model } = buildWorkplaceModel(kitaPart(), plan, { 'koseki-jumin': 'KOSEKI' });
    expect(model.departments.find((d) => d.id === 'koseki-jumin')?.zone).toBe('office-A');
  });

  it('refuses plan desks that are not a count, with the plan path', () => {
    const bad: WorkplacePlanInput = {
      zones: [zone('x', ['somu'], 3), { ...zone('y', ['somu'], 1), desks: -2 }],
      spaces: [],
    };
    try {
      buildWorkplaceModel(kitaPart(), bad);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).issues).toEqual([
        { code: 'WSM_PLAN_INVALID', path: 'plan.workplace.zones[1].desks', message: 'expected an integer ≥ 0, got -2' },
      ]);
    }
  });

  it('runs the 北区 office on the sample plan of option B, says what the plan changed and what the office needs for the area check', async () => {
    const geojson = JSON.parse(readFileSync('floorplans/library/kita-option-b.geojson', 'utf8')) as unknown;
    const scenario = validateScenario({
      name: 'kita on option B',
      workplace: { ...kitaPart(), days: 30 },
      floorplan: { file: 'memory:plan' },
    });
    const result = await runScenario(
      { scenario, uri: 'memory:test', plan: { uri: 'memory:plan', geojson } },
      { seed: 1, replications: 2, workers: 0 },
    );
    const w = result.workplace;
    if (w === undefined) throw new Error('no workplace block');
    const planZone = result.planDrawing?.zones.find((z) => z.id === 'office-koseki-jumin-1F');
    expect(planZone).toBeDefined();
    expect(w.zones.find((z) => z.id === 'office-koseki-jumin-1F')?.desks).toBeGreaterThan(0);
    expect(w.spaces.find((s) => s.id === 'booth1')?.count).toBe(8);
    expect(w.spaces.find((s) => s.id === 'focus')?.count).toBe(10);
    expect(w.planNotes.some((n) => /hold the same department/.test(n.en))).toBe(true);
    expect(w.planNotes.some((n) => /同じ部署/.test(n.ja))).toBe(true);
    const demand = w.needed.spaceDemand;
    expect(Object.keys(demand.desksByDepartment ?? {}).sort()).toEqual([
      'hoken-fukushi',
      'hoken-nenkin',
      'koseki-jumin',
      'kosodate',
      'seikatsu-hogo',
      'somu',
    ]);
    expect(demand.booths1p).toBeGreaterThan(0);
    const rows = result.areaCheck ?? [];
    expect(
      rows
        .filter((r) => r.item === 'desks')
        .map((r) => r.scope)
        .sort(),
    ).toEqual(['hoken-fukushi', 'hoken-nenkin', 'koseki-jumin', 'kosodate', 'seikatsu-hogo', 'somu']);
    // The simulation and the area check count the same booths.
    const booths = rows.find((r) => r.item === '1-person booths');
    expect(booths?.planUnits).toBe(w.spaces.find((s) => s.kind === 'booth1')?.count);
    expect(renderScenarioRun(result, 'en')).toMatch(/Area check/);
    expect(renderScenarioRun(result, 'ja')).toMatch(/面積チェック/);
  });
});
