import { describe, expect, it } from 'vitest';
import { Distribution } from '../../../engine/core/distribution.js';
import { createStream } from '../../../engine/core/randomStream.js';
import { RenewalArrivals } from '../../../engine/core/renewalArrivals.js';
import { expectWithinSe, SEED, testStream } from './sampleChecks.js';

describe('RenewalArrivals', () => {
  it('first arrival comes one inter-arrival time after the start, then one after each arrival', () => {
    const arrivals = new RenewalArrivals(new Distribution({ dist: 'deterministic', value: 5 }, testStream('det')), 100);
    expect(arrivals.nextArrivalMin(0)).toBe(105);
    expect(arrivals.nextArrivalMin(105)).toBe(110);
    expect(arrivals.nextArrivalMin(250.5)).toBe(255.5);
  });

  it('adds exactly the next inter-arrival sample to max(after, start)', () => {
    const spec = { dist: 'gamma', mean: 3, cv: 1.5 } as const;
    const arrivals = new RenewalArrivals(new Distribution(spec, createStream(SEED, 0, 'renewal')), 60);
    const twin = new Distribution(spec, createStream(SEED, 0, 'renewal'));
    let t = 0;
    for (let k = 0; k < 1000; k++) {
      const expected = Math.max(t, 60) + twin.sample();
      t = arrivals.nextArrivalMin(t);
      expect(t).toBe(expected);
    }
  });

  it('with exponential gaps is a Poisson process: count over a horizon within 4 SE of λT', () => {
    const meanGap = 2;
    const horizon = 40_000;
    const arrivals = new RenewalArrivals(
      new Distribution({ dist: 'exponential', mean: meanGap }, testStream('poisson')),
    );
    let count = 0;
    for (let t = arrivals.nextArrivalMin(0); t <= horizon; t = arrivals.nextArrivalMin(t)) count++;
    // N(T) ~ Poisson(T/meanGap): variance equals the mean.
    const expected = horizon / meanGap;
    expectWithinSe('Poisson count', count, expected, Math.sqrt(expected));
  });
});
