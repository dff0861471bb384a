import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimiseStaffing } from '../../engine/runner/staffing/optimiseStaffing.js';
import {
  enforceMinShift,
  meetsMinShift,
  onCounterLevels,
  rosterFor,
  type PlanDay,
} from '../../engine/runner/staffing/shiftRules.js';
import { StaffingEvaluator } from '../../engine/runner/staffing/staffingEvaluator.js';
import { inputOf, townPart } from './visitorFixtures.js';

const day: PlanDay = {
  openMin: 525,
  closeMin: 1035,
  intervalMin: 15,
  bins: 34,
  minShiftMin: 240,
  lunch: { fromMin: 690, toMin: 870, breakMin: 60, ifShiftOverMin: 360 },
};
const levelsArb = fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 34, maxLength: 34 });

describe('shift rules', () => {
  it('re-cuts any per-interval need into shifts of at least the minimum length, never below the need', () => {
    fc.assert(
      fc.property(levelsArb, (need) => {
        const plan = enforceMinShift(need, day);
        expect(meetsMinShift(plan, day)).toBe(true);
        plan.forEach((v, i) => expect(v).toBeGreaterThanOrEqual(need[i]));
      }),
      { numRuns: 300 },
    );
    expect(
      meetsMinShift(
        [2, 2, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2],
        day,
      ),
    ).toBe(false);
  });

  it('rosters enough staff that lunch breaks still leave the need at the counter', () => {
    fc.assert(
      fc.property(levelsArb, (need) => {
        const plan = rosterFor(need, day);
        expect(meetsMinShift(plan, day)).toBe(true);
        onCounterLevels(plan, day).forEach((v, i) => expect(v).toBeGreaterThanOrEqual(need[i]));
      }),
      { numRuns: 200 },
    );
    // Twelve all day, breaks of 60 min staggered over 11:30–14:30: a third away at a time.
    const atCounter = onCounterLevels(new Array(34).fill(12), day);
    expect(atCounter[0]).toBe(12);
    expect(atCounter[12]).toBe(8);
    expect(atCounter[33]).toBe(12);
  });
});

describe('staffing optimiser', () => {
  it('meets the target in every interval of its verification run, and no single staff-interval can be removed', async () => {
    // Counters enough for the target (positions bind in tests/study/staffPositions.test.ts): the unbound optimiser.
    const departments = [
      { id: 'resident', counters: 14, staff: 7 },
      { id: 'insurance', counters: 8, staff: 4 },
      { id: 'child', counters: 5, staff: 2 },
    ];
    const input = inputOf(
      townPart({ departments, staffRules: { lunch: { from: '11:30', to: '14:30', breakMin: 60 }, minShiftMin: 180 } }),
    );
    const options = {
      target: 0.8,
      withinMin: 15,
      intervalMin: 30 as const,
      replications: 8,
      seed: 5,
      maxOccupancy: 0.85,
    };
    const plan = await optimiseStaffing(input, options);
    expect(plan.feasible).toBe(true);
    expect(plan.groups.map((g) => g.id)).toEqual(['resident', 'insurance', 'child']);
    for (const g of plan.groups) {
      g.serviceLevel.forEach(
        (sl, i) => Number.isFinite(sl) && expect(sl, `${g.id} ${plan.intervals[i]}`).toBeGreaterThanOrEqual(0.8),
      );
      g.occupancy.forEach(
        (o, i) => Number.isFinite(o) && expect(o, `${g.id} ${plan.intervals[i]}`).toBeLessThanOrEqual(0.85 + 1e-9),
      );
      expect(g.met).toBe(true);
      expect(g.erlangC).toHaveLength(plan.intervals.length);
      expect(g.erlangCServiceLevel).toHaveLength(plan.intervals.length);
    }
    // Minimality: one person fewer in any interval breaks the shift rule or a target (same simulated days).
    const day30: PlanDay = {
      openMin: input.openMin,
      closeMin: input.closeMin,
      intervalMin: 30,
      bins: plan.intervals.length,
      minShiftMin: 180,
      lunch: input.lunch,
    };
    const base = { ...input, intervalMin: 30, serviceLevel: { target: 0.8, withinMin: 15 } };
    const sized = plan.groups.map((g) => ({ id: g.id, department: input.departments.findIndex((d) => d.id === g.id) }));
    const evaluator = new StaffingEvaluator(base, sized, { target: 0.8, maxOccupancy: 0.85, replications: 8, seed: 5 });
    const levels = plan.groups.map((g) => g.staff);
    expect((await evaluator.evaluate(levels)).allOk).toBe(true);
    let simulated = 0;
    for (let k = 0; k < levels.length; k++) {
      for (let i = 0; i < levels[k].length; i++) {
        const fewer = levels[k].map((v, j) => (j === i ? v - 1 : v));
        if (fewer[i] < 1 || !meetsMinShift(fewer, day30)) continue;
        simulated++;
        const s = await evaluator.evaluate(levels.map((l, j) => (j === k ? fewer : l)));
        expect(s.allOk, `${plan.groups[k].id} at ${plan.intervals[i]}`).toBe(false);
      }
    }
    expect(simulated).toBeGreaterThan(0);
  });

  it('gives the same plan in this thread and on two worker threads', async () => {
    const input = inputOf(
      townPart({ demand: { visitorsPerDay: 250, hourlyProfile: townPart().demand.hourlyProfile } }),
    );
    const options = { target: 0.8, withinMin: 20, intervalMin: 60 as const, replications: 6, seed: 9 };
    const [inline, threads] = await Promise.all([
      optimiseStaffing(input, { ...options, workers: 0 }),
      optimiseStaffing(input, { ...options, workers: 2 }),
    ]);
    expect(threads.groups.map((g) => g.staff)).toEqual(inline.groups.map((g) => g.staff));
    expect(threads.groups.map((g) => g.serviceLevel)).toEqual(inline.groups.map((g) => g.serviceLevel));
    expect(threads.evaluations).toBe(inline.evaluations);
  });
});
