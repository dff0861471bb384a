/**
 * How a run's indices are cut into batches (BullMQ jobs). A batch costs a dozen Redis calls and
 * a hand-off to a sandbox whatever its size (~2.5 ms here, benchmarks/distributed.ts), so
 * batches should be big; but a run ends when its last batch does, so the last ones should be
 * small. Guided self-scheduling (Polychronopoulos & Kuck, 1987) gives both: each batch takes
 * 1/(2·slots) of the indices still to hand out, at most 32 and at least 1, so batches shrink
 * towards the end and a slot idles at most about one replication while others finish.
 * Batches are queued in index order and taken first in, first out.
 */

/** Half-open range of replication indices [from, to). */
export interface IndexRange {
  from: number;
  to: number;
}

const SHARE_PER_SLOT = 2;
const MAX_BATCH = 32;

/**
 * Sorted distinct indices as batches of consecutive indices: of `fixedSize` each when given,
 * else guided by the worker slots there are.
 */
export function batchesOf(indices: readonly number[], slots: number, fixedSize?: number): IndexRange[] {
  const out: IndexRange[] = [];
  let left = indices.length;
  let size = 0;
  for (const i of indices) {
    const last = out[out.length - 1];
    if (last !== undefined && last.to === i && last.to - last.from < size) last.to++;
    else {
      size = fixedSize ?? Math.max(1, Math.min(MAX_BATCH, Math.ceil(left / (SHARE_PER_SLOT * Math.max(1, slots)))));
      out.push({ from: i, to: i + 1 });
    }
    left--;
  }
  return out;
}
