import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalAccumulator } from '../../engine/models/visitors/intervalAccumulator.js';
import { OrderedLine } from '../../engine/models/visitors/orderedLine.js';
import { onCounterCurve, rosterCurve, shiftsOf } from '../../engine/models/visitors/staffRoster.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import { runScenario } from '../../scenarios/study/index.js';
import { renderScenarioRun } from '../../viz/text/renderScenarioRun.js';
import { townPart } from './visitorFixtures.js';

describe('building blocks of the visitor model', () => {
  it('an ordered line keeps key order, first-in first-out among equal keys, through removals', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 20 }), fc.boolean()), { maxLength: 200 }), (ops) => {
        const line = new OrderedLine(4);
        const model: { id: number; key: number }[] = [];
        ops.forEach(([key, remove], id) => {
          if (remove && model.length > 0) {
            const i = id % model.length;
            expect(line.removeAt(i)).toBe(model[i].id);
            model.splice(i, 1);
          } else {
            line.keyIn = key;
            line.insert(id);
            let at = model.length;
            while (at > 0 && model[at - 1].key > key) at--;
            model.splice(at, 0, { id, key });
          }
        });
        expect(line.length).toBe(model.length);
        model.forEach((m, i) => expect(line.at(i)).toBe(m.id));
        if (model.length > 0) expect(line.indexOf(model[model.length - 1].id)).toBe(model.length - 1);
      }),
      { numRuns: 200 },
    );
  });

  it('splits a time integral into intervals and remembers each interval’s largest value', () => {
    const acc = new IntervalAccumulator(0, 10, 3);
    acc.set(5, 2); // 2 from 5
    acc.set(25, 1); // 2 over [5, 25), then 1
    acc.advance(40);
    expect(Array.from(acc.sums)).toEqual([10, 20, 15]);
    expect(Array.from(acc.maxes)).toEqual([2, 2, 2]);
    expect(acc.after).toBe(10);
  });

  it('cuts a roster into shifts (oldest leave first) and staggers lunch breaks over the window', () => {
    const curve = rosterCurve(
      [
        { fromMin: 525, toMin: 1035, staff: 3 },
        { fromMin: 600, toMin: 780, staff: 1 },
      ],
      525,
      1035,
    );
    expect(shiftsOf(curve, 1035).map((s) => [s.startMin, s.endMin])).toEqual([
      [525, 780],
      [525, 1035],
      [525, 1035],
      [600, 1035],
    ]);
    const atCounter = onCounterCurve(curve, 1035, { fromMin: 690, toMin: 870, breakMin: 60, ifShiftOverMin: 360 });
    // Three long shifts (the 525–780 one is 255 min: no break) take one 60-min slot each.
    expect(atCounter.atMin).toEqual([525, 600, 690, 780, 870]);
    expect(atCounter.value).toEqual([3, 4, 3, 2, 3]);
  });
});

describe('a scenario run of the visitor part', () => {
  it('aggregates replications with confidence intervals, renders Japanese with the scenario’s names, and keeps per-replication KPIs', async () => {
    const scenario = validateScenario({ name: 'town', nameJa: '町', visitors: townPart() });
    const result = await runScenario({ scenario, uri: 'memory:town' }, { seed: 1, replications: 5, workers: 0 });
    expect(result.replications).toBe(5);
    const v = result.visitors;
    if (v === undefined) throw new Error('no visitors block');
    expect(v.queues.map((q) => q.id)).toEqual(['resident', 'insurance', 'child']);
    expect(v.waitMeanMin.ci95).toBeGreaterThan(0);
    expect(result.replicationKpis.waitMeanMin).toHaveLength(5);
    expect(result.kpis.waitMeanMin.mean).toBeCloseTo(v.waitMeanMin.mean as number, 12);
    const ja = renderScenarioRun(result, 'ja');
    expect(ja).toMatch(/手続別/);
    expect(ja).toMatch(/窓口別/);
    expect(ja).toMatch(/縦割り/);
    expect(ja).toMatch(/^町/);
  });
});
