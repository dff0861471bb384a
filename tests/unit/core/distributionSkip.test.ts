import { describe, expect, it } from 'vitest';
import { Distribution, type DistributionSpec } from '../../../engine/core/distribution.js';
import { createStream } from '../../../engine/core/randomStream.js';

const laws: DistributionSpec[] = [
  { dist: 'deterministic', value: 3 },
  { dist: 'exponential', mean: 2 },
  { dist: 'uniform', min: 1, max: 4 },
  { dist: 'triangular', min: 0, mode: 1, max: 5 },
  { dist: 'normal', mean: 5, sd: 2 },
  { dist: 'normal', mean: 5, sd: 0 },
  { dist: 'lognormal', mean: 10, cv: 0.6 },
  { dist: 'lognormal', mean: 10, cv: 0 },
  { dist: 'gamma', mean: 4, cv: 0.7 },
  { dist: 'gamma', mean: 4, cv: 2 },
  { dist: 'gamma', mean: 4, cv: 0 },
  { dist: 'erlang', k: 3, mean: 6 },
  { dist: 'empirical', values: [1, 2, 3], weights: [1, 2, 1] },
];

describe('Distribution.skip', () => {
  it('leaves the stream exactly where a draw would, for every law', () => {
    for (const spec of laws) {
      const drawn = new Distribution(spec, createStream(1, 0, 'skip'));
      const skipped = new Distribution(spec, createStream(1, 0, 'skip'));
      for (let k = 0; k < 2000; k++) {
        if (k % 3 === 1) {
          drawn.sample();
          skipped.skip();
        } else {
          expect(skipped.sample(), `${spec.dist} draw ${k}`).toBe(drawn.sample());
        }
      }
    }
  });
});
