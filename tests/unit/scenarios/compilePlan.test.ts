import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkPlanArea } from '../../../scenarios/compile/checkPlanArea.js';
import { compilePlan, type CompiledPlan } from '../../../scenarios/compile/compilePlan.js';

const depts = ['koseki-jumin', 'hoken-nenkin', 'hoken-fukushi', 'kosodate', 'seikatsu-hogo'];
const read = (name: string) => JSON.parse(readFileSync(`floorplans/library/${name}.geojson`, 'utf8')) as unknown;
const compile = (
  name: string,
  departments?: Record<string, string>,
  visitorDepartments: string[] = depts,
): CompiledPlan => compilePlan(read(name), { visitorDepartments, departments });

describe('compiling a floor plan for the models', () => {
  it('gives visitor walking times from the entrance to every department’s counter, shorter with option A’s one lobby', () => {
    const current = compile('kita-current');
    const optionA = compile('kita-option-a');
    let sumCurrent = 0;
    let sumA = 0;
    for (const d of depts) {
      const c = current.walking.visitorMin.entrance?.[`counter:${d}`];
      const a = optionA.walking.visitorMin.entrance?.[`counter:${d}`];
      expect(c, d).toBeGreaterThan(0);
      expect(a, d).toBeGreaterThan(0);
      expect(a as number, d).toBeLessThanOrEqual((c as number) + 1e-9);
      sumCurrent += c as number;
      sumA += a as number;
    }
    expect(sumA).toBeLessThan(0.6 * sumCurrent);
    const across = (p: CompiledPlan) => p.walking.visitorMin['counter:koseki-jumin']?.['counter:kosodate'] as number;
    expect(across(current)).toBeGreaterThan(across(optionA));
  });

  it('gives staff walks from each office zone to its counters, and nothing for places the plan lacks', () => {
    const plan = compile('kita-current', undefined, [...depts, 'no-such-department']);
    for (const d of depts) expect(plan.walking.staffToCounterMin[d], d).toBeGreaterThan(0);
    expect(plan.walking.staffToCounterMin['no-such-department']).toBeUndefined();
    expect(plan.walking.visitorMin.entrance?.['counter:no-such-department']).toBeUndefined();
  });

  it('maps scenario department ids to the plan’s', () => {
    const plan = compile('kita-current', { moving: 'koseki-jumin' }, ['moving', 'koseki-jumin']);
    expect(plan.walking.visitorMin.entrance?.['counter:moving']).toBe(
      plan.walking.visitorMin.entrance?.['counter:koseki-jumin'],
    );
  });

  it('takes office zones, booths, rooms and focus seats from option B’s ABW floor', () => {
    const b = compile('kita-option-b');
    const kinds = (k: string) => b.workplace.spaces.filter((s) => s.kind === k).length;
    expect(kinds('booth1')).toBeGreaterThan(0);
    expect(kinds('boothGroup')).toBeGreaterThan(0);
    expect(kinds('meetingRoom')).toBeGreaterThan(0);
    expect(kinds('focusSeat')).toBeGreaterThan(0);
    expect(b.workplace.zones.every((z) => z.desks > 0 && z.areaM2 > 0)).toBe(true);
  });

  it('is plain data: the same after a JSON round trip, and the area check works on the copy', () => {
    const plan = compile('kita-current');
    const copy = JSON.parse(JSON.stringify(plan)) as CompiledPlan;
    expect(copy).toEqual(plan);
    const small = checkPlanArea(copy, { waitingSeatsP95: 10, booths1p: 0 });
    expect(small.find((r) => r.item === 'waiting seats')?.status).toBe('ok');
    const row = checkPlanArea(copy, { waitingSeatsP95: 5000 }).find((r) => r.item === 'waiting seats');
    expect(row?.status).toBe('deficit');
    expect(row?.surplusM2).toBeLessThan(0);
    expect(row?.zoneIds.length).toBeGreaterThan(0);
    expect(copy.grossAreaM2).toBeGreaterThan(5000);
  });

  it('carries what a drawing needs: zone outlines and the walks in from the entrance', () => {
    const plan = compile('kita-option-a');
    expect(plan.drawing.zones.length).toBeGreaterThan(10);
    expect(plan.drawing.routes.some((r) => r.to === 'counter:koseki-jumin' && r.points.length >= 2)).toBe(true);
  });
});
