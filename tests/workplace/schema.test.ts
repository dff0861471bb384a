import { describe, expect, it } from 'vitest';
import { InputError, type InputIssue } from '../../engine/inputError.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import { det, kitaPart } from './workplaceFixtures.js';

/** The issues of a scenario whose workplace part is `part` (empty when valid). */
function issuesOf(part: unknown): InputIssue[] {
  try {
    validateScenario({ name: 't', workplace: part });
    return [];
  } catch (err) {
    // Each issue carries its code; the tests below check paths and messages (codes: tests/errors).
    if (err instanceof InputError) return err.issues.map(({ path, message }) => ({ path, message }));
    throw err;
  }
}

const base = () => ({
  roles: {
    backOffice: {
      arrive: '8:30',
      stayMin: det(480),
      activities: [{ kind: 'webMeeting', ratePerHour: 0.1, durationMin: det(30), spaces: ['b'] }],
    },
  },
  departments: [
    { id: 'a', headcount: { backOffice: 10 } },
    { id: 'b', headcount: { backOffice: 5 } },
  ],
  zones: [
    { id: 'za', departments: ['a'], desks: 8, overflowTo: ['zb', 'touchdown'] },
    { id: 'zb', departments: ['b'], desks: 4 },
  ],
  touchdownDesks: 2,
  spaces: [{ id: 'b', kind: 'booth1', count: 2, capacityPersons: 1 }],
});

describe('workplace part validation', () => {
  it('accepts the bundled 北区 office and a minimal office', () => {
    expect(issuesOf(kitaPart())).toEqual([]);
    expect(issuesOf(base())).toEqual([]);
  });

  const cases: [string, (p: ReturnType<typeof base>) => void, InputIssue][] = [
    [
      'negative desks',
      (p) => (p.zones[1].desks = -1),
      { path: 'workplace.zones[1].desks', message: 'expected ≥ 0, got -1' },
    ],
    [
      'a zone naming an unknown department',
      (p) => p.zones[1].departments.push('c'),
      { path: 'workplace.zones[1].departments[1]', message: 'expected the id of a department (a, b), got "c"' },
    ],
    [
      'a preference naming an unknown space',
      (p) => p.roles.backOffice.activities[0].spaces.push('x'),
      {
        path: 'workplace.roles.backOffice.activities[0].spaces[1]',
        message: 'expected the id of a space (b), got "x"',
      },
    ],
    [
      'a department in two zones',
      (p) => p.zones[1].departments.push('a'),
      {
        path: 'workplace.zones[1].departments[1]',
        message: 'department "a" is already in zone "za"; expected each department in one zone',
      },
    ],
    [
      'a department in no zone',
      (p) => (p.zones[1].departments = ['a']),
      { path: 'workplace.departments[1]', message: 'expected department "b" in some zone\'s departments, got none' },
    ],
    [
      'a duplicate zone id',
      (p) => (p.zones[1].id = 'za'),
      { path: 'workplace.zones[1].id', message: 'expected a unique zone id, got "za" again' },
    ],
    [
      'overflow to an unknown zone',
      (p) => (p.zones[0].overflowTo = ['zz']),
      {
        path: 'workplace.zones[0].overflowTo[0]',
        message: 'expected the id of a zone (za, zb) or "touchdown", got "zz"',
      },
    ],
    [
      'overflow to the zone itself',
      (p) => (p.zones[0].overflowTo = ['za']),
      {
        path: 'workplace.zones[0].overflowTo[0]',
        message: 'expected another zone or "touchdown", got the zone itself',
      },
    ],
    [
      'staff of a role without a profile',
      (p) => Object.assign(p.departments[0].headcount, { manager: 2 }),
      {
        path: 'workplace.departments[0].headcount.manager',
        message: 'expected a profile at workplace.roles.manager for these 2 staff, got none',
      },
    ],
    [
      'an unknown role',
      (p) => Object.assign(p.roles, { director: p.roles.backOffice }),
      { path: 'workplace.roles.director', message: 'unknown field (check the spelling against the schema)' },
    ],
    [
      'a clock time out of range',
      (p) => (p.roles.backOffice.arrive = '25:00'),
      { path: 'workplace.roles.backOffice.arrive', message: 'expected a clock time "H:MM" (24-hour), got "25:00"' },
    ],
    [
      'a share above 1',
      (p) => Object.assign(p.roles.backOffice, { absenceShare: 1.2 }),
      { path: 'workplace.roles.backOffice.absenceShare', message: 'expected ≤ 1, got 1.2' },
    ],
    [
      'an activity kind twice',
      (p) => p.roles.backOffice.activities.push({ ...p.roles.backOffice.activities[0] }),
      {
        path: 'workplace.roles.backOffice.activities[1].kind',
        message: 'expected each kind once per role, got "webMeeting" again (also activities[0])',
      },
    ],
    [
      'a group of zero persons',
      (p) => Object.assign(p.roles.backOffice.activities[0], { groupSize: det(0) }),
      {
        path: 'workplace.roles.backOffice.activities[0].groupSize.value',
        message: 'expected at least 1 person, got 0',
      },
    ],
    [
      'a group larger than every listed space',
      (p) => Object.assign(p.roles.backOffice.activities[0], { groupSize: det(3) }),
      {
        path: 'workplace.roles.backOffice.activities[0].spaces',
        message: 'expected a space that holds 3 persons (the smallest group), got spaces holding at most 1',
      },
    ],
    [
      'a 1-person booth for two',
      (p) => (p.spaces[0].capacityPersons = 2),
      { path: 'workplace.spaces[0].capacityPersons', message: 'expected 1 for a 1-person booth (kind booth1), got 2' },
    ],
    [
      'an unknown space kind',
      (p) => Object.assign(p.spaces[0], { kind: 'sofa' }),
      {
        path: 'workplace.spaces[0].kind',
        message: 'expected one of booth1, boothGroup, focusSeat, meetingRoom, lounge, got "sofa"',
      },
    ],
    [
      'core hours ending before they start',
      (p) => Object.assign(p, { coreHours: { from: '17:00', to: '9:00' } }),
      { path: 'workplace.coreHours.to', message: 'expected a time after 17:00, got "9:00"' },
    ],
    [
      'a distribution with mode outside [min, max]',
      (p) => Object.assign(p.roles.backOffice, { arriveSpreadMin: { dist: 'triangular', min: 0, mode: 50, max: 30 } }),
      {
        path: 'workplace.roles.backOffice.arriveSpreadMin.mode',
        message: 'expected min ≤ mode ≤ max (0 ≤ ? ≤ 30), got 50',
      },
    ],
    [
      'a zone called touchdown',
      (p) => (p.zones[1].id = 'touchdown'),
      {
        path: 'workplace.zones[1].id',
        message: '"touchdown" is reserved for the shared touchdown desks; expected another id',
      },
    ],
  ];
  for (const [what, mutate, issue] of cases) {
    it(`reports ${what} with its path`, () => {
      const part = base();
      mutate(part);
      expect(issuesOf(part)).toContainEqual(issue);
    });
  }

  it('reports every problem in one pass', () => {
    const part = base();
    part.zones[0].desks = -2;
    part.zones[1].departments.push('zz');
    part.roles.backOffice.activities[0].spaces = ['nope'];
    expect(
      issuesOf(part)
        .map((i) => i.path)
        .sort(),
    ).toEqual([
      'workplace.roles.backOffice.activities[0].spaces[0]',
      'workplace.zones[0].desks',
      'workplace.zones[1].departments[1]',
    ]);
  });
});
