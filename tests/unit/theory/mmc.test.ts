import { describe, expect, it } from 'vitest';
import { mm1, mmc } from '../../../engine/theory/index.js';

describe('mm1', () => {
  it('matches the M/M/1 closed forms (λ = 0.8, μ = 1)', () => {
    const r = mm1({ arrivalPerMin: 0.8, serviceMeanMin: 1 });
    const rho = 0.8;
    expect(r.utilization).toBeCloseTo(rho, 15);
    expect(r.pWait).toBeCloseTo(rho, 14);
    expect(r.meanWaitMin).toBeCloseTo(rho / (1 - 0.8), 12); // ρ/(μ − λ) = 4
    expect(r.meanQueueLength).toBeCloseTo((rho * rho) / (1 - rho), 12); // 3.2
    expect(r.meanSojournMin).toBeCloseTo(1 / (1 - 0.8), 12); // 1/(μ − λ) = 5
    expect(r.meanInSystem).toBeCloseTo(rho / (1 - rho), 12); // 4
    for (const t of [0, 0.5, 3, 20]) {
      expect(r.serviceLevel(t)).toBeCloseTo(1 - rho * Math.exp(-(1 - 0.8) * t), 14);
    }
  });

  it('works in other time units (λ = 2/min, E[S] = 0.25 min)', () => {
    const r = mm1({ arrivalPerMin: 2, serviceMeanMin: 0.25 });
    expect(r.meanSojournMin).toBeCloseTo(1 / (4 - 2), 14);
  });
});

describe('mmc', () => {
  it('M/M/2 with A = 1: C = 1/3, Wq = 1/3, L = 2ρ/(1 − ρ²) = 4/3', () => {
    const r = mmc({ arrivalPerMin: 1, serviceMeanMin: 1, servers: 2 });
    expect(r.utilization).toBe(0.5);
    expect(r.pWait).toBeCloseTo(1 / 3, 14);
    expect(r.meanWaitMin).toBeCloseTo(1 / 3, 14);
    expect(r.meanQueueLength).toBeCloseTo(1 / 3, 14);
    expect(r.meanInSystem).toBeCloseTo(4 / 3, 14);
    expect(r.meanSojournMin).toBeCloseTo(4 / 3, 14);
  });

  it('satisfies Little and L = Lq + A', () => {
    const r = mmc({ arrivalPerMin: 4.2, serviceMeanMin: 2.5, servers: 12 });
    expect(r.meanInSystem).toBeCloseTo(4.2 * r.meanSojournMin, 12);
    expect(r.meanQueueLength).toBeCloseTo(4.2 * r.meanWaitMin, 12);
    expect(r.meanInSystem).toBeCloseTo(r.meanQueueLength + 10.5, 12);
    // Mean wait also equals ∫ P(W > t) dt = C/(cμ − λ).
    expect(r.meanWaitMin).toBeCloseTo(r.pWait / (12 / 2.5 - 4.2), 12);
  });

  it('zero arrivals give an empty system', () => {
    const r = mmc({ arrivalPerMin: 0, serviceMeanMin: 3, servers: 2 });
    expect(r.pWait).toBe(0);
    expect(r.meanWaitMin).toBe(0);
    expect(r.meanSojournMin).toBe(3);
    expect(r.serviceLevel(0)).toBe(1);
  });

  it('handles c = 1000 at ρ = 0.9999', () => {
    const r = mmc({ arrivalPerMin: 999.9, serviceMeanMin: 1, servers: 1000 });
    expect(Number.isFinite(r.meanWaitMin)).toBe(true);
    expect(r.pWait).toBeGreaterThan(0.99);
    expect(r.meanWaitMin).toBeCloseTo(r.pWait / 0.1, 10);
  });

  it('rejects unstable or invalid input', () => {
    expect(() => mmc({ arrivalPerMin: 3, serviceMeanMin: 1, servers: 3 })).toThrow(RangeError);
    expect(() => mmc({ arrivalPerMin: 3, serviceMeanMin: 1, servers: 3 })).toThrow(/servers \(3\)/);
    expect(() => mmc({ arrivalPerMin: -1, serviceMeanMin: 1, servers: 3 })).toThrow(/arrivalPerMin.*-1/);
    expect(() => mmc({ arrivalPerMin: 1, serviceMeanMin: 0, servers: 3 })).toThrow(/serviceMeanMin.*0/);
    expect(() => mmc({ arrivalPerMin: 1, serviceMeanMin: 1, servers: 2.2 })).toThrow(/servers.*2\.2/);
    const r = mmc({ arrivalPerMin: 1, serviceMeanMin: 1, servers: 2 });
    expect(() => r.serviceLevel(-1)).toThrow(/tMin.*-1/);
    expect(() => mm1({ arrivalPerMin: 1, serviceMeanMin: 1 })).toThrow(RangeError);
  });
});
