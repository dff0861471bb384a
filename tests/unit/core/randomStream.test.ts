import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { createStream, RandomStream, RandomStreams, streamSeed } from '../../../engine/core/randomStream.js';
import { expectWithinSe, SEED } from './sampleChecks.js';

/** Index of the first draw where the stream and seedrandom.xor4096 differ, or −1. */
function firstMismatch(stream: RandomStream, seedText: string, n: number): number {
  const reference = seedrandom.xor4096(seedText);
  for (let k = 0; k < n; k++) if (stream.next() !== reference()) return k;
  return -1;
}

function draws(stream: RandomStream, n: number): Float64Array {
  const xs = new Float64Array(n);
  for (let k = 0; k < n; k++) xs[k] = stream.next();
  return xs;
}

describe('RandomStream', () => {
  it('derives the seed text from (master seed, replication, name) only', () => {
    expect(streamSeed(2026, 3, 'arrivals')).toBe('wardsim/2026/3/arrivals');
    expect(streamSeed('abc', 0, 'service/desk-1')).toBe('wardsim/abc/0/service/desk-1');
  });

  it('draws exactly the sequence of seedrandom.xor4096(streamSeed(...)) for the first 100,000 numbers', () => {
    const cases: [number | string, number, string][] = [
      [SEED, 0, 'arrivals'],
      [1, 7, 'service/window-3'],
      ['ward', 19, ''],
      [
        0,
        0,
        'a very long stream name that is longer than the 128-word state of xor4096, so seeding mixes every character '.repeat(
          3,
        ),
      ],
      [-42, 123456, '住民票'],
    ];
    for (const [seed, rep, name] of cases) {
      expect(
        firstMismatch(createStream(seed, rep, name), streamSeed(seed, rep, name), 100_000),
        `${seed}/${rep}/${name}`,
      ).toBe(-1);
    }
  });

  it('matches seedrandom.xor4096 for arbitrary seeds and names (fast-check, 2,000 draws each)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.string()), fc.nat(1000), fc.string(), (seed, rep, name) => {
        expect(firstMismatch(createStream(seed, rep, name), streamSeed(seed, rep, name), 2000)).toBe(-1);
      }),
      { numRuns: 50 },
    );
  });

  it('returns values in [0, 1)', () => {
    const xs = draws(createStream(SEED, 0, 'range'), 200_000);
    let min = Infinity;
    let max = -Infinity;
    for (const x of xs) {
      if (x < min) min = x;
      if (x > max) max = x;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
  });

  it('gives the same numbers for the same (seed, replication, name), whatever the creation order', () => {
    const a = draws(createStream(SEED, 4, 'service'), 1000);
    const b = draws(createStream(SEED, 4, 'service'), 1000);
    expect(b).toEqual(a);
    const first = new RandomStreams(SEED, 4);
    first.get('arrivals').next();
    const second = new RandomStreams(SEED, 4);
    expect(draws(first.get('service'), 1000)).toEqual(a);
    expect(draws(second.get('service'), 1000)).toEqual(a);
  });

  it('gives different, uncorrelated sequences for different names and replications', () => {
    const n = 100_000;
    const base = draws(createStream(SEED, 0, 'service'), n);
    const others = [
      createStream(SEED, 0, 'arrivals'),
      createStream(SEED, 1, 'service'),
      createStream(SEED + 1, 0, 'service'),
    ];
    for (const other of others) {
      const xs = draws(other, n);
      // Equal 32-bit draws at the same position have probability 2^-32 each.
      let equal = 0;
      for (let k = 0; k < n; k++) if (xs[k] === base[k]) equal++;
      expect(equal, other.name).toBeLessThanOrEqual(1);
      // Cross-correlation of independent uniforms: mean 0, standard error 1/√n.
      let c = 0;
      for (let k = 0; k < n; k++) c += (xs[k] - 0.5) * (base[k] - 0.5);
      expectWithinSe(`correlation with ${other.name}`, c / n / (1 / 12), 0, 1 / Math.sqrt(n));
    }
  });

  it('RandomStreams.get returns the same stream object for the same name and a distinct one per name', () => {
    const streams = new RandomStreams(SEED, 2);
    const a = streams.get('a');
    expect(streams.get('a')).toBe(a);
    expect(a.name).toBe('a');
    const b = streams.get('b');
    expect(b).not.toBe(a);
    // The stream continues rather than restarting when asked for again.
    const x1 = a.next();
    const x2 = streams.get('a').next();
    const fresh = createStream(SEED, 2, 'a');
    expect([x1, x2]).toEqual([fresh.next(), fresh.next()]);
  });

  it('has mean 1/2 and lag-1 autocorrelation 0 within confidence bounds', () => {
    const n = 400_000;
    const xs = draws(createStream(SEED, 0, 'moments'), n);
    let sum = 0;
    for (const x of xs) sum += x;
    const mean = sum / n;
    // Var(U) = 1/12, so SE(mean) = √(1/(12n)).
    expectWithinSe('mean', mean, 0.5, Math.sqrt(1 / 12 / n));
    let lag = 0;
    let sq = 0;
    for (let k = 0; k < n; k++) {
      const d = xs[k] - mean;
      sq += d * d;
      if (k > 0) lag += d * (xs[k - 1] - mean);
    }
    // Sample autocorrelation of i.i.d. data: ≈ N(−1/n, 1/n).
    expectWithinSe('lag-1 autocorrelation', lag / sq, -1 / n, 1 / Math.sqrt(n));
    // Second moment: E[U²] = 1/3, Var(U²) = 1/5 − 1/9 = 4/45.
    let sum2 = 0;
    for (const x of xs) sum2 += x * x;
    expectWithinSe('E[U^2]', sum2 / n, 1 / 3, Math.sqrt(4 / 45 / n));
  });
});
