import fc from 'fast-check';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { RandomStream, RandomStreams } from '../../../engine/core/randomStream.js';

/** Our own seeding of xor4096 (randomStream.ts) must start where seedrandom's does. */
function sameStart(seedText: string, draws = 300): boolean {
  const ours = new RandomStream('s', seedText);
  const reference = seedrandom.xor4096(seedText);
  for (let k = 0; k < draws; k++) if (ours.next() !== reference()) return false;
  return true;
}

describe('RandomStream seeding', () => {
  it('starts exactly where seedrandom.xor4096 starts, for short, long, empty and non-ASCII seed texts', () => {
    for (const text of [
      '',
      'a',
      '\0',
      'wardsim/1/0/arrivals',
      'x'.repeat(127),
      'y'.repeat(128),
      'z'.repeat(129),
      '住民票/窓口',
      '😀'.repeat(70),
      'w'.repeat(5000),
    ]) {
      expect(sameStart(text), JSON.stringify(text.slice(0, 20))).toBe(true);
    }
  });

  it('matches seedrandom for arbitrary unicode seed texts (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => sameStart(text, 50)),
      { numRuns: 400 },
    );
  });
});

describe('RandomStreams.reset', () => {
  it('restarts every stream in place exactly as a fresh RandomStreams would create it', () => {
    const kept = new RandomStreams(1, 0);
    const a = kept.get('arrivals');
    const b = kept.get('service:x');
    for (let k = 0; k < 77; k++) a.next();
    kept.reset('other', 5);
    expect(kept.get('arrivals')).toBe(a);
    expect([kept.masterSeed, kept.replication]).toEqual(['other', 5]);
    const fresh = new RandomStreams('other', 5);
    for (const [s, name] of [
      [a, 'arrivals'],
      [b, 'service:x'],
    ] as const) {
      const f = fresh.get(name);
      for (let k = 0; k < 500; k++) expect(s.next()).toBe(f.next());
    }
    // Streams asked for after the reset belong to the new replication too.
    const c = kept.get('late');
    const f = fresh.get('late');
    for (let k = 0; k < 100; k++) expect(c.next()).toBe(f.next());
  });
});
