import fc from 'fast-check';
import { mean, sampleVariance } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { Tally } from '../../../engine/core/tally.js';

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('Tally', () => {
  it('agrees with simple-statistics mean and sampleVariance, min and max on random arrays (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 200 }), (xs) => {
        const t = new Tally();
        for (const x of xs) t.add(x);
        const scale = Math.max(1, ...xs.map(Math.abs));
        expect(t.count).toBe(xs.length);
        // Floating-point agreement only: tolerances scale with the magnitude of the data.
        expect(Math.abs(t.mean - mean(xs))).toBeLessThanOrEqual(1e-12 * scale);
        expect(Math.abs(t.variance() - sampleVariance(xs))).toBeLessThanOrEqual(1e-9 * scale * scale);
        expect(t.meanOrNaN()).toBe(t.mean);
        // === and not Object.is: with both 0 and −0 in the data, which zero is "the" minimum is
        // a matter of order (Math.min prefers −0), and fast-check generates both now and then.
        expect(t.min === Math.min(...xs)).toBe(true);
        expect(t.max === Math.max(...xs)).toBe(true);
      }),
    );
  });

  it('keeps precision with a large common offset (Welford, not the sum-of-squares formula)', () => {
    const t = new Tally();
    for (const x of [4, 7, 13, 16]) t.add(1e9 + x);
    expect(t.mean).toBe(1e9 + 10);
    expect(t.variance()).toBeCloseTo(30, 9);
  });

  it('reports NaN, not zero, for the mean of nothing and the variance of fewer than two', () => {
    const t = new Tally();
    expect(t.meanOrNaN()).toBeNaN();
    expect(t.variance()).toBeNaN();
    t.add(5);
    expect(t.meanOrNaN()).toBe(5);
    expect(t.variance()).toBeNaN();
    t.add(7);
    expect(t.variance()).toBe(2);
  });

  it('reset() forgets everything', () => {
    const t = new Tally();
    for (const x of [1, 2, 300]) t.add(x);
    t.reset();
    expect([t.count, t.mean, t.min, t.max]).toEqual([0, 0, Infinity, -Infinity]);
    expect(t.meanOrNaN()).toBeNaN();
    t.add(-4);
    t.add(-2);
    expect([t.mean, t.variance(), t.min, t.max]).toEqual([-3, 2, -4, -2]);
  });
});
