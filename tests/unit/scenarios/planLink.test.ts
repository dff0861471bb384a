import { describe, expect, it } from 'vitest';
import { loadPlanInputs } from '../../../scenarios/planLink.js';

const depts = ['koseki-jumin', 'hoken-nenkin', 'hoken-fukushi', 'kosodate', 'seikatsu-hogo'];

describe('linking a floor plan to the models', () => {
  it('gives visitor walking times from the entrance to every department’s counter, shorter with option A’s one lobby', async () => {
    const current = await loadPlanInputs('floorplans/library/kita-current.geojson');
    const optionA = await loadPlanInputs('floorplans/library/kita-option-a.geojson');
    let sumCurrent = 0;
    let sumA = 0;
    for (const d of depts) {
      const c = current.walking?.visitorMin('entrance', `counter:${d}`);
      const a = optionA.walking?.visitorMin('entrance', `counter:${d}`);
      expect(c, d).toBeGreaterThan(0);
      expect(a, d).toBeGreaterThan(0);
      expect(a as number, d).toBeLessThanOrEqual((c as number) + 1e-9);
      sumCurrent += c as number;
      sumA += a as number;
    }
    expect(sumA).toBeLessThan(0.6 * sumCurrent);
    expect(current.walking?.visitorMin('counter:koseki-jumin', 'counter:kosodate')).toBeGreaterThan(optionA.walking?.visitorMin('counter:koseki-jumin', 'counter:kosodate') as number);
  });

  it('gives staff walks from each office zone to its counters, and nothing for unknown places', async () => {
    const plan = await loadPlanInputs('floorplans/library/kita-current.geojson');
    for (const d of depts) expect(plan.walking?.staffToCounterMin(d), d).toBeGreaterThan(0);
    expect(plan.walking?.staffToCounterMin('no-such-department')).toBeUndefined();
    expect(plan.walking?.visitorMin('entrance', 'counter:no-such-department')).toBeUndefined();
  });

  it('maps scenario department ids to the plan’s', async () => {
    const plan = await loadPlanInputs('floorplans/library/kita-current.geojson', { departments: { moving: 'koseki-jumin' } });
    expect(plan.walking?.visitorMin('entrance', 'counter:moving')).toBe(plan.walking?.visitorMin('entrance', 'counter:koseki-jumin'));
  });

  it('takes office zones, booths, rooms and focus seats from option B’s ABW floor', async () => {
    const b = await loadPlanInputs('floorplans/library/kita-option-b.geojson');
    const kinds = (k: string) => b.workplace?.spaces.filter((s) => s.kind === k).length ?? 0;
    expect(kinds('booth1')).toBeGreaterThan(0);
    expect(kinds('boothGroup')).toBeGreaterThan(0);
    expect(kinds('meetingRoom')).toBeGreaterThan(0);
    expect(kinds('focusSeat')).toBeGreaterThan(0);
    expect(b.workplace?.zones.every((z) => z.desks > 0 && z.areaM2 > 0)).toBe(true);
  });

  it('holds demand against the plan: a small demand fits, a huge one is a deficit', async () => {
    const plan = await loadPlanInputs('floorplans/library/kita-current.geojson');
    const small = plan.checkArea({ waitingSeatsP95: 10, booths1p: 0 });
    expect(small.find((r) => r.item === 'waiting seats')?.status).toBe('ok');
    const huge = plan.checkArea({ waitingSeatsP95: 5000 });
    const row = huge.find((r) => r.item === 'waiting seats');
    expect(row?.status).toBe('deficit');
    expect(row?.surplusM2).toBeLessThan(0);
    expect(plan.grossAreaM2).toBeGreaterThan(5000);
  });

  it('names the file when the plan cannot be read', async () => {
    await expect(loadPlanInputs('floorplans/library/none.geojson')).rejects.toThrow(/cannot read .*none\.geojson/);
  });
});
