import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../engine/runner/runReplications.js';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';
import { inputOf } from './visitorFixtures.js';

const close = (a: number, b: number) => Math.abs(a - b) < 1e-9;

describe('visitor model invariants (fast-check)', () => {
  it('generated parts are valid scenarios', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, (part) => void inputOf(structuredClone(part))),
      { numRuns: 100 },
    );
  });

  it('conserves visitors: demand = diverted + no-shows + came; came = served + gave up + balked + turned away + unserved', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        const sim = new CheckedVisitorSimulation(inputOf(part));
        const r = sim.run('prop', rep);
        const v = r.visitors;
        expect(v.demand).toBe(v.diverted + v.noShows + v.arrived);
        expect(v.arrived).toBe(v.served + v.abandoned + v.balked + v.turnedAway + v.unserved);
        expect(r.byInterval.arrivals.reduce((a, b) => a + b, 0)).toBe(v.arrived);
        expect(Object.values(r.byProcedure).reduce((a, p) => a + p.arrived, 0)).toBe(v.arrived);
        expect(Object.values(r.byProcedure).reduce((a, p) => a + p.served, 0)).toBe(v.served);
        // Nobody is left behind when every department is staffed at closing time.
        expect(v.unserved).toBe(0);
      }),
      { numRuns: 120 },
    );
  });

  it('never waits a negative time, never uses more counters, seats or staff than there are', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        const sim = new CheckedVisitorSimulation(inputOf(part));
        const r = sim.run('prop', rep);
        expect(sim.violations).toEqual([]);
        for (let i = 0; i < sim.day.comers; i++) {
          const v = sim.day.order[i];
          expect(sim.vs.waitTotal[v]).toBeGreaterThanOrEqual(0);
          if (Number.isFinite(sim.vs.departMin[v]))
            expect(sim.vs.departMin[v] - sim.day.arrivalMin[v]).toBeGreaterThanOrEqual(sim.vs.waitTotal[v] - 1e-9);
        }
        if (r.visitors.served > 0) {
          expect(r.waitMin.p50).toBeGreaterThanOrEqual(0);
          expect(r.waitMin.p50).toBeLessThanOrEqual(r.waitMin.p90 + 1e-9);
          expect(r.waitMin.p95).toBeLessThanOrEqual(r.waitMin.max + 1e-9);
          expect(r.timeInOfficeMin.mean).toBeGreaterThanOrEqual(r.waitMin.mean - 1e-9);
        }
        for (const q of Object.values(r.queues)) {
          for (const w of q.waitByInterval) if (Number.isFinite(w)) expect(w).toBeGreaterThanOrEqual(0);
          for (const u of q.counterUtilisation) if (Number.isFinite(u)) expect(u).toBeLessThanOrEqual(1 + 1e-9);
          q.withinTargetByInterval.forEach((w, i) => expect(w).toBeLessThanOrEqual(q.joinsByInterval[i]));
        }
        expect(r.waitingArea.personsP95).toBeLessThanOrEqual(r.waitingArea.personsMax);
        expect(r.waitingArea.personsMean).toBeGreaterThanOrEqual(0);
        expect(
          close(
            r.visitors.comeBackAnotherDay,
            (r.visitors.abandoned + r.visitors.balked + r.visitors.turnedAway) * 0.7,
          ),
        ).toBe(true);
      }),
      { numRuns: 120 },
    );
  });

  it('gives bit-identical results for 0, 1 and 2 worker threads', async () => {
    const parts = fc.sample(visitorPartArbitrary, { numRuns: 2, seed: 11 });
    for (const part of parts) {
      const input = inputOf(part);
      const runs = await Promise.all(
        [0, 1, 2].map((workers) =>
          runReplications({ model: 'visitors', input, seed: 'det' }, { replications: 6, workers }),
        ),
      );
      const [a, b, c] = runs.map((o) => JSON.stringify(o.results));
      expect(b).toBe(a);
      expect(c).toBe(a);
    }
  });
});
