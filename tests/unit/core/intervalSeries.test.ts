import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IntervalSeries } from '../../../engine/core/intervalSeries.js';

describe('IntervalSeries', () => {
  it('bins [start + k·width, start + (k+1)·width) into bin k and drops times outside', () => {
    const s = new IntervalSeries(480, 15, 4); // 08:00–09:00 in 15-minute bins
    expect([479.99, 480, 494.99, 495, 524, 539.99, 540, 1e6].map((t) => s.binOf(t))).toEqual([
      -1, 0, 0, 1, 2, 3, -1, -1,
    ]);
  });

  it('sums values and counts per bin, and means() is NaN for an empty bin', () => {
    const s = new IntervalSeries(0, 10, 3);
    s.add(1, 4);
    s.add(9, 6);
    s.add(12);
    s.add(-1, 100);
    s.add(30, 100);
    expect(Array.from(s.sums)).toEqual([10, 1, 0]);
    expect(Array.from(s.counts)).toEqual([2, 1, 0]);
    const means = s.means();
    expect(means.slice(0, 2)).toEqual([5, 1]);
    expect(means[2]).toBeNaN();
    s.reset();
    expect(Array.from(s.counts)).toEqual([0, 0, 0]);
    expect(Array.from(s.sums)).toEqual([0, 0, 0]);
  });

  it('counts each in-range observation exactly once, in the bin a direct computation gives (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -50, max: 250, noNaN: true }), { maxLength: 100 }), (times) => {
        const s = new IntervalSeries(20, 7.5, 24);
        const expected = new Array<number>(24).fill(0);
        for (const t of times) {
          s.add(t);
          const k = Math.floor((t - 20) / 7.5);
          if (k >= 0 && k < 24) expected[k]++;
        }
        expect(Array.from(s.counts)).toEqual(expected);
      }),
    );
  });
});
