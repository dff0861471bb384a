import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortFloat64, sortIdsByKey } from '../../../engine/core/sortNumbers.js';
import { testStream } from './sampleChecks.js';

const same = (a: Float64Array, b: Float64Array) => a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

describe('sortFloat64', () => {
  it('gives exactly Float64Array.prototype.sort for any doubles, −0, NaN and infinities included (fast-check)', () => {
    const value = fc.oneof(
      fc.double(),
      fc.constantFrom(0, -0, 1, 2, NaN, Infinity, -Infinity),
      fc.integer({ min: 0, max: 5 }),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 300 }), (xs) => {
        const ours = sortFloat64(Float64Array.from(xs));
        expect(same(ours, Float64Array.from(xs).sort())).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('sorts long arrays with many ties, sorted and reversed runs like the built-in', () => {
    const rng = testStream('sort');
    const n = 20_000;
    const cases = [
      Float64Array.from({ length: n }, () => rng.next() * 100),
      Float64Array.from({ length: n }, () => Math.floor(rng.next() * 7)),
      Float64Array.from({ length: n }, (_, i) => i),
      Float64Array.from({ length: n }, (_, i) => n - i),
      Float64Array.from({ length: n }, (_, i) => (i % 2 === 0 ? i : -i)),
      new Float64Array(n),
    ];
    for (const a of cases) expect(same(sortFloat64(a.slice()), a.slice().sort())).toBe(true);
  });

  it('sorts like the built-in where equal-width buckets are uneven or cannot be formed', () => {
    const rng = testStream('buckets');
    const n = 500;
    const cases = [
      // Clustered values and one far outlier: nearly all in the first bucket.
      Float64Array.from({ length: n }, (_, i) => (i === 7 ? 1e12 : rng.next())),
      // A span beyond the largest double, and infinities.
      Float64Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1.5e308 : i % 3 === 1 ? -1.5e308 : rng.next())),
      Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? Infinity : rng.next() * 10)),
      Float64Array.from({ length: n }, (_, i) => (i % 50 === 0 ? -Infinity : rng.next() * 10)),
      // Subnormals a few units apart, and waits: zeros with a skewed rest.
      Float64Array.from({ length: n }, () => Math.floor(rng.next() * 5) * 5e-324),
      Float64Array.from({ length: n }, () => (rng.next() < 0.5 ? 0 : -20 * Math.log(1 - rng.next()))),
    ];
    for (const a of cases) expect(same(sortFloat64(a.slice()), a.slice().sort())).toBe(true);
  });
});

describe('sortIdsByKey', () => {
  it('gives the order of a comparator sort by (key, id), whatever the keys (fast-check)', () => {
    const key = fc.oneof(
      fc.double({ noNaN: true }),
      fc.integer({ min: 0, max: 4 }),
      fc.constantFrom(-0, 0, Infinity, -Infinity),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), fc.boolean(), (keys, shuffled) => {
        const k = Float64Array.from(keys);
        const n = keys.length;
        const ids = Int32Array.from({ length: n + 3 }, (_, i) => i);
        if (shuffled) ids.subarray(0, n).reverse();
        const expected = ids.slice(0, n).sort((a, b) => k[a] - k[b] || a - b);
        sortIdsByKey(ids, n, k, new Int32Array(n + 3));
        expect(Array.from(ids.subarray(0, n))).toEqual(Array.from(expected));
      }),
      { numRuns: 1000 },
    );
  });
});
