import fc from 'fast-check';
import { quantileSorted as reference } from 'simple-statistics';
import { describe, expect, it } from 'vitest';
import { quantileSorted } from '../../../engine/core/quantileSorted.js';

describe('quantileSorted (Hyndman–Fan definition 7)', () => {
  it('equals simple-statistics to the bit on random sorted samples and p', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 60 }),
        fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 0.9, 0.95, 1)),
        (values, p) => {
          const sorted = [...values].sort((a, b) => a - b);
          expect(Object.is(quantileSorted(sorted, p), reference(sorted, p))).toBe(true);
          expect(Object.is(quantileSorted(Float64Array.from(sorted), p), reference(sorted, p))).toBe(true);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('gives the hand-computed values and refuses an empty sample or p outside 0–1', () => {
    expect(quantileSorted([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantileSorted([10, 20, 30], 0.9)).toBe(28);
    expect(quantileSorted([7], 0.3)).toBe(7);
    expect(() => quantileSorted([], 0.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], 1.5)).toThrow(RangeError);
    expect(() => quantileSorted([1], Number.NaN)).toThrow(RangeError);
  });
});
