import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplications } from '../../engine/runner/runReplications.js';
import { validateNetworkModel } from '../../engine/models/network/validateNetworkModel.js';
import { CheckedNetworkSimulation } from './checkedNetworkSimulation.js';
import { modelArbitrary } from './modelArbitrary.js';

describe('queueing-network invariants (fast-check)', () => {
  it('generated models are valid model files', () => {
    fc.assert(
      fc.property(modelArbitrary, (model) => void validateNetworkModel(structuredClone(model))),
      { numRuns: 200 },
    );
  });

  it('conserves customers: arrived = departed + abandoned + blocked + balked + still inside', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.integer({ min: 0, max: 1000 }), (model, rep) => {
        const r = new CheckedNetworkSimulation(model, 'prop', rep).run();
        const c = r.conservation;
        expect(c.arrived).toBe(c.departed + c.abandoned + c.blocked + c.balked + c.inSystem);
      }),
      { numRuns: 150 },
    );
  });

  it('never waits a negative time, never exceeds a pool or line capacity, serves FIFO within a priority class', () => {
    fc.assert(
      fc.property(modelArbitrary, fc.integer({ min: 0, max: 1000 }), (model, rep) => {
        const sim = new CheckedNetworkSimulation(model, 'prop', rep);
        const r = sim.run();
        expect(sim.violations).toEqual([]);
        expect(sim.minWaitMin === Infinity || sim.minWaitMin >= 0).toBe(true);
        for (const s of Object.values(r.stations)) {
          if (Number.isFinite(s.waitMin)) expect(s.waitMin).toBeGreaterThanOrEqual(0);
          if (Number.isFinite(s.utilization)) expect(s.utilization).toBeLessThanOrEqual(1 + 1e-9);
          expect(s.overtimeServerMin).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives bit-identical results for 0, 1 and 2 worker threads', async () => {
    const models = fc.sample(modelArbitrary, { numRuns: 4, seed: 11 });
    for (const model of models) {
      const input = validateNetworkModel(model);
      const runs = await Promise.all(
        [0, 1, 2].map((workers) =>
          runReplications({ model: 'network', input, seed: 'det' }, { replications: 5, workers }),
        ),
      );
      const [a, b, c] = runs.map((o) => JSON.stringify(o.results));
      expect(b).toBe(a);
      expect(c).toBe(a);
    }
  });
});

describe('schedule edge cases', () => {
  const base = {
    horizonMin: 400,
    sources: [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 1 } }],
  };

  it('serves nobody while capacity is 0 and catches up when it opens', () => {
    const model = validateNetworkModel({
      ...base,
      stations: [
        {
          id: 's',
          servers: [{ fromMin: 100, toMin: 400, servers: 3 }],
          serviceMin: { dist: 'exponential', mean: 0.5 },
        },
      ],
    });
    const sim = new CheckedNetworkSimulation(model, 1, 0);
    const r = sim.run();
    expect(sim.violations).toEqual([]);
    expect(sim.minWaitMin).toBeGreaterThanOrEqual(0);
    // About 100 arrived while closed: all of them waited at least until t = 100.
    expect(r.stations.s.waitMaxMin).toBeGreaterThan(50);
    expect(r.stations.s.served).toBeGreaterThan(300);
  });

  it('unlimited servers never make anyone wait', () => {
    const r = new CheckedNetworkSimulation(
      validateNetworkModel({
        ...base,
        stations: [{ id: 's', servers: 'unlimited', serviceMin: { dist: 'lognormal', mean: 20, cv: 1 } }],
      }),
      1,
      0,
    ).run();
    expect(r.stations.s.waitMaxMin).toBe(0);
    expect(r.stations.s.pWait).toBe(0);
    expect(Number.isNaN(r.stations.s.utilization)).toBe(true);
    // M/G/∞: mean busy servers = λ·E[S] = 20 (time average from an empty start, so below).
    expect(r.stations.s.busyServers).toBeGreaterThan(15);
  });

  it('capacity falling while customers are in service finishes them as overtime and starts nobody new', () => {
    const model = validateNetworkModel({
      horizonMin: 300,
      sources: [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 0.5 } }],
      stations: [
        {
          id: 's',
          servers: [
            { fromMin: 0, toMin: 100, servers: 4 },
            { fromMin: 100, toMin: 200, servers: 1 },
            { fromMin: 200, toMin: 300, servers: 0 },
          ],
          serviceMin: { dist: 'deterministic', value: 30 },
        },
      ],
    });
    const sim = new CheckedNetworkSimulation(model, 3, 0);
    const r = sim.run();
    expect(sim.violations).toEqual([]);
    expect(r.stations.s.overtimeServerMin).toBeGreaterThan(0);
    // Overtime is bounded by the servers over capacity times one service each.
    expect(r.stations.s.overtimeServerMin).toBeLessThanOrEqual(3 * 30 + 1 * 30);
  });
});
