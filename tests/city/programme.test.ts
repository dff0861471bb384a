/**
 * The building programme (scenarios/programme): its rows add up to the total shown, each m² traces
 * to a simulated demand or a named standard, the standards are applied as stated, and the verdict
 * 増・減・維持 follows the 95 % bounds against today ± the band.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { DEFAULT_SPACE_STANDARDS as S } from '../../floorplans/index.js';
import { buildProgramme, type ProgrammeInput } from '../../scenarios/programme/buildProgramme.js';
import { unitsFromCurve } from '../../scenarios/programme/curveUnits.js';
import {
  CIRCULATION_SHARE,
  OTHER_ROOMS_M2_PER_STAFF,
  RULES,
  STORAGE_SHARE_OF_OFFICE,
  type RuleId,
} from '../../scenarios/programme/programmeRules.js';
import { loadScenario, runScenario } from '../../scenarios/study/index.js';

let run: ScenarioRunResult;
beforeAll(async () => {
  run = await runScenario(await loadScenario('scenarios/library/wards/sapporo-minami-dx-abw.json'), {
    replications: 3,
    seed: 1,
    workers: 0,
  });
}, 60_000);

const input = (over: Partial<ProgrammeInput> = {}): ProgrammeInput => ({
  run,
  deskRule: 'simulated',
  today: {
    wardOfficeM2: 3000,
    complexM2: 7500,
    partsAddUp: true,
    healthCentreM2: 1400,
    wardCentreM2: 3000,
    otherM2: null,
  },
  population: 135_748,
  centres: {
    healthCentre: 'given',
    wardCentre: 'given',
    healthCentrePerResidentM2: 0.01,
    wardCentrePerResidentM2: 0.02,
  },
  bandShare: 0.05,
  ...over,
});
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('a building programme', () => {
  it('adds its rows up to the ward office total, half-widths too, and the facilities on top', () => {
    const p = buildProgramme(input());
    expect(sum(p.rows.map((r) => r.areaM2.mean ?? 0))).toBeCloseTo(p.wardOfficeM2.mean ?? NaN, 9);
    expect(sum(p.rows.map((r) => r.areaM2.ci95 ?? 0))).toBeCloseTo(p.wardOfficeM2.ci95 ?? NaN, 9);
    expect(p.complexM2.mean).toBeCloseTo((p.wardOfficeM2.mean ?? 0) + 1400 + 3000, 9);
  });

  it('traces every row to a simulated demand (units with a CI) or a named standard with its source', () => {
    const p = buildProgramme(input());
    for (const r of p.rows) {
      const rule = RULES[r.rule as RuleId];
      expect(rule, r.rule).toBeDefined();
      expect(r.basis).toBe(rule.basis);
      expect(r.source).toMatch(/sources|docs\/floorplans\.md/);
      if (r.basis === 'simulated') {
        expect(r.units?.mean, `${r.item} ${r.scope}`).not.toBeNull();
        expect(r.areaM2.mean).toBe((r.unitsPlanned ?? 0) * (r.m2PerUnit ?? 0));
      }
    }
    const items = new Set(p.rows.map((r) => r.item));
    for (const item of [
      'counters',
      'consultation',
      'waiting',
      'lobby',
      'desks',
      'touchdown',
      'booths1p',
      'meetingRooms',
      'storage',
      'otherRooms',
      'circulation',
    ])
      expect(items.has(item as never), item).toBe(true);
  });

  it('applies the standards: lobby = waiting, storage 13 %, other rooms 7 m²/staff − rooms, circulation 40 %', () => {
    const p = buildProgramme(input());
    const area = (item: string) => sum(p.rows.filter((r) => r.item === item).map((r) => r.areaM2.mean ?? 0));
    expect(area('lobby')).toBeCloseTo(area('waiting') * ((1 - S.lobbySeatingShare) / S.lobbySeatingShare), 9);
    expect(area('storage')).toBeCloseTo(STORAGE_SHARE_OF_OFFICE * (area('desks') + area('touchdown')), 9);
    const staff = run.workplace?.staff.total ?? 0;
    expect(area('otherRooms')).toBeCloseTo(OTHER_ROOMS_M2_PER_STAFF * staff - area('meetingRooms'), 9);
    expect(area('circulation')).toBeCloseTo(CIRCULATION_SHARE * ((p.wardOfficeM2.mean ?? 0) - area('circulation')), 9);
    const waiting = p.rows.find((r) => r.item === 'waiting');
    expect(waiting?.units?.mean).toBe(run.kpis.waitingSeatsP95.mean);
  });

  it('sizes desks by simulation under group address and one per person under fixed seating', () => {
    const simulated = buildProgramme(input()).rows.filter((r) => r.item === 'desks');
    const fixed = buildProgramme(input({ deskRule: 'onePerPerson' })).rows.filter((r) => r.item === 'desks');
    const zones = run.workplace?.zones ?? [];
    expect(simulated.map((r) => r.unitsPlanned)).toEqual(zones.map((z) => z.desksNeeded));
    expect(fixed.map((r) => r.unitsPlanned)).toEqual(zones.map((z) => z.staff));
    expect(sum(fixed.map((r) => r.unitsPlanned ?? 0))).toBeGreaterThan(sum(simulated.map((r) => r.unitsPlanned ?? 0)));
    expect(fixed.every((r) => r.rule === 'desks-one-per-person')).toBe(true);
  });

  it('calls 増 when the lower bound clears today + band, 減 when the upper is below today − band, else 維持', () => {
    const need = buildProgramme(input()).wardOfficeM2;
    const verdict = (today: number) =>
      buildProgramme(input({ today: { ...input().today, wardOfficeM2: today } })).change;
    const m = need.mean ?? 0;
    const h = need.ci95 ?? 0;
    expect(verdict(m / 1.3).verdict).toBe('increase');
    expect(verdict(m / 0.7).verdict).toBe('decrease');
    expect(verdict(m).verdict).toBe('keep');
    expect(verdict(m).marginShare).toBeCloseTo(0.05, 9);
    // Just inside the band on the lower bound: still 維持.
    expect(verdict((m - h) / 1.049).verdict).toBe('keep');
    expect(verdict((m - h) / 1.051).verdict).toBe('increase');
    expect(verdict(m / 1.3).marginShare).toBeGreaterThan(0);
  });

  it('takes the centres as given or from the city median per resident', () => {
    const p = buildProgramme(input({ centres: { ...input().centres, healthCentre: 'perResident' } }));
    expect(p.healthCentre).toMatchObject({ areaM2: Math.round(0.01 * 135_748), rule: 'per-resident-median' });
    expect(p.wardCentre).toMatchObject({ areaM2: 3000, rule: 'given-seed-001' });
  });
});

describe('units from a sizing curve', () => {
  const curve = [
    { units: 1, mean: 0.5, ci95: 0.05 },
    { units: 2, mean: 0.12, ci95: 0.03 },
    { units: 3, mean: 0.08, ci95: 0.03 },
    { units: 4, mean: 0.02, ci95: 0.01 },
  ];
  it('answers the run’s own units with the larger side of the optimistic–cautious range as half-width', () => {
    expect(unitsFromCurve(curve, 0.1, 3)).toEqual({ mean: 3, ci95: 1 });
    expect(unitsFromCurve(curve, 0.001, 4)).toEqual({ mean: 4, ci95: null });
  });
});
