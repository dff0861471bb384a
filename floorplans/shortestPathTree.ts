/**
 * Dijkstra's algorithm (Dijkstra 1959) on a WalkingNetwork, minimising walking time, with a
 * binary heap over typed arrays and lazy deletion (a node may sit in the heap more than once;
 * stale entries are skipped). Walked metres are carried along the time-shortest tree.
 * NOTE: the workspace is reused across sources so an all-pairs run allocates nothing per source.
 */
import type { WalkingNetwork } from './walkingNetwork.js';

export class ShortestPathTree {
  readonly timeMin: Float64Array;
  readonly lengthM: Float64Array;
  /** Predecessor node on the shortest path (−1 at the source and for unreached nodes). */
  readonly prevNode: Int32Array;
  /** CSR index of the edge used to reach the node (−1 at the source). */
  readonly prevEdge: Int32Array;
  private readonly heapKey: Float64Array;
  private readonly heapNode: Int32Array;
  private readonly done: Uint8Array;

  constructor(readonly network: WalkingNetwork) {
    const n = network.nodeCount;
    this.timeMin = new Float64Array(n);
    this.lengthM = new Float64Array(n);
    this.prevNode = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    // Each relaxation pushes at most one entry, so edges + 1 entries always suffice.
    this.heapKey = new Float64Array(network.edgeTarget.length + 1);
    this.heapNode = new Int32Array(network.edgeTarget.length + 1);
    this.done = new Uint8Array(n);
  }

  /** Grows the tree from `source`; stops early once `target` (if ≥ 0) is settled. */
  run(source: number, target = -1): void {
    const { edgeOffset, edgeTarget, edgeTimeMin, edgeLengthM } = this.network;
    const { timeMin, lengthM, prevNode, prevEdge, heapKey, heapNode, done } = this;
    timeMin.fill(Infinity);
    lengthM.fill(Infinity);
    prevNode.fill(-1);
    prevEdge.fill(-1);
    done.fill(0);
    timeMin[source] = 0;
    lengthM[source] = 0;
    let size = 0;
    const push = (key: number, node: number) => {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKey[parent] <= key) break;
        heapKey[i] = heapKey[parent];
        heapNode[i] = heapNode[parent];
        i = parent;
      }
      heapKey[i] = key;
      heapNode[i] = node;
    };
    push(0, source);
    while (size > 0) {
      const u = heapNode[0];
      const key = heapKey[0];
      // Pop: move the last entry down from the root.
      size--;
      const lastKey = heapKey[size];
      const lastNode = heapNode[size];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && heapKey[c + 1] < heapKey[c]) c++;
        if (heapKey[c] >= lastKey) break;
        heapKey[i] = heapKey[c];
        heapNode[i] = heapNode[c];
        i = c;
      }
      heapKey[i] = lastKey;
      heapNode[i] = lastNode;
      if (done[u] === 1 || key > timeMin[u]) continue;
      done[u] = 1;
      if (u === target) return;
      for (let e = edgeOffset[u]; e < edgeOffset[u + 1]; e++) {
        const v = edgeTarget[e];
        const t = key + edgeTimeMin[e];
        if (t < timeMin[v]) {
          timeMin[v] = t;
          lengthM[v] = lengthM[u] + edgeLengthM[e];
          prevNode[v] = u;
          prevEdge[v] = e;
          push(t, v);
        }
      }
    }
  }
}
