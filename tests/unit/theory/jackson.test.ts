import { describe, expect, it } from 'vitest';
import { jackson, mm1, mmc } from '../../../engine/theory/index.js';

describe('jackson', () => {
  it('a tandem equals two independent M/M/c queues', () => {
    const r = jackson({
      externalArrivalPerMin: [2, 0],
      routing: [
        [0, 1],
        [0, 0],
      ],
      serviceMeanMin: [0.4, 0.9],
      servers: [1, 2],
    });
    const a = mmc({ arrivalPerMin: 2, serviceMeanMin: 0.4, servers: 1 });
    const b = mmc({ arrivalPerMin: 2, serviceMeanMin: 0.9, servers: 2 });
    expect(r.stations[0].arrivalPerMin).toBeCloseTo(2, 14);
    expect(r.stations[1].arrivalPerMin).toBeCloseTo(2, 14);
    for (const [got, want] of [
      [r.stations[0], a],
      [r.stations[1], b],
    ] as const) {
      expect(got.pWait).toBeCloseTo(want.pWait, 12);
      expect(got.meanWaitMin).toBeCloseTo(want.meanWaitMin, 12);
      expect(got.meanInSystem).toBeCloseTo(want.meanInSystem, 12);
      expect(got.serviceLevel(0.5)).toBeCloseTo(want.serviceLevel(0.5), 12);
    }
    expect(r.meanInSystem).toBeCloseTo(a.meanInSystem + b.meanInSystem, 12);
    expect(r.meanSojournMin).toBeCloseTo(a.meanSojournMin + b.meanSojournMin, 12);
    expect(r.meanWaitMin).toBeCloseTo(a.meanWaitMin + b.meanWaitMin, 12);
    expect(r.totalExternalArrivalPerMin).toBe(2);
  });

  it('Bernoulli feedback: λ = γ/(1 − p) and sojourn = visits × per-visit time', () => {
    const r = jackson({ externalArrivalPerMin: [1], routing: [[0.5]], serviceMeanMin: [0.25], servers: [1] });
    const m = mm1({ arrivalPerMin: 2, serviceMeanMin: 0.25 });
    expect(r.stations[0].arrivalPerMin).toBeCloseTo(2, 14);
    expect(r.stations[0].visitsPerCustomer).toBeCloseTo(2, 14);
    expect(r.meanSojournMin).toBeCloseTo(2 * m.meanSojournMin, 12);
  });

  it('solves the traffic equations of a branching network with a loop', () => {
    const routing = [
      [0, 0.6, 0.3, 0],
      [0, 0, 0, 0.8],
      [0.2, 0, 0, 0.5],
      [0.1, 0, 0, 0],
    ];
    const gamma = [3, 0.5, 0, 0.2];
    const r = jackson({
      externalArrivalPerMin: gamma,
      routing,
      serviceMeanMin: [0.5, 1, 2, 0.3],
      servers: [3, 4, 4, 2],
    });
    const lambda = r.stations.map((s) => s.arrivalPerMin);
    for (let j = 0; j < 4; j++) {
      let rhs = gamma[j];
      for (let i = 0; i < 4; i++) rhs += lambda[i] * routing[i][j];
      expect(lambda[j]).toBeCloseTo(rhs, 12);
    }
    // Flow conservation: total exit rate = total external arrival rate.
    const exit = lambda.reduce((s, l, i) => s + l * (1 - routing[i].reduce((a, b) => a + b, 0)), 0);
    expect(exit).toBeCloseTo(3.7, 12);
    const total = r.stations.reduce((s, st) => s + st.meanInSystem, 0);
    expect(r.meanSojournMin).toBeCloseTo(total / 3.7, 12);
  });

  it('rejects closed loops, unstable stations and malformed input', () => {
    expect(() =>
      jackson({
        externalArrivalPerMin: [1, 0],
        routing: [
          [0, 1],
          [1, 0],
        ],
        serviceMeanMin: [0.1, 0.1],
        servers: [1, 1],
      }),
    ).toThrow(/singular/);
    expect(() =>
      jackson({ externalArrivalPerMin: [1], routing: [[0.6]], serviceMeanMin: [0.5], servers: [1] }),
    ).toThrow(/station 0 is unstable/);
    expect(() =>
      jackson({
        externalArrivalPerMin: [1, 0],
        routing: [
          [0, 0.7],
          [0, 0],
        ],
        serviceMeanMin: [0.5],
        servers: [1, 1],
      }),
    ).toThrow(/serviceMeanMin must have 2 entries/);
    expect(() =>
      jackson({ externalArrivalPerMin: [1], routing: [[1.5]], serviceMeanMin: [0.5], servers: [1] }),
    ).toThrow(/routing\[0\]\[0\].*1\.5/);
    expect(() =>
      jackson({
        externalArrivalPerMin: [1, 0],
        routing: [
          [0.6, 0.6],
          [0, 0],
        ],
        serviceMeanMin: [0.1, 0.1],
        servers: [1, 1],
      }),
    ).toThrow(/routing\[0\] must sum to <= 1/);
    expect(() => jackson({ externalArrivalPerMin: [0], routing: [[0]], serviceMeanMin: [1], servers: [1] })).toThrow(
      /positive total/,
    );
    expect(() => jackson({ externalArrivalPerMin: [1], routing: [[0]], serviceMeanMin: [1], servers: [0] })).toThrow(
      /servers\[0\].*0/,
    );
  });
});
