import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hypot2 } from '../../floorplans/hypot2.js';
import { testStream } from '../unit/core/sampleChecks.js';

describe('hypot2', () => {
  it('is Math.hypot for two arguments, special values included', () => {
    const special = [0, -0, 1, -1, 0.5, 3, 4, 1e-300, 5e-324, Number.MAX_VALUE, Infinity, -Infinity, NaN, 1e16, 1e-16];
    for (const a of special)
      for (const b of special) expect(Object.is(hypot2(a, b), Math.hypot(a, b)), `${a}, ${b}`).toBe(true);
  });

  it('is Math.hypot on 10^6 plan-like and arbitrary pairs', () => {
    const rng = testStream('hypot2');
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const k = i % 3;
      const x =
        k === 0
          ? (rng.next() - 0.5) * 200
          : k === 1
            ? Math.round(rng.next() * 240) / 4
            : (rng.next() - 0.5) * 10 ** (rng.next() * 40 - 20);
      const y =
        k === 0
          ? (rng.next() - 0.5) * 200
          : k === 1
            ? Math.round(rng.next() * 1000) / 20
            : (rng.next() - 0.5) * 10 ** (rng.next() * 40 - 20);
      if (!Object.is(hypot2(x, y), Math.hypot(x, y))) mismatches++;
    }
    expect(mismatches).toBe(0);
  });

  it('is Math.hypot for any doubles (fast-check)', () => {
    fc.assert(
      fc.property(fc.double(), fc.double(), (x, y) => Object.is(hypot2(x, y), Math.hypot(x, y))),
      { numRuns: 20_000 },
    );
  });
});
