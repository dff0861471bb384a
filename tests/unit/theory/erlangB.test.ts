import { describe, expect, it } from 'vitest';
import { erlangB } from '../../../engine/theory/index.js';

/** Independent check: Erlang B = Poisson pmf(c; A) / Poisson cdf(c; A), summed in log space. */
function erlangBLogSpace(c: number, a: number): number {
  const logTerms: number[] = [];
  let logFact = 0;
  for (let k = 0; k <= c; k++) {
    if (k > 0) logFact += Math.log(k);
    logTerms.push(k * Math.log(a) - logFact);
  }
  const max = Math.max(...logTerms);
  const denom = logTerms.reduce((s, t) => s + Math.exp(t - max), 0);
  return Math.exp(logTerms[c] - max) / denom;
}

describe('erlangB', () => {
  it('matches the tabulated B(c=10, A=5) = 0.018385', () => {
    expect(erlangB(10, 5)).toBeCloseTo(0.018385, 6);
  });

  it('matches small closed forms', () => {
    expect(erlangB(0, 3)).toBe(1);
    expect(erlangB(1, 2)).toBeCloseTo(2 / 3, 15); // A / (1 + A)
    expect(erlangB(2, 1)).toBeCloseTo(0.2, 15); // (1/2) / (1 + 1 + 1/2)
    // B(5, 2) = (32/120) / (1 + 2 + 2 + 4/3 + 2/3 + 32/120)
    expect(erlangB(5, 2)).toBeCloseTo(32 / 120 / (7 + 32 / 120), 14);
    expect(erlangB(4, 0)).toBe(0);
  });

  it('agrees with an independent log-space evaluation, up to c = 1000', () => {
    for (const [c, a] of [
      [20, 15],
      [100, 80],
      [500, 520],
      [1000, 1000],
      [1000, 950],
      [1000, 1200],
    ] as const) {
      expect(erlangB(c, a)).toBeCloseTo(erlangBLogSpace(c, a), 12);
      expect(Math.abs(erlangB(c, a) / erlangBLogSpace(c, a) - 1)).toBeLessThan(1e-10);
    }
  });

  it('does not overflow for c = 1000 with tiny or huge load', () => {
    expect(erlangB(1000, 1e-3)).toBe(0);
    const heavy = erlangB(1000, 1e5);
    expect(heavy).toBeGreaterThan(0.98);
    expect(heavy).toBeLessThan(1);
    // Large-c asymptotic at A = c: 1/B ≈ sqrt(πc/2) + 2/3 (Jagerman).
    expect(erlangB(1000, 1000)).toBeCloseTo(1 / (Math.sqrt((Math.PI * 1000) / 2) + 2 / 3), 4);
  });

  it('rejects bad arguments with a RangeError naming them', () => {
    expect(() => erlangB(2.5, 1)).toThrow(RangeError);
    expect(() => erlangB(2.5, 1)).toThrow(/servers.*2\.5/);
    expect(() => erlangB(-1, 1)).toThrow(/servers.*-1/);
    expect(() => erlangB(3, -0.5)).toThrow(/offeredLoad.*-0\.5/);
    expect(() => erlangB(3, Number.NaN)).toThrow(/offeredLoad.*NaN/);
    expect(() => erlangB(3, Infinity)).toThrow(/offeredLoad.*Infinity/);
  });
});
