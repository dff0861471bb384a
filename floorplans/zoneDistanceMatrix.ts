/**
 * Zone-to-zone walking metres and minutes for every pair, as row-major Float64Arrays
 * (entry [i * n + j] is from zoneIds[i] to zoneIds[j]); Infinity where the audience cannot walk
 * from i to j (for example into a staff-only zone in the visitor network). One Dijkstra per zone.
 *
 * NOTE: the search is ShortestPathTree.run written out for this one use, step for step (the same
 * binary heap with lazy deletion, the same pushes and pops in the same order), so every figure is
 * the one the tree gives: the metres follow the time-shortest tree, and which of two equally
 * quick predecessors a node keeps depends on the order the heap settles them. What it drops is
 * what the matrix does not need: predecessors, the closure, and the rest of the search once every
 * zone has been settled (−20 % on a 2,100-zone plan; benchmarks/floorplanNetwork.ts).
 */
import type { WalkingNetwork } from './walkingNetwork.js';

export interface ZoneDistanceMatrix {
  zoneIds: string[];
  lengthM: Float64Array;
  timeMin: Float64Array;
}

export function zoneDistanceMatrix(network: WalkingNetwork): ZoneDistanceMatrix {
  const n = network.zoneIds.length;
  const lengthOut = new Float64Array(n * n).fill(Infinity);
  const timeOut = new Float64Array(n * n).fill(Infinity);
  const { edgeOffset, edgeTarget, edgeTimeMin, edgeLengthM, nodeCount } = network;
  const anchors = network.zoneAnchorNode;
  const timeMin = new Float64Array(nodeCount);
  const lengthM = new Float64Array(nodeCount);
  const done = new Uint8Array(nodeCount);
  // Each relaxation pushes at most one entry, so edges + 1 entries always suffice.
  const heapKey = new Float64Array(edgeTarget.length + 1);
  const heapNode = new Int32Array(edgeTarget.length + 1);
  const isAnchor = new Uint8Array(nodeCount);
  let anchorCount = 0;
  for (let j = 0; j < n; j++) {
    const a = anchors[j];
    if (a >= 0 && isAnchor[a] === 0) {
      isAnchor[a] = 1;
      anchorCount++;
    }
  }
  for (let i = 0; i < n; i++) {
    const source = anchors[i];
    if (source < 0) continue;
    timeMin.fill(Infinity);
    lengthM.fill(Infinity);
    done.fill(0);
    timeMin[source] = 0;
    lengthM[source] = 0;
    let unsettled = anchorCount;
    heapKey[0] = 0;
    heapNode[0] = source;
    let size = 1;
    while (size > 0) {
      const u = heapNode[0];
      const key = heapKey[0];
      // Pop: move the last entry down from the root.
      size--;
      const lastKey = heapKey[size];
      const lastNode = heapNode[size];
      let h = 0;
      for (;;) {
        let c = 2 * h + 1;
        if (c >= size) break;
        if (c + 1 < size && heapKey[c + 1] < heapKey[c]) c++;
        if (heapKey[c] >= lastKey) break;
        heapKey[h] = heapKey[c];
        heapNode[h] = heapNode[c];
        h = c;
      }
      heapKey[h] = lastKey;
      heapNode[h] = lastNode;
      if (done[u] === 1 || key > timeMin[u]) continue;
      done[u] = 1;
      if (isAnchor[u] === 1 && --unsettled === 0) break; // every zone's figures are final
      const lengthU = lengthM[u];
      for (let e = edgeOffset[u], end = edgeOffset[u + 1]; e < end; e++) {
        const v = edgeTarget[e];
        const t = key + edgeTimeMin[e];
        if (t < timeMin[v]) {
          timeMin[v] = t;
          lengthM[v] = lengthU + edgeLengthM[e];
          // Push: sift up with a hole.
          let k = size++;
          while (k > 0) {
            const parent = (k - 1) >> 1;
            if (heapKey[parent] <= t) break;
            heapKey[k] = heapKey[parent];
            heapNode[k] = heapNode[parent];
            k = parent;
          }
          heapKey[k] = t;
          heapNode[k] = v;
        }
      }
    }
    for (let j = 0; j < n; j++) {
      const target = anchors[j];
      if (target < 0) continue;
      lengthOut[i * n + j] = lengthM[target];
      timeOut[i * n + j] = timeMin[target];
    }
  }
  return { zoneIds: [...network.zoneIds], lengthM: lengthOut, timeMin: timeOut };
}
