import { describe, expect, it } from 'vitest';
import { batchesOf } from '../../engine/runner/executors/bullmq/batchPlan.js';

const range = (n: number) => [...Array(n).keys()];
const sizes = (b: { from: number; to: number }[]) => b.map((r) => r.to - r.from);

describe('batches of a run (guided self-scheduling)', () => {
  it('cover every index once, in order, in batches that shrink to one replication', () => {
    const batches = batchesOf(range(100), 2);
    expect(batches.flatMap((b) => range(b.to - b.from).map((k) => b.from + k))).toEqual(range(100));
    expect(sizes(batches)).toEqual([...sizes(batches)].sort((a, b) => b - a));
    expect(sizes(batches)[0]).toBe(25); // 1/(2·slots) of the 100
    expect(sizes(batches).at(-1)).toBe(1);
  });

  it('are at most 32, take a fixed size when given one, and never join indices that are not consecutive', () => {
    expect(Math.max(...sizes(batchesOf(range(10_000), 1)))).toBe(32);
    expect(sizes(batchesOf(range(10), 50, 4))).toEqual([4, 4, 2]);
    expect(batchesOf([0, 1, 2, 7, 8, 20], 1, 8)).toEqual([
      { from: 0, to: 3 },
      { from: 7, to: 9 },
      { from: 20, to: 21 },
    ]);
  });

  it('with no worker announced yet, plan as for one slot', () => {
    expect(batchesOf(range(8), 0)).toEqual(batchesOf(range(8), 1));
  });
});
