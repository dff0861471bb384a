import { describe, expect, it } from 'vitest';
import { engset, erlangB } from '../../../engine/theory/index.js';

const at = (sources: number, servers: number, a: number) =>
  engset({ sources, servers, ratePerIdleSource: a, meanHold: 1 });

describe('engset (finite-source loss system)', () => {
  it('matches hand values: p_k ∝ C(N, k)·a^k; call congestion uses the N − 1 other sources', () => {
    // N = 2, c = 1: time 2a/(1 + 2a), call a/(1 + a) (one other source).
    const a = 0.7;
    expect(at(2, 1, a).timeCongestion).toBeCloseTo((2 * a) / (1 + 2 * a), 14);
    expect(at(2, 1, a).callCongestion).toBeCloseTo(a / (1 + a), 14);
    // N = 3, c = 2, a = 1: time 3/(1 + 3 + 3) = 3/7; call 1/(1 + 2 + 1) = 1/4; busy (3 + 6)/7.
    expect(at(3, 2, 1).timeCongestion).toBeCloseTo(3 / 7, 14);
    expect(at(3, 2, 1).callCongestion).toBeCloseTo(1 / 4, 14);
    expect(at(3, 2, 1).meanBusy).toBeCloseTo(9 / 7, 14);
    // Request rate: the idle sources times their rate, (3 − 9/7)·1.
    expect(at(3, 2, 1).requestRate).toBeCloseTo(3 - 9 / 7, 14);
  });

  it('gives the 12-requester values of issue 14 (a = 0.5): 0.335 at 4 units, 0.0075 at 8', () => {
    expect(at(12, 4, 0.5).callCongestion).toBeCloseTo(0.3354, 4);
    expect(at(12, 8, 0.5).callCongestion).toBeCloseTo(0.0075, 4);
  });

  it('blocks nothing once every other source has a unit (c ≥ N for calls, c > N for time)', () => {
    // c = N − 1: an arrival is blocked when all 4 others hold a unit, 2⁴ / (1 + 2)⁴ = 16/81.
    expect(at(5, 4, 2).callCongestion).toBeCloseTo(16 / 81, 14);
    expect(at(5, 5, 2).callCongestion).toBe(0);
    expect(at(5, 5, 2).timeCongestion).toBeCloseTo(32 / 243, 14); // (2/3)^5: all busy, binomial
    expect(at(5, 6, 2).timeCongestion).toBe(0);
    expect(at(0, 0, 1)).toEqual({ timeCongestion: 1, callCongestion: 0, meanBusy: 0, requestRate: 0 });
  });

  it('call congestion is below time congestion, and both tend to Erlang B as N → ∞ with N·a fixed', () => {
    for (const c of [1, 4, 10, 30]) {
      const A = 0.8 * c;
      const small = engset({ sources: 2 * c, servers: c, ratePerIdleSource: A / (2 * c), meanHold: 1 });
      expect(small.callCongestion).toBeLessThan(small.timeCongestion);
      const N = 1e6;
      const big = engset({ sources: N, servers: c, ratePerIdleSource: A / N, meanHold: 1 });
      expect(Math.abs(big.callCongestion - erlangB(c, A))).toBeLessThan(1e-4);
      expect(Math.abs(big.timeCongestion - erlangB(c, A))).toBeLessThan(1e-4);
    }
  });

  it('does not overflow for large N and c', () => {
    const r = engset({ sources: 100_000, servers: 5000, ratePerIdleSource: 0.06, meanHold: 1 });
    expect(Number.isFinite(r.callCongestion)).toBe(true);
    expect(r.callCongestion).toBeGreaterThan(0);
    expect(r.callCongestion).toBeLessThan(1);
  });

  it('refuses bad arguments with the argument named', () => {
    expect(() => engset({ sources: 2.5, servers: 1, ratePerIdleSource: 1, meanHold: 1 })).toThrow(/engset: sources/);
    expect(() => engset({ sources: 2, servers: -1, ratePerIdleSource: 1, meanHold: 1 })).toThrow(/engset: servers/);
    expect(() => engset({ sources: 2, servers: 1, ratePerIdleSource: NaN, meanHold: 1 })).toThrow(/ratePerIdleSource/);
  });
});
