/**
 * Counter positions bind in `wardsim staff` (issue 14, item 2): the plan never has more staff at
 * a counter than its positions in any interval, and says the shortfall where the targets cannot
 * be met within them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StaffingPlanResult } from '../../engine/results/index.js';
import { optimiseStaffing } from '../../engine/runner/staffing/optimiseStaffing.js';
import { peakOnCounterLevels } from '../../engine/runner/staffing/positionLimit.js';
import type { PlanDay } from '../../engine/runner/staffing/shiftRules.js';
import { compileScenario } from '../../scenarios/compile/compileScenario.js';
import { counterPositionsOf } from '../../scenarios/study/counterPositions.js';
import { loadScenario, runScenario } from '../../scenarios/study/index.js';
import { decisionsSection } from '../../viz/report/sections/decisions.js';
import { renderStaffingPlan } from '../../viz/text/renderStaffingPlan.js';
import { wardsimJson } from '../cliHarness.js';
import { inputOf, townPart } from '../visitors/visitorFixtures.js';

const PEAK = 'scenarios/library/sapporo-kita-peak.json';
const FAST = ['--replications', '4', '--interval', '60', '--seed', '3'];

/** Checks every interval of every group: at the counter (at any moment) ≤ positions. */
function expectWithinPositions(
  p: { intervals: string[]; groups: { id: string; staff: number[]; atCounter: number[]; positions: number | null }[] },
  day: PlanDay,
): void {
  for (const g of p.groups) {
    const limit = g.positions ?? Infinity;
    const peak = peakOnCounterLevels(g.staff, day);
    p.intervals.forEach((label, i) => {
      expect(g.atCounter[i], `${g.id} ${label}`).toBeLessThanOrEqual(limit);
      expect(peak[i], `${g.id} ${label} (peak)`).toBeLessThanOrEqual(limit);
    });
  }
}

/** `wardsim staff` on the peak day through the CLI, run once for the tests below. */
let peakRun: Promise<StaffingPlanResult> | undefined;
const peakPlan = () =>
  (peakRun ??= wardsimJson<StaffingPlanResult>(['staff', PEAK, ...FAST]).then((r) => {
    expect(r.code).toBe(0);
    return r.json;
  }));

describe('staff on the 北区 peak day never proposes more staff at a counter than its positions', () => {
  it('stays within the positions in every interval and states the shortfall', async () => {
    const json = await peakPlan();
    const day: PlanDay = {
      openMin: 525,
      closeMin: 1035,
      intervalMin: 60,
      bins: json.intervals.length,
      minShiftMin: json.target.minShiftMin,
      lunch: { fromMin: 690, toMin: 870, breakMin: 60, ifShiftOverMin: 360 },
    };
    expectWithinPositions(json, day);
    expect(json.positionsBind).toBe(true);
    expect(json.feasible).toBe(false);
    // 住民異動 (notifications): 14 positions where the target needs far more (35 at 15-min intervals).
    const moving = json.groups.find((g) => g.id === 'koseki-ido');
    expect(moving?.positions).toBe(14);
    expect(moving?.countersNeeded ?? 0).toBeGreaterThan(14);
    expect(moving?.shortfall.length ?? 0).toBeGreaterThan(0);
    for (const g of json.groups) {
      const missed = json.intervals.filter(
        (_, i) => g.serviceLevel[i] !== null && (g.serviceLevel[i] as number) < json.target.serviceLevel - 1e-9,
      );
      for (const label of missed)
        expect(
          g.shortfall.map((s) => s.interval),
          `${g.id} ${label}`,
        ).toContain(label);
      for (const s of g.shortfall) {
        if (s.extraPositions !== null)
          expect(s.extraPositions).toBe(Math.max(0, (s.positionsForTarget as number) - (g.positions as number)));
        if (s.serviceLevel.mean !== null) expect(s.serviceLevel.ci95).not.toBeNull();
      }
    }
    // Where the targets miss within 14 positions, every position is staffed.
    const i = json.intervals.indexOf(moving?.shortfall[0].interval ?? '');
    expect(moving?.atCounter[i]).toBe(14);
  }, 300_000);

  it('prints the shortfall in English and Japanese', async () => {
    const json = await peakPlan();
    const en = renderStaffingPlan(json, 'en');
    const ja = renderStaffingPlan(json, 'ja');
    expect(en).toContain('Shortfall — intervals that miss a target');
    expect(en).toContain('counter positions (limit)');
    expect(en).toMatch(/\s\+\d+\s/);
    expect(ja).toContain('不足 — 検証で目標を満たさない時間帯');
    expect(ja).toContain('窓口席数（上限）');
  }, 300_000);
});

describe('counter positions come from the scenario and, where fewer, the floor plan', () => {
  it("takes the plan's counter zones of a department when they hold fewer positions than its counters", async () => {
    const plan = counterPositionsOf(
      compileScenario(await loadScenario('scenarios/library/sapporo-kita-peak-current-plan.json')),
    );
    const none = counterPositionsOf(compileScenario(await loadScenario(PEAK)));
    expect(none['hoken-nenkin']).toEqual({ positions: 8, source: 'scenario' });
    expect(plan['hoken-nenkin']).toEqual({ positions: 5, source: 'plan' });
    expect(plan['koseki-ido']).toEqual({ positions: 14, source: 'scenario' });
  });
});

describe('the report states the shortfall', () => {
  it('lists every missed interval on the decisions page, in both languages', async () => {
    const plan = await peakPlan();
    const main = await runScenario(await loadScenario(PEAK), { seed: 3, replications: 2, workers: 0 });
    const missed = plan.groups.reduce((n, g) => n + g.shortfall.length, 0);
    for (const lang of ['en', 'ja'] as const) {
      const ctx = { lang, command: 'wardsim report', generatedAt: '2026-01-01T00:00:00Z', commit: null };
      const { tables } = decisionsSection({ main, staffing: [plan], sizing: null }, ctx);
      const table = tables.find((t) => t.id === 'decisions-shortfall');
      expect(table?.rows.length, lang).toBe(missed);
    }
  }, 300_000);
});

describe('property: the optimiser never proposes more staff at a counter than the positions', () => {
  it('for random small offices, demand, lunch rules and position limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          visitors: fc.integer({ min: 40, max: 500 }),
          counters: fc.tuple(
            fc.integer({ min: 1, max: 6 }),
            fc.integer({ min: 1, max: 4 }),
            fc.integer({ min: 1, max: 3 }),
          ),
          lunch: fc.boolean(),
          limit: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }),
        }),
        async ({ visitors, counters, lunch, limit }) => {
          const part = townPart({
            demand: { visitorsPerDay: visitors, hourlyProfile: townPart().demand.hourlyProfile },
            departments: [
              { id: 'resident', counters: counters[0], staff: counters[0] },
              { id: 'insurance', counters: counters[1], staff: counters[1] },
              { id: 'child', counters: counters[2], staff: counters[2] },
            ],
            staffRules: { lunch: lunch ? { from: '11:30', to: '14:30', breakMin: 60 } : null, minShiftMin: 180 },
          });
          const input = inputOf(part);
          const positions = limit === undefined ? undefined : { resident: limit };
          const plan = await optimiseStaffing(input, {
            target: 0.8,
            withinMin: 15,
            intervalMin: 60,
            replications: 2,
            seed: 9,
            positions,
          });
          const day: PlanDay = {
            openMin: input.openMin,
            closeMin: input.closeMin,
            intervalMin: 60,
            bins: plan.intervals.length,
            minShiftMin: 180,
            lunch: input.lunch,
          };
          expectWithinPositions(plan, day);
          for (const g of plan.groups) {
            const expected = Math.min(
              input.departments.find((d) => d.id === g.id)?.counters ?? Infinity,
              positions?.[g.id as 'resident'] ?? Infinity,
            );
            expect(g.positions).toBe(expected);
            expect(g.shortfall.length === 0).toBe(g.met);
          }
        },
      ),
      { numRuns: 12, seed: 14 },
    );
  }, 300_000);
});
