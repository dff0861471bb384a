import { describe, it } from 'vitest';
import { erlangB, mmc, pollaczekKhinchine, md1 } from '../../engine/theory/index.js';
import { expectTheoryInCi, simulate } from './theoryCheck.js';

const exp = (mean: number) => ({ dist: 'exponential', mean });

function station(servers: number, serviceMin: object, extra: object = {}) {
  return { id: 's', servers, serviceMin, ...extra };
}

describe('single stations against exact queueing theory', () => {
  it('M/M/1 at ρ = 0.8 matches the closed forms (wait, queue, sojourn, utilization, P(wait))', async () => {
    const lambda = 0.8;
    const theory = mmc({ arrivalPerMin: lambda, serviceMeanMin: 1, servers: 1 });
    const results = await simulate(
      {
        horizonMin: 300_000,
        warmupMin: 2_000,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1 / lambda) }],
        stations: [station(1, exp(1))],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.waitMin', theory.meanWaitMin);
    expectTheoryInCi(results, 'stations.s.queueLength', theory.meanQueueLength);
    expectTheoryInCi(results, 'stations.s.sojournMin', theory.meanSojournMin);
    expectTheoryInCi(results, 'stations.s.utilization', theory.utilization);
    expectTheoryInCi(results, 'stations.s.pWait', theory.pWait);
  });

  it('M/M/8 at ρ = 0.9 reproduces Erlang C (P(wait) and mean wait)', async () => {
    const theory = mmc({ arrivalPerMin: 7.2, serviceMeanMin: 1, servers: 8 });
    const results = await simulate(
      {
        horizonMin: 120_000,
        warmupMin: 1_000,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1 / 7.2) }],
        stations: [station(8, exp(1))],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.pWait', theory.pWait);
    expectTheoryInCi(results, 'stations.s.waitMin', theory.meanWaitMin);
    expectTheoryInCi(results, 'stations.s.queueLength', theory.meanQueueLength);
    expectTheoryInCi(results, 'system.inSystem', theory.meanInSystem);
  });

  it('M/M/10/10 loss system reproduces Erlang B blocking', async () => {
    const results = await simulate(
      {
        horizonMin: 100_000,
        warmupMin: 100,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1 / 8) }],
        stations: [station(10, exp(1), { queueCapacity: 0 })],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.pBlocked', erlangB(10, 8));
    expectTheoryInCi(results, 'stations.s.busyServers', 8 * (1 - erlangB(10, 8)));
  });

  it('M/D/1 at ρ = 0.8 waits half as long as M/M/1 (Pollaczek–Khinchine with cv 0)', async () => {
    const theory = md1({ arrivalPerMin: 0.8, serviceMeanMin: 1 });
    const results = await simulate(
      {
        horizonMin: 200_000,
        warmupMin: 1_000,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1.25) }],
        stations: [station(1, { dist: 'deterministic', value: 1 })],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.waitMin', theory.meanWaitMin);
    expectTheoryInCi(results, 'stations.s.queueLength', theory.meanQueueLength);
  });

  it('M/G/1 with lognormal service matches Pollaczek–Khinchine', async () => {
    const theory = pollaczekKhinchine({ arrivalPerMin: 0.75, serviceMeanMin: 1, serviceCv: 0.8 });
    const results = await simulate(
      {
        horizonMin: 300_000,
        warmupMin: 1_000,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1 / 0.75) }],
        stations: [station(1, { dist: 'lognormal', mean: 1, cv: 0.8 })],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.waitMin', theory.meanWaitMin);
    expectTheoryInCi(results, 'stations.s.sojournMin', theory.meanSojournMin);
  });
});
