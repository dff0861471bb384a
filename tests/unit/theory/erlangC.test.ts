import { describe, expect, it } from 'vitest';
import { erlangB, erlangC, erlangCServiceLevel } from '../../../engine/theory/index.js';

describe('erlangC', () => {
  it('M/M/1: P(W > 0) = ρ', () => {
    for (const rho of [0.1, 0.5, 0.9, 0.999]) expect(erlangC(1, rho)).toBeCloseTo(rho, 14);
  });

  it('M/M/2 with A = 1: C = 1/3', () => {
    expect(erlangC(2, 1)).toBeCloseTo(1 / 3, 14);
  });

  it('equals the textbook ratio A^c/c!·c/(c−A) / (Σ_{k<c} A^k/k! + A^c/c!·c/(c−A)) for small c', () => {
    const direct = (c: number, a: number): number => {
      let term = 1;
      let sum = 0;
      for (let k = 0; k < c; k++) {
        sum += term;
        term *= a / (k + 1);
      }
      const top = (term * c) / (c - a);
      return top / (sum + top);
    };
    for (const [c, a] of [
      [3, 2],
      [5, 4.5],
      [10, 7],
      [14, 10],
    ] as const) {
      expect(erlangC(c, a)).toBeCloseTo(direct(c, a), 13);
    }
  });

  it('pyworkforce / R ErlangC example: 14 agents, A = 10 → P(wait) 0.1741319', () => {
    expect(erlangC(14, 10)).toBeCloseTo(0.1741319335950498, 12);
  });

  it('is finite and in (0, 1) for c = 1000 at load near 1', () => {
    const v = erlangC(1000, 999.999);
    expect(v).toBeGreaterThan(0.99);
    expect(v).toBeLessThanOrEqual(1);
    expect(erlangC(1000, 999.9)).toBeGreaterThan(erlangB(1000, 999.9));
  });

  it('rejects load ≥ servers and bad arguments', () => {
    expect(() => erlangC(5, 5)).toThrow(RangeError);
    expect(() => erlangC(5, 5)).toThrow(/offeredLoad.*5/);
    expect(() => erlangC(5, 6.5)).toThrow(/6\.5/);
    expect(() => erlangC(0, 0.5)).toThrow(/servers.*0/);
    expect(() => erlangC(1.5, 0.5)).toThrow(/servers.*1\.5/);
  });
});

describe('erlangCServiceLevel', () => {
  it('pyworkforce example: 100 calls / 30 min, AHT 3 min, 20 s target, 14 agents → SL 0.88835', () => {
    expect(erlangCServiceLevel(14, 10, 20 / 60, 3)).toBeCloseTo(0.8883500191794669, 12);
  });

  it('13 agents fall short of an 80 % target (so 14 is the raw requirement)', () => {
    expect(erlangCServiceLevel(13, 10, 20 / 60, 3)).toBeLessThan(0.8);
  });

  it('is 1 − C at t = 0 and 1 at t = ∞', () => {
    expect(erlangCServiceLevel(14, 10, 0, 3)).toBeCloseTo(1 - erlangC(14, 10), 15);
    expect(erlangCServiceLevel(14, 10, Infinity, 3)).toBe(1);
  });

  it('rejects negative targets and non-positive service means', () => {
    expect(() => erlangCServiceLevel(14, 10, -1, 3)).toThrow(/targetMin.*-1/);
    expect(() => erlangCServiceLevel(14, 10, 1, 0)).toThrow(/serviceMeanMin.*0/);
  });
});
