/** The bucket sort of the workplace day lanes gives exactly sortIdsByKey's order (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bucketSortIdsByKey, sortIdsByKey } from '../../../engine/core/sortNumbers.js';

describe('bucketSortIdsByKey', () => {
  it('orders ascending ids by (key, id) exactly as sortIdsByKey, ties, clusters and equal keys included', () => {
    const key = fc.oneof(
      fc.double({ min: -1e6, max: 1e6, noNaN: true }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(525.25, 1439, 0),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 400 }), fc.nat(), (keys, skip) => {
        const n = keys.length;
        const keyOf = Float64Array.from(keys);
        // Ids ascending, some left out (as persons who do not come in).
        const ids = Int32Array.from({ length: n }, (_, i) => i).filter((i) => (i + skip) % 7 !== 0);
        const a = Int32Array.from(ids);
        const b = Int32Array.from(ids);
        sortIdsByKey(a, a.length, keyOf, new Int32Array(n));
        bucketSortIdsByKey(b, b.length, keyOf, new Int32Array(n + 1), new Int32Array(n));
        expect(Array.from(b)).toEqual(Array.from(a));
      }),
      { numRuns: 500 },
    );
  });

  it('falls back to the merge sort when the keys are only subnormals apart', () => {
    const keyOf = Float64Array.from([5e-324, 0, 1e-323, 0, 5e-324]);
    const a = Int32Array.from([0, 1, 2, 3, 4]);
    bucketSortIdsByKey(a, 5, keyOf, new Int32Array(6), new Int32Array(5));
    expect(Array.from(a)).toEqual([1, 3, 0, 4, 2]);
  });
});
