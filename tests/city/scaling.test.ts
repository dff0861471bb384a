/**
 * The scaling rules (docs/city-study.md#scaling) and the one-stop desk (docs/city-study.md#one-stop):
 * 北区 scaled to itself is 北区; moving notifications follow households, the rest population;
 * counters follow workload; every scaled number says so; the desk takes the multi-counter visits
 * and the counters and staff move with the work.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { departmentWorkloadMin } from '../../scenarios/study/city/departmentWorkload.js';
import { dxCountersPart, DX_DIVERSION } from '../../scenarios/study/city/dxCounters.js';
import { multiCounterProcedures, ONE_STOP_DESK_ID, withOneStopDesk } from '../../scenarios/study/city/oneStopDesk.js';
import { officeRatios, scaleOfficePart } from '../../scenarios/study/city/scaleOffice.js';
import { driverOf, roundShares, scaleVisitorPart, wardRatios } from '../../scenarios/study/city/scaleVisitors.js';
import { validateWardFacts, type WardFact } from '../../scenarios/study/city/wardFacts.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import type { WorkplacePart } from '../../scenarios/workplace/workplaceSchema.js';

const json = (f: string): unknown => JSON.parse(readFileSync(f, 'utf8'));
const base = json('scenarios/library/parts/kita-visitors-peak.json') as VisitorPart;
const office = json('scenarios/library/parts/kita-office.json') as WorkplacePart;
const facts = validateWardFacts(json('scenarios/library/wards/sapporo-wards.json'), 'facts');
const ward = (id: string) => facts.wards.find((w) => w.id === id) as WardFact;
const kita = ward('kita');
const valid = (visitors: VisitorPart, workplace?: WorkplacePart) =>
  validateScenario({ name: 'x', visitors, ...(workplace ? { workplace } : {}) });
const staffOf = (p: WorkplacePart) =>
  p.departments.reduce((a, d) => a + Object.values(d.headcount).reduce<number>((x, y) => x + (y ?? 0), 0), 0);

describe('scaling a ward from 北区', () => {
  it('gives 北区 back when the ward is 北区 (every ratio 1)', () => {
    const { part } = scaleVisitorPart(base, wardRatios(kita, kita), kita);
    expect(part.demand.visitorsPerDay).toBe(base.demand.visitorsPerDay);
    expect(part.procedures.map((p) => p.share)).toEqual(base.procedures.map((p) => p.share));
    expect(part.departments.map((d) => [d.counters, d.staff])).toEqual(
      base.departments.map((d) => [d.counters, d.staff]),
    );
  });

  it('scales moving notifications by households and the rest by population, so the mix follows the ward', () => {
    const chuo = ward('chuo'); // small households: more moves per resident than 北区
    const r = wardRatios(kita, chuo);
    expect(driverOf('moving')).toBe('households');
    expect(driverOf('certificate')).toBe('population');
    const { part } = scaleVisitorPart(base, r, chuo);
    const expected = base.procedures.reduce(
      (a, p) => a + base.demand.visitorsPerDay * p.share * (p.id === 'moving' ? r.households : r.population),
      0,
    );
    expect(part.demand.visitorsPerDay).toBe(Math.round(expected));
    const share = (p: VisitorPart, id: string) => p.procedures.find((x) => x.id === id)?.share ?? 0;
    expect(r.households / r.population).toBeGreaterThan(1);
    expect(share(part, 'moving')).toBeGreaterThan(share(base, 'moving'));
    expect(part.procedures.reduce((a, p) => a + p.share, 0)).toBeCloseTo(1, 12);
    expect(() => valid(part)).not.toThrow();
  });

  it('gives each department counters by its workload, and marks every scaled number [D] with its rule', () => {
    const minami = ward('minami');
    const r = wardRatios(kita, minami);
    const { part, workloadRatio } = scaleVisitorPart(base, r, minami);
    for (const d of part.departments) {
      const b = base.departments.find((x) => x.id === d.id);
      expect(d.counters, d.id).toBe(Math.max(1, Math.round((b?.counters ?? 0) * (workloadRatio.get(d.id) ?? 0))));
      expect(d.note, d.id).toMatch(/^\[D\] counters and staff = 北区 \d+ × workload ratio [\d.]+/);
    }
    for (const p of part.procedures) expect(p.note, p.id).toMatch(/^\[D\] visits ∝ (population|households)/);
    expect(part.sources?.[0]).toMatch(/^visitors per day \[D\]/);
    const ido = workloadRatio.get('koseki-ido') ?? 0;
    // Moving is most of 異動's work and follows households; family-register notifications follow the population.
    expect(ido).toBeGreaterThanOrEqual(Math.min(r.population, r.households));
    expect(ido).toBeLessThanOrEqual(Math.max(r.population, r.households));
    expect(Math.abs(ido - r.households)).toBeLessThan(Math.abs(ido - r.population));
  });

  it('scales the office by workload; seats it as today (a desk each) or ABW (0.85, booths, telework 2)', () => {
    const minami = ward('minami');
    const r = wardRatios(kita, minami);
    const load = { base: departmentWorkloadMin(base), ward: departmentWorkloadMin(base, (id) => r[driverOf(id)]) };
    const ratios = officeRatios(load, r.population);
    expect(ratios.get('somu')).toBeUndefined(); // no counters: the population ratio applies
    const ratioOf = (d: string) => ratios.get(d) ?? r.population;
    const today = scaleOfficePart(office, ratioOf, minami, 'today');
    const abw = scaleOfficePart(office, ratioOf, minami, 'abw');
    expect(staffOf(today)).toBe(staffOf(abw));
    expect(staffOf(today)).toBeLessThan(staffOf(office));
    for (const z of today.zones) {
      const staff = today.departments
        .filter((d) => z.departments.includes(d.id))
        .reduce((a, d) => a + Object.values(d.headcount).reduce<number>((x, y) => x + (y ?? 0), 0), 0);
      expect(z.desks, z.id).toBe(staff);
      expect(abw.zones.find((x) => x.id === z.id)?.desks, z.id).toBe(Math.round(0.85 * staff));
    }
    expect(today.spaces?.map((s) => s.kind).every((k) => k === 'meetingRoom')).toBe(true);
    expect(abw.spaces?.some((s) => s.kind === 'booth1')).toBe(true);
    expect(abw.roles.backOffice?.telework?.daysPerWeek).toBe(2);
    expect(today.roles.backOffice?.telework?.daysPerWeek).toBe(office.roles.backOffice?.telework?.daysPerWeek);
    expect(() => validateScenario({ name: 'x', workplace: today })).not.toThrow();
    expect(() => validateScenario({ name: 'x', workplace: abw })).not.toThrow();
  });

  it('rounds shares to four decimals that still add up to exactly one', () => {
    const shares = roundShares([1, 1, 1]);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(shares).toEqual([0.3334, 0.3333, 0.3333]);
  });
});

describe('the one-stop desk for multi-counter visits', () => {
  it('takes every step of the procedures that use several departments, and nothing else', () => {
    expect([...multiCounterProcedures(base)].sort()).toEqual(['koseki', 'moving']);
    const desk = withOneStopDesk(base);
    for (const p of desk.procedures) {
      const atDesk = p.steps.length > 0 && p.steps.every((s) => s.department === ONE_STOP_DESK_ID);
      expect(atDesk, p.id).toBe(['koseki', 'moving'].includes(p.id));
    }
    expect(desk.organisation).toMatchObject({
      type: 'pooled',
      renkei: true,
      oneStop: { departments: [ONE_STOP_DESK_ID], factor: 0.85 },
    });
    expect(() => valid(desk)).not.toThrow();
  });

  it('moves counters and staff with the work (their total is kept) and keeps back-office help as desk staff', () => {
    const desk = withOneStopDesk(base);
    const total = (p: VisitorPart) => p.departments.reduce((a, d) => a + d.counters, 0);
    expect(total(desk)).toBe(total(base));
    const counters = (id: string) => desk.departments.find((d) => d.id === id)?.counters;
    expect(counters('koseki-ido')).toBeUndefined(); // all its work is multi-counter
    expect(counters('koseki-shomei')).toBe(5); // untouched
    // The split follows workload: desk ≈ 31 × 0.85·Σmulti / (0.85·Σmulti + Σown); 20 % of moves go online.
    const w = { desk: 0.85 * (588 * 0.8 * 28.6 + 56 * 18), own: 168 * 12 + 112 * 15 + 70 * 20 };
    expect(Math.abs((counters(ONE_STOP_DESK_ID) ?? 0) - (31 * w.desk) / (w.desk + w.own))).toBeLessThan(1);
    expect(desk.multiSkill).toEqual([{ id: 'help-sogo-madoguchi', serves: ['onestop'], staff: 4 }]);
  });

  it('in the DX option, splits by the workload the levers leave (diversion, 書かない窓口)', () => {
    const dx = dxCountersPart(base);
    for (const [id, share] of Object.entries(DX_DIVERSION))
      expect(dx.procedures.find((p) => p.id === id)?.diversion, id).toBe(share);
    expect(dx.levers?.kakanaiMadoguchi).toBe(true);
    const plain = withOneStopDesk(base);
    const deskOf = (p: VisitorPart) => p.departments.find((d) => d.id === ONE_STOP_DESK_ID)?.counters ?? 0;
    // Half the moves go online, so the desk needs a smaller share of the counters than without DX.
    expect(deskOf(dx)).toBeLessThan(deskOf(plain));
    expect(() => valid(dx)).not.toThrow();
  });
});
