/** The tabled t quantiles are the library's, to the bit; other arguments go to the library. */
import stdlibT from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { studentTQuantile } from '../../../engine/core/studentTQuantile.js';
import { T975_BY_DF, T975_MAX_DF } from '../../../engine/core/studentT975Table.js';

describe('Student t quantile', () => {
  it('has the library value at 0.975 for every tabled degree of freedom', () => {
    expect(T975_BY_DF).toHaveLength(T975_MAX_DF + 1);
    for (let df = 1; df <= T975_MAX_DF; df++)
      expect(Object.is(studentTQuantile(0.975, df), stdlibT(0.975, df)), `df ${df}`).toBe(true);
  });

  it('is the library value off the table: other probabilities, fractional and large df', () => {
    for (const [p, df] of [
      [0.995, 9],
      [0.975, 12.5],
      [0.975, 1001],
      [0.975, 1e6],
      [0.9, 3],
      [0.975, 0.5],
    ]) {
      expect(Object.is(studentTQuantile(p, df), stdlibT(p, df)), `${p}, ${df}`).toBe(true);
    }
    expect(studentTQuantile(0.975, 1)).toBeCloseTo(12.7062, 4);
  });
});
