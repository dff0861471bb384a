/**
 * Our standard normal quantile against the library's, bit for bit: random arguments, both ends,
 * and both sides of every branch boundary of erfinv and ln (subnormal arguments included).
 */
import stdlibQuantile from '@stdlib/stats-base-dists-normal-quantile';
import { describe, expect, it } from 'vitest';
import { NormalQuantile } from '../../../engine/core/normalQuantile.js';
import { createStream } from '../../../engine/core/randomStream.js';

const nq = new NormalQuantile();
function ours(p: number): number {
  nq.p = p;
  nq.compute();
  return nq.x;
}

/** The doubles next to x (a few ulps each way), for branch boundaries. */
function around(x: number): number[] {
  const f = new Float64Array([x]);
  const bits = new BigInt64Array(f.buffer);
  const out: number[] = [];
  for (let d = -4n; d <= 4n; d++) {
    const g = new BigInt64Array([bits[0] + d]);
    out.push(new Float64Array(g.buffer)[0]);
  }
  return out;
}

describe('normal quantile', () => {
  it('is @stdlib/stats-base-dists-normal-quantile(p, 0, 1) on 10^6 uniforms, to the bit', () => {
    const rng = createStream('test', 0, 'normalQuantile');
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const p = rng.next();
      if (!Object.is(ours(p), stdlibQuantile(p, 0, 1))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('is the library value on the ends, tiny and subnormal arguments and every branch boundary', () => {
    // erfinv(2p − 1): |x| = 0.5 (p = 0.25, 0.75), 1 − |x| = 0.25 (p = 0.125, 0.875), √(−ln q) = 3 and
    // 6 (q = e^−9, e^−36), ln's small-f case near q = 1 (p near 0.5 is x near 0: not that branch).
    const edges = [
      0,
      1,
      0.5,
      0.25,
      0.75,
      0.125,
      0.875,
      Math.exp(-9) / 2,
      1 - Math.exp(-9) / 2,
      Math.exp(-36) / 2,
      1e-300,
      5e-324,
      2.2e-308,
      1e-310,
    ];
    const ps = edges.flatMap(around).filter((p) => p >= 0 && p <= 1);
    for (const k of [1e-3, 1e-6, 1e-9, 1e-12, 1e-15]) ps.push(k, 1 - k, 0.5 + k, 0.5 - k);
    for (const p of [...ps, NaN, -0.1, 1.1, -0])
      expect(Object.is(ours(p), stdlibQuantile(p, 0, 1)), `p = ${p}`).toBe(true);
  });
});
