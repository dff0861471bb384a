import { describe, expect, it } from 'vitest';
import { WalkLane } from '../../engine/models/visitors/walkLane.js';

/** Pushes visitor `v` with time `t` and key `key` when the lane takes it; true if it did. */
function offer(lane: WalkLane, v: number, t: number, key: number): boolean {
  lane.at = t;
  if (!lane.fits()) return false;
  lane.atKey = key;
  lane.push(v);
  return true;
}

describe('WalkLane', () => {
  it('takes walks that end no earlier than the last one and gives them back first in, first out', () => {
    const lane = new WalkLane();
    expect(offer(lane, 1, 10, 0)).toBe(true);
    expect(offer(lane, 2, 10, 1)).toBe(true); // a tie: behind, with its later key
    expect(offer(lane, 3, 9.5, 2)).toBe(false); // would end first: the heap's
    expect(offer(lane, 4, 12, 3)).toBe(true);
    expect([lane.firstTime, lane.firstKey]).toEqual([10, 0]);
    expect(lane.take()).toBe(1);
    expect([lane.firstTime, lane.firstKey]).toEqual([10, 1]);
    expect(lane.take()).toBe(2);
    expect(lane.take()).toBe(4);
    expect(lane.length).toBe(0);
    // Empty: any time fits, even one before the walks taken.
    expect(offer(lane, 5, 1, 4)).toBe(true);
  });

  it('keeps the order when it grows with its ring wrapped', () => {
    const lane = new WalkLane();
    const out: number[] = [];
    let next = 0;
    let key = 0;
    for (let round = 0; round < 50; round++) {
      for (let k = 0; k < 7; k++) offer(lane, next++, round + k / 10, key++);
      for (let k = 0; k < 3; k++) out.push(lane.take());
    }
    while (lane.length > 0) out.push(lane.take());
    expect(out).toEqual(Array.from({ length: next }, (_, i) => i));
  });
});
