import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/inputError.js';
import { loadScenario } from '../../scenarios/study/index.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import { expectedVisitors, toMinutes, toVisitorInput } from '../../scenarios/visitors/toVisitorInput.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { townPart } from './visitorFixtures.js';

async function issuesOf(file: string): Promise<string[]> {
  const err = await loadScenario(`tests/visitors/fixtures/${file}.json`).catch((e: unknown) => e);
  expect(err).toBeInstanceOf(InputError);
  return (err as InputError).issues.map((i) => `${i.path}: ${i.message}`);
}

function issuesOfPart(part: unknown): string[] {
  try {
    validateScenario({ name: 'x', visitors: part });
    return [];
  } catch (e) {
    return (e as InputError).issues.map((i) => `${i.path}: ${i.message}`);
  }
}

describe('visitor part validation', () => {
  it('names shares that do not sum to 1', async () => {
    expect(await issuesOf('bad-shares')).toEqual([
      "visitors.procedures: expected the procedures' shares to sum to 1, got 0.9 (procedures[0].share 0.6 + procedures[1].share 0.3)",
    ]);
  });

  it('names a procedure step at a department with no counters', async () => {
    expect(await issuesOf('bad-no-counters')).toEqual([
      'visitors.procedures[0].steps[1].department: department "child" has no counters (departments[1].counters is 0), but this procedure needs it',
    ]);
  });

  it('names negative times and a closing time before opening', async () => {
    expect((await issuesOf('bad-negative-times')).sort()).toEqual(
      [
        'visitors.procedures[0].steps[0].serviceMin.mean: expected > 0, got -5',
        'visitors.walking.legs[0].min: expected ≥ 0, got -1',
        'visitors.hours.close: expected after opening (08:45), got 08:00',
      ].sort(),
    );
  });

  it('names a staffing schedule with a hole while visitors still arrive, but not a hole when nobody arrives', async () => {
    expect(await issuesOf('bad-staff-hole')).toEqual([
      'visitors.departments[0].staff: no counter staff from 12:00 to 13:00 while visitors still arrive (to allow a closed span, set visitors.departments[0].whenClosed to "wait", "redirect" or "leave")',
    ]);
    const closedAtLunch = townPart({
      demand: {
        visitorsPerDay: 300,
        hourlyProfile: [
          { from: '08:45', to: '12:00', share: 0.5 },
          { from: '13:00', to: '17:15', share: 0.5 },
        ],
      },
    });
    closedAtLunch.departments[0].staff = [
      { from: '08:45', to: '12:00', staff: 6 },
      { from: '13:00', to: '17:15', staff: 6 },
    ];
    expect(issuesOfPart(closedAtLunch)).toEqual([]);
  });

  it('names unknown department ids, profile shares, overlapping pieces and one-stop gaps', () => {
    const p = townPart();
    p.procedures[0].steps[1].department = 'kids';
    p.demand.hourlyProfile[1].share = 0.5;
    p.departments[1].staff = [
      { from: '08:45', to: '13:00', staff: 4 },
      { from: '12:00', to: '17:15', staff: 4 },
    ];
    p.organisation = { type: 'superman', oneStop: { departments: ['resident', 'nobody'] } };
    expect(issuesOfPart(p).sort()).toEqual(
      [
        'visitors.procedures[0].steps[1].department: expected the id of a department ("resident", "insurance", "child"), got "kids"',
        'visitors.demand.hourlyProfile: expected shares summing to 1, got 1.36',
        'visitors.departments[1].staff[1].from: overlaps piece 0 (08:45–13:00), got 12:00',
        'visitors.organisation.oneStop.departments[1]: expected the id of a department ("resident", "insurance", "child"), got "nobody"',
        'visitors.organisation.oneStop.staff: required for the superman organisation: how many multi-skilled clerks (each handles every one-stop department)',
      ].sort(),
    );
  });

  it('accepts the bundled 北区 scenarios, and reads times, defaults and day factors', async () => {
    for (const f of ['sapporo-kita-normal', 'sapporo-kita-peak']) {
      const { scenario } = await loadScenario(`scenarios/library/${f}.json`);
      expect(scenario.visitors, f).toBeDefined();
    }
    expect(toMinutes('08:45')).toBe(525);
    expect(toMinutes(600)).toBe(600);
    const part = townPart();
    const input = toVisitorInput(part);
    expect(input.serviceLevel).toEqual({ target: 0.8, withinMin: 15 });
    expect(input.reservations).toMatchObject({
      slotMin: 15,
      noShow: 0.1,
      earlyMin: 15,
      lateMin: 10,
      late: 'walkIn',
      priority: 'first',
    });
    const factors = {
      dayOfWeekFactor: { mon: 1.2, fri: 0.9 },
      monthFactor: [0.9, 0.9, 1.5, 1.5, 1, 1, 0.95, 0.9, 0.9, 0.95, 0.95, 0.9],
      afterHolidayFactor: 1.25,
    };
    const withDay = (day: VisitorPart['day']): VisitorPart => ({
      ...part,
      day,
      demand: { ...part.demand, visitorsPerDay: 100, ...factors },
    });
    expect(expectedVisitors(withDay({ date: '2025-03-31' }))).toBeCloseTo(100 * 1.2 * 1.5, 9); // a Monday in March
    expect(expectedVisitors(withDay({ dayOfWeek: 'fri', month: 8 }))).toBeCloseTo(100 * 0.9 * 0.9, 9);
    expect(expectedVisitors(withDay({ afterHoliday: true, month: 5 }))).toBeCloseTo(125, 9);
    expect(toVisitorInput({ ...part, day: { type: 'peak' } }).serviceLevel).toEqual({ target: 0.8, withinMin: 30 });
  });

  it('takes walking times from a linked plan where the plan knows them', () => {
    const part = townPart();
    const plan = { visitorMin: { entrance: { 'counter:child': 7 } }, staffToCounterMin: { resident: 2.5 } };
    const input = toVisitorInput(
      {
        ...part,
        departments: part.departments.map((d) =>
          d.id === 'resident' ? { ...d, backOffice: { staff: 1, callWhenWaiting: 3 } } : d,
        ),
      },
      plan,
    );
    const n = input.walking.places.length;
    const at = (a: string, b: string) =>
      input.walking.minutes[input.walking.places.indexOf(a) * n + input.walking.places.indexOf(b)];
    expect(at('entrance', 'counter:child')).toBe(7);
    expect(at('counter:resident', 'counter:child')).toBe(3);
    expect(at('entrance', 'counter:resident')).toBe(1);
    expect(input.departments[0].backOffice?.travelMin).toBe(2.5);
  });
});
