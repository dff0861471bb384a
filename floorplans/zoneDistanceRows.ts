/**
 * One row of the zone distance matrix (all figures from one zone), and the shared-memory layout
 * through which zoneDistanceMatrix and its helper thread (zoneDistanceRowsWorker.ts) split the
 * rows. Both threads compute a row with writeRow from the same network, so a row's bits do not
 * depend on which thread computed it. Kept free of worker_threads so the worker imports only
 * what the search needs.
 */
import { ShortestPathTree, type SearchTargets } from './shortestPathTree.js';
import type { WalkingNetwork } from './walkingNetwork.js';

/** The search state for the rows of one matrix: one tree (workspace reused per row) and its stop targets. */
export interface RowSearch {
  n: number;
  anchors: Int32Array;
  tree: ShortestPathTree;
  targets: SearchTargets;
}

export function rowSearch(network: WalkingNetwork): RowSearch {
  const n = network.zoneIds.length;
  const anchors = network.zoneAnchorNode;
  const marks = new Uint8Array(network.nodeCount);
  let marked = 0;
  for (let j = 0; j < n; j++) {
    const a = anchors[j];
    if (a >= 0 && marks[a] === 0) {
      marks[a] = 1;
      marked++;
    }
  }
  const tree = new ShortestPathTree(network);
  // NOTE: the zones' marks moved onto the contracted graph once, not once per search.
  return { n, anchors, tree, targets: tree.targetsOf(marks, marked) };
}

/** Writes row i (from zone i to every zone) into the row-major n × n outputs. */
export function writeRow(s: RowSearch, i: number, lengthOut: Float64Array, timeOut: Float64Array): void {
  const { n, anchors, tree } = s;
  const row = i * n;
  const source = anchors[i];
  if (source < 0) {
    lengthOut.fill(Infinity, row, row + n);
    timeOut.fill(Infinity, row, row + n);
    return;
  }
  tree.searchUntilTargets(source, s.targets);
  for (let j = 0; j < n; j++) {
    const target = anchors[j];
    lengthOut[row + j] = target < 0 ? Infinity : tree.lengthTo(target);
    timeOut[row + j] = target < 0 ? Infinity : tree.timeTo(target);
  }
}

/**
 * Control words (an Int32Array over a SharedArrayBuffer of CONTROL_HEADER + n words): the next
 * row to claim (both threads take rows with Atomics.add), the rows the worker has finished, a
 * failure flag the worker raises when its job throws, then one word per row, 1 once the worker
 * has written that row into the shared outputs.
 */
export const CONTROL_NEXT = 0;
export const CONTROL_WORKER_DONE = 1;
export const CONTROL_FAILED = 2;
export const CONTROL_HEADER = 4;

/** What the main thread posts to the worker for one matrix. */
export interface RowsJob {
  network: WalkingNetwork;
  control: SharedArrayBuffer;
  /** n × n Float64 outputs; the worker writes only the rows it claimed. */
  lengthM: SharedArrayBuffer;
  timeMin: SharedArrayBuffer;
  /** Tests only: the worker thread exits after claiming this many rows, without finishing the last. */
  exitAfterRows?: number;
}
