/**
 * Closed spans (docs/visitors.md): department "a" has nobody at the counter 12:00–13:00, and its
 * rule says what its visitors do. Arrivals and service are fixed, so every figure is derived by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { useFixedDay, type FixedVisitor } from './fixedDay.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';
import { inputOf } from './visitorFixtures.js';

type Rule = 'wait' | 'redirect' | 'leave';
const det = (value: number) => ({ dist: 'deterministic' as const, value });

function lunchClosedPart(rule: Rule): VisitorPart {
  return {
    hours: { open: '09:00', close: '17:00' },
    demand: { visitorsPerDay: 48, hourlyProfile: [{ from: '09:00', to: '17:00', share: 1 }] },
    procedures: [{ id: 'p', share: 1, steps: [{ department: 'a', serviceMin: det(10) }] }],
    departments: [
      {
        id: 'a',
        counters: 1,
        staff: [
          { from: '09:00', to: '12:00', staff: 1 },
          { from: '13:00', to: '17:00', staff: 1 },
        ],
        whenClosed: rule,
        ...(rule === 'redirect' ? { redirectTo: 'b' } : {}),
      },
      { id: 'b', counters: 1, staff: 1 },
    ],
    walking: { defaultMin: 0 },
    staffRules: { lunch: null },
    levers: { patience: { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } } },
  };
}

function run(rule: Rule, visitors: FixedVisitor[]) {
  const sim = new CheckedVisitorSimulation(inputOf(lunchClosedPart(rule)));
  useFixedDay(sim, visitors);
  const r = sim.run('closed', 0);
  expect(sim.violations).toEqual([]);
  const v = r.visitors;
  expect(v.arrived).toBe(v.served + v.abandoned + v.balked + v.turnedAway + v.unserved);
  return r;
}

// One visitor every 10 minutes from 09:00 to 16:50 (48), 10 minutes each: the counter is never
// idle and nobody waits — except around the closed hour.
const everyTen: FixedVisitor[] = Array.from({ length: 48 }, (_, i) => ({
  arrivalMin: 540 + 10 * i,
  procedure: 0,
  stepMin: [10],
}));
// One every 5 minutes from 11:00 to 11:55 (12): at 12:00 six have been served or are in service and
// six (11:30 … 11:55) wait in line when the counter closes.
const rush: FixedVisitor[] = Array.from({ length: 12 }, (_, i) => ({
  arrivalMin: 660 + 5 * i,
  procedure: 0,
  stepMin: [10],
}));

describe('closed spans: a counter closed 12:00–13:00, figures derived by hand', () => {
  it('wait: the 30 visitors from 12:00 on each wait the closed hour; all 48 are served, the last at 18:00', () => {
    const r = run('wait', everyTen);
    expect(r.visitors.served).toBe(48);
    expect(r.visitors.turnedAway).toBe(0);
    expect(r.waitMin.mean).toBeCloseTo((30 * 60) / 48, 9);
    expect(r.waitMin.max).toBe(60);
    expect(r.closing.lastDepartureMin).toBe(18 * 60);
    expect(r.closing.servedAfterClose).toBe(7); // arrivals 15:50 … 16:50 leave at 17:00 … 18:00
    expect(r.closed).toEqual({ redirected: 0, left: 0 });
  });

  it('leave: the 6 arrivals of the closed hour are turned away, 42 served without waiting', () => {
    const r = run('leave', everyTen);
    expect(r.visitors.served).toBe(42);
    expect(r.visitors.turnedAway).toBe(6);
    expect(r.closed).toEqual({ redirected: 0, left: 6 });
    expect(r.waitMin.max).toBe(0);
  });

  it('redirect: the 6 arrivals of the closed hour are served at b at once; all 48 served', () => {
    const r = run('redirect', everyTen);
    expect(r.visitors.served).toBe(48);
    expect(r.closed).toEqual({ redirected: 6, left: 0 });
    expect(r.queues.a.joins).toBe(42);
    expect(r.queues.b.joins).toBe(6);
    expect(r.waitMin.max).toBe(0);
  });

  it('a line closing with six waiting: wait keeps them to 13:00, leave turns them away, redirect sends them on', () => {
    // Served before 12:00: arrivals 11:00 + 5j start at 11:00 + 10j (j = 0…5), waits 0, 5 … 25 (sum 75).
    const wait = run('wait', rush);
    expect(wait.visitors.served).toBe(12);
    // The six in line start at 13:00 + 10k after arriving at 11:30 + 5k: waits 90 … 115 (sum 615).
    expect(wait.waitMin.mean).toBeCloseTo((75 + 615) / 12, 9);
    expect(wait.waitMin.max).toBe(115);

    const leave = run('leave', rush);
    expect(leave.visitors.served).toBe(6);
    expect(leave.visitors.turnedAway).toBe(6);
    expect(leave.closed).toEqual({ redirected: 0, left: 6 });
    expect(leave.waitMin.mean).toBeCloseTo(75 / 6, 9);

    // Waited 30, 25 … 5 at a until 12:00, then 0, 10 … 50 at b: totals 30, 35 … 55 (sum 255).
    const redirect = run('redirect', rush);
    expect(redirect.visitors.served).toBe(12);
    expect(redirect.closed).toEqual({ redirected: 6, left: 0 });
    expect(redirect.queues.b.joins).toBe(6);
    expect(redirect.waitMin.mean).toBeCloseTo((75 + 255) / 12, 9);
    expect(redirect.waitMin.max).toBe(55);
    expect(redirect.closing.lastDepartureMin).toBe(13 * 60);
  });

  it('refuses a redirect without a target, to itself or to a department that redirects in turn', () => {
    const part = lunchClosedPart('redirect');
    expect(() =>
      inputOf({ ...part, departments: [{ ...part.departments[0], redirectTo: undefined }, part.departments[1]] }),
    ).toThrow(/departments\[0\]\.redirectTo: required with whenClosed "redirect"/);
    expect(() =>
      inputOf({ ...part, departments: [{ ...part.departments[0], redirectTo: 'a' }, part.departments[1]] }),
    ).toThrow(/departments\[0\]\.redirectTo: expected the id of another department/);
    const chain = { ...part.departments[1], whenClosed: 'redirect' as const, redirectTo: 'a' };
    expect(() => inputOf({ ...part, departments: [part.departments[0], chain] })).toThrow(/does not redirect in turn/);
  });

  it('keeps refusing a closed span without a rule, and says how to allow it', () => {
    const part = lunchClosedPart('wait');
    const { whenClosed: _rule, ...plain } = part.departments[0];
    expect(() => inputOf({ ...part, departments: [plain, part.departments[1]] })).toThrow(
      /set visitors\.departments\[0\]\.whenClosed to "wait"/,
    );
  });

  it('conserves visitors and keeps every invariant with a closed lunch hour under any rule (fast-check)', () => {
    const rule = fc.constantFrom<Rule>('wait', 'redirect', 'leave');
    fc.assert(
      fc.property(
        visitorPartArbitrary,
        rule,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, r, staff, rep) => {
          const redirect = r === 'redirect' && part.departments.length > 1;
          const [a, ...rest] = part.departments;
          const closedA = {
            ...a,
            staff: [
              { from: '08:45', to: '12:00', staff },
              { from: '13:00', to: '17:15', staff },
            ],
            whenClosed: redirect || r !== 'redirect' ? r : ('wait' as const),
            ...(redirect ? { redirectTo: rest[0].id } : {}),
          };
          const org = { ...part.organisation, type: 'silo' as const };
          const sim = new CheckedVisitorSimulation(
            inputOf({ ...part, organisation: org, departments: [closedA, ...rest] }),
          );
          const res = sim.run('closed-prop', rep);
          expect(sim.violations).toEqual([]);
          const v = res.visitors;
          expect(v.arrived).toBe(v.served + v.abandoned + v.balked + v.turnedAway + v.unserved);
          expect(v.unserved).toBe(0);
          const closed = res.closed ?? { redirected: -1, left: -1 };
          expect(closed.left).toBeLessThanOrEqual(v.turnedAway);
          if (closedA.whenClosed !== 'leave') expect(closed.left).toBe(0);
          if (closedA.whenClosed !== 'redirect') expect(closed.redirected).toBe(0);
        },
      ),
      { numRuns: 80 },
    );
  });
});
