import { describe, expect, it } from 'vitest';
import { md1, mm1, pollaczekKhinchine } from '../../../engine/theory/index.js';

describe('pollaczekKhinchine', () => {
  it('with cv = 1 reproduces M/M/1', () => {
    for (const [lambda, s] of [
      [0.5, 1],
      [0.9, 1],
      [3, 0.2],
    ] as const) {
      const pk = pollaczekKhinchine({ arrivalPerMin: lambda, serviceMeanMin: s, serviceCv: 1 });
      const m = mm1({ arrivalPerMin: lambda, serviceMeanMin: s });
      expect(pk.meanWaitMin).toBeCloseTo(m.meanWaitMin, 12);
      expect(pk.meanQueueLength).toBeCloseTo(m.meanQueueLength, 12);
      expect(pk.meanSojournMin).toBeCloseTo(m.meanSojournMin, 12);
      expect(pk.meanInSystem).toBeCloseTo(m.meanInSystem, 12);
      expect(pk.pWait).toBeCloseTo(m.pWait, 12);
    }
  });

  it('M/D/1 waits exactly half as long as M/M/1', () => {
    for (const rho of [0.1, 0.5, 0.8, 0.99]) {
      const d = md1({ arrivalPerMin: rho / 2, serviceMeanMin: 2 });
      const m = mm1({ arrivalPerMin: rho / 2, serviceMeanMin: 2 });
      expect(d.meanWaitMin).toBeCloseTo(m.meanWaitMin / 2, 10);
      expect(d.meanQueueLength).toBeCloseTo(m.meanQueueLength / 2, 10);
    }
  });

  it('matches the closed form Wq = λ·s²(1 + cv²) / (2(1 − ρ)) (Erlang-2 service, cv² = 1/2)', () => {
    const r = pollaczekKhinchine({ arrivalPerMin: 0.3, serviceMeanMin: 2, serviceCv: Math.SQRT1_2 });
    // ρ = 0.6, E[S²] = 4 · 1.5 = 6 → Wq = 0.3 · 6 / 0.8 = 2.25
    expect(r.utilization).toBeCloseTo(0.6, 15);
    expect(r.meanWaitMin).toBeCloseTo(2.25, 12);
    expect(r.meanQueueLength).toBeCloseTo(0.675, 12);
    expect(r.meanSojournMin).toBeCloseTo(4.25, 12);
    expect(r.meanInSystem).toBeCloseTo(1.275, 12);
  });

  it('rejects ρ ≥ 1 and negative cv', () => {
    expect(() => pollaczekKhinchine({ arrivalPerMin: 1, serviceMeanMin: 1, serviceCv: 0.5 })).toThrow(RangeError);
    expect(() => pollaczekKhinchine({ arrivalPerMin: 0.5, serviceMeanMin: 1, serviceCv: -0.1 })).toThrow(
      /serviceCv.*-0\.1/,
    );
    expect(() => md1({ arrivalPerMin: 2, serviceMeanMin: 1 })).toThrow(/utilisation 2/);
  });
});
