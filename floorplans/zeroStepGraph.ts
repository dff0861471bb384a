/**
 * The walking network with every zero-minute step contracted: nodes joined by a walk of no time
 * (the copies of a door's passage point in the spaces it joins: the same point, 0 m) become one
 * search node. Adding 0 changes no sum, so a search on this graph gives every node exactly the
 * minutes and metres it has in the full network, with a third fewer nodes to queue on a plan of
 * rooms along corridors. CSR like WalkingNetwork; each edge remembers the network edge it stands for.
 */
import type { WalkingNetwork } from './walkingNetwork.js';

export interface ZeroStepGraph {
  nodeCount: number;
  /** Search node of each network node. */
  nodeOf: Int32Array;
  /** Network nodes of search node s: members[memberStart[s] … memberStart[s + 1]), ascending. */
  memberStart: Int32Array;
  members: Int32Array;
  edgeOffset: Int32Array;
  edgeTarget: Int32Array;
  edgeTimeMin: Float64Array;
  edgeLengthM: Float64Array;
  /** The network edge (CSR index) behind each search edge, and the network node it leaves. */
  networkEdge: Int32Array;
  networkSource: Int32Array;
}

export function zeroStepGraph(network: WalkingNetwork): ZeroStepGraph {
  const n = network.nodeCount;
  const { edgeOffset, edgeTarget, edgeTimeMin, edgeLengthM } = network;
  // Union-find over zero-minute, zero-metre steps; the smallest node of a group is its root.
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const root = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (let u = 0; u < n; u++) {
    for (let e = edgeOffset[u]; e < edgeOffset[u + 1]; e++) {
      if (edgeTimeMin[e] !== 0 || edgeLengthM[e] !== 0) continue;
      const a = root(u);
      const b = root(edgeTarget[e]);
      if (a < b) parent[b] = a;
      else if (b < a) parent[a] = b;
    }
  }
  // Search nodes numbered in the order of their smallest member.
  const nodeOf = new Int32Array(n).fill(-1);
  let count = 0;
  for (let u = 0; u < n; u++) {
    const r = root(u);
    if (nodeOf[r] < 0) nodeOf[r] = count++;
    nodeOf[u] = nodeOf[r];
  }
  const memberStart = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) memberStart[nodeOf[u] + 1]++;
  for (let s = 0; s < count; s++) memberStart[s + 1] += memberStart[s];
  const members = new Int32Array(n);
  const memberFill = memberStart.slice(0, count);
  for (let u = 0; u < n; u++) members[memberFill[nodeOf[u]]++] = u;
  // Edges between different search nodes, in network order (members ascending, then CSR order).
  const offset = new Int32Array(count + 1);
  for (let u = 0; u < n; u++) {
    for (let e = edgeOffset[u]; e < edgeOffset[u + 1]; e++)
      if (nodeOf[edgeTarget[e]] !== nodeOf[u]) offset[nodeOf[u] + 1]++;
  }
  for (let s = 0; s < count; s++) offset[s + 1] += offset[s];
  const m = offset[count];
  const target = new Int32Array(m);
  const timeMin = new Float64Array(m);
  const lengthM = new Float64Array(m);
  const networkEdge = new Int32Array(m);
  const networkSource = new Int32Array(m);
  let k = 0;
  for (let s = 0; s < count; s++) {
    for (let i = memberStart[s]; i < memberStart[s + 1]; i++) {
      const u = members[i];
      for (let e = edgeOffset[u]; e < edgeOffset[u + 1]; e++) {
        const t = nodeOf[edgeTarget[e]];
        if (t === s) continue;
        target[k] = t;
        timeMin[k] = edgeTimeMin[e];
        lengthM[k] = edgeLengthM[e];
        networkSource[k] = u;
        networkEdge[k++] = e;
      }
    }
  }
  return {
    nodeCount: count,
    nodeOf,
    memberStart,
    members,
    edgeOffset: offset,
    edgeTarget: target,
    edgeTimeMin: timeMin,
    edgeLengthM: lengthM,
    networkEdge,
    networkSource,
  };
}
