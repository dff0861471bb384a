import { describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { wardsimJson } from '../cliHarness.js';

async function run(file: string): Promise<ScenarioRunResult> {
  const r = await wardsimJson<ScenarioRunResult>(['run', file, '--replications', '12']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return r.json;
}

describe('the 北区 peak day on the current plan and on option A', () => {
  it('gives shorter walks, fewer counters visited and a smaller waiting-seat demand on option A, and a different area table', async () => {
    const current = await run('scenarios/library/sapporo-kita-peak-current-plan.json');
    const optionA = await run('scenarios/library/sapporo-kita-peak-option-a.json');
    expect(current.plan?.nameJa).toMatch(/現況/);
    expect(optionA.plan?.nameJa).toMatch(/案A/);

    // Walking: one lobby and one-stop counters instead of silo counters over two floors.
    const walkC = current.kpis.walkingMin;
    const walkA = optionA.kpis.walkingMin;
    expect((walkA.mean as number) + (walkA.ci95 as number)).toBeLessThan(
      (walkC.mean as number) - (walkC.ci95 as number),
    );
    expect(optionA.kpis.countersVisited.mean as number).toBeLessThan(current.kpis.countersVisited.mean as number);

    // Area table: call-back empties the waiting area, so fewer seats are needed, and option A's
    // plan gives the waiting area less room (the smaller waiting area of the design).
    const seats = (r: ScenarioRunResult) => r.areaCheck?.find((row) => row.item === 'waiting seats');
    expect(seats(optionA)?.demandUnits).toBeLessThan(seats(current)?.demandUnits as number);
    expect(seats(optionA)?.planM2).toBeLessThan(seats(current)?.planM2 as number);
    expect(seats(optionA)?.status).toBe('ok');
    const desks = (r: ScenarioRunResult) =>
      (r.areaCheck ?? []).filter((row) => row.item === 'desks').map((row) => `${row.scope}:${row.planM2.toFixed(0)}`);
    expect(desks(optionA)).not.toEqual(desks(current));

    // The building total against the office-area standard: same staff, same gross area (both
    // options keep the building), so the same cross-check — it is about the building, not the layout.
    const o = current.officeStandards;
    if (o === undefined) throw new Error('no office standards');
    expect(o.staff).toBe(300);
    expect(o.staffDerivedFromHeadcount).toBe(true);
    expect(o.planGrossM2).toBeGreaterThan(5800);
    expect(o.somuM2).toBeGreaterThan(0);
    expect(o.planM2PerStaff).toBeCloseTo(o.planGrossM2 / 300, 6);
  });
});
