import { describe, expect, it } from 'vitest';
import { erlangA, jackson } from '../../engine/theory/index.js';
import { ci99, expectTheoryInCi, simulate } from './theoryCheck.js';

const exp = (mean: number) => ({ dist: 'exponential', mean });

describe('networks, abandonment and schedules against exact results', () => {
  it('M/M/5+M overloaded (ρ = 1.1) matches Erlang A: abandonment, wait of served, queue', async () => {
    const theory = erlangA({ arrivalPerMin: 5.5, serviceMeanMin: 1, servers: 5, patienceMeanMin: 2 });
    const results = await simulate(
      {
        horizonMin: 60_000,
        warmupMin: 500,
        sources: [{ id: 'a', to: 's', interarrivalMin: exp(1 / 5.5) }],
        stations: [{ id: 's', servers: 5, serviceMin: exp(1), patienceMin: exp(2) }],
      },
      20,
    );
    expectTheoryInCi(results, 'stations.s.pAbandon', theory.pAbandon);
    expectTheoryInCi(results, 'stations.s.waitMin', theory.meanWaitServedMin);
    expectTheoryInCi(results, 'stations.s.queueLength', theory.meanQueueLength);
    expectTheoryInCi(results, 'stations.s.utilization', theory.utilization);
  });

  it('a Jackson network with feedback matches per-station M/M/c figures and Little end to end', async () => {
    // a (2 servers) → b (1 server, p 0.6) or c (1 server, p 0.3), 10% leave; b → a (feedback 0.2); c leaves.
    const routing = [
      [0, 0.6, 0.3],
      [0.2, 0, 0],
      [0, 0, 0],
    ];
    const serviceMeanMin = [0.8, 0.7, 1.8];
    const servers = [2, 1, 1];
    const theory = jackson({ externalArrivalPerMin: [1.2, 0, 0], routing, serviceMeanMin, servers });
    const results = await simulate(
      {
        horizonMin: 150_000,
        warmupMin: 1_000,
        sources: [{ id: 'in', to: 'a', interarrivalMin: exp(1 / 1.2) }],
        stations: [
          {
            id: 'a',
            servers: 2,
            serviceMin: exp(0.8),
            next: [
              { to: 'b', p: 0.6 },
              { to: 'c', p: 0.3 },
            ],
          },
          { id: 'b', servers: 1, serviceMin: exp(0.7), next: [{ to: 'a', p: 0.2 }] },
          { id: 'c', servers: 1, serviceMin: exp(1.8) },
        ],
      },
      20,
    );
    ['a', 'b', 'c'].forEach((id, i) => {
      expectTheoryInCi(results, `stations.${id}.waitMin`, theory.stations[i].meanWaitMin);
      expectTheoryInCi(results, `stations.${id}.utilization`, theory.stations[i].utilization);
    });
    expectTheoryInCi(results, 'system.sojournMin', theory.meanSojournMin);
    expectTheoryInCi(results, 'system.inSystem', theory.meanInSystem);
    // Little's law inside the simulation: L = λ·W end to end, replication by replication.
    for (const r of results) {
      expect(r.system.inSystem).toBeCloseTo(r.system.throughputPerMin * r.system.sojournMin, 1);
    }
  });

  it('a tandem line satisfies Little’s law at each station (L_q = λ·W_q within the CI)', async () => {
    const results = await simulate(
      {
        horizonMin: 100_000,
        warmupMin: 1_000,
        sources: [{ id: 'in', to: 'first', interarrivalMin: exp(1) }],
        stations: [
          {
            id: 'first',
            servers: 1,
            serviceMin: { dist: 'gamma', mean: 0.7, cv: 0.5 },
            next: [{ to: 'second', p: 1 }],
          },
          { id: 'second', servers: 2, serviceMin: { dist: 'erlang', k: 3, mean: 1.5 } },
        ],
      },
      20,
    );
    for (const id of ['first', 'second']) {
      const lq = ci99(results, `stations.${id}.queueLength`);
      const lambdaW = results.map((r) => (r.stations[id].arrivals / r.observedMin) * r.stations[id].waitMin);
      const mean = lambdaW.reduce((a, b) => a + b, 0) / lambdaW.length;
      expect(Math.abs(mean - lq.mean)).toBeLessThanOrEqual(lq.halfWidth99);
    }
  });

  it('a capacity schedule serves exactly the derivable number, with overtime when capacity falls mid-service', async () => {
    // A backlog of 1,000 at time ~0; 10-minute services; 3 servers on [0,100), none on [100,200),
    // 5 on [200,300). Each server starts at 0,10,…,90 (10 starts) in the first shift, and at
    // 200,…,290 in the last: 3·10 + 5·10 = 80 services by t = 300. The services started at ~90
    // end just after 100: overtime, not interrupted.
    const results = await simulate(
      {
        horizonMin: 300,
        sources: [
          { id: 'backlog', to: 's', interarrivalMin: { dist: 'deterministic', value: 0.0001 }, maxArrivals: 1000 },
        ],
        stations: [
          {
            id: 's',
            servers: [
              { fromMin: 0, toMin: 100, servers: 3 },
              { fromMin: 200, toMin: 300, servers: 5 },
            ],
            serviceMin: { dist: 'deterministic', value: 10 },
          },
        ],
      },
      2,
    );
    for (const r of results) {
      expect(r.stations.s.served).toBe(80);
      expect(r.stations.s.overtimeServerMin).toBeGreaterThan(0);
      expect(r.stations.s.overtimeServerMin).toBeLessThan(3 * 0.001);
      expect(r.conservation.inSystem).toBe(1000 - 80);
    }
  });
});
