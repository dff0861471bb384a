/**
 * Dijkstra's algorithm (Dijkstra 1959) on a WalkingNetwork, minimising walking time, with a
 * bucket queue (Dial 1969; as Δ-stepping, Meyer & Sanders 2003, on one thread): tentative times
 * go into buckets of width Δ in a ring, the buckets are emptied in order, and a node whose time
 * improves is queued again. Walked metres are carried along the time-shortest tree. The search
 * runs on the network with its zero-minute door steps contracted (zeroStepGraph.ts).
 *
 * Times are exact: every node ends with the least floating-point sum of edge times, left to
 * right, over the walks from the source — the same number any correct Dijkstra gives, whatever
 * its queue. Where two walks are equally quick to the last bit, the node keeps the one found
 * first in the search order (the buckets in time order, each last in first out), so its metres
 * and route are deterministic on every machine. ShortestPathTree and zoneDistanceMatrix run this
 * one search, so a route's metres are always those of the matrix.
 *
 * NOTE (speed): with Δ at most half the shortest positive edge, a node popped from the current
 * bucket can improve no other of the same bucket, so no node is popped twice, and a pop costs
 * O(1) instead of a heap's log n (3.5× faster on the 2,100-zone plan of
 * benchmarks/floorplanNetwork.ts, where the binary heap's sift was two thirds of the time). Δ is
 * bounded below so that the ring stays small on plans with a tiny edge; then a node may be
 * popped again, never wrongly. The workspace is reused across sources, so an all-pairs run
 * allocates nothing per source.
 */
import type { WalkingNetwork } from './walkingNetwork.js';
import { zeroStepGraph, type ZeroStepGraph } from './zeroStepGraph.js';

/** Most buckets in the ring: Δ ≥ the longest edge time ÷ (RING − 2). */
const RING = 4096;

export class ShortestPathTree {
  /** Minutes, metres, predecessor node and CSR edge (−1 at the source and unreached) per network node, after run(). */
  readonly timeMin: Float64Array;
  readonly lengthM: Float64Array;
  readonly prevNode: Int32Array;
  readonly prevEdge: Int32Array;
  private readonly graph: ZeroStepGraph;
  /** Per search node: minutes, metres, the search edge it was reached by (−1: source or unreached). */
  private readonly time: Float64Array;
  private readonly length: Float64Array;
  private readonly via: Int32Array;
  /** Queue entries (search node, time when queued, next entry in its bucket); a stale entry is skipped. */
  private entryNode: Int32Array;
  private entryTime: Float64Array;
  private entryNext: Int32Array;
  /** First entry of each bucket of the ring (−1: empty). */
  private readonly bucketHead: Int32Array;
  private readonly bucketsPerMin: number;
  private readonly ringMask: number;
  /** Stop marks per search node (1: wanted, 2: popped): a search ends once every wanted node is final. */
  private readonly mark: Uint8Array;

  constructor(readonly network: WalkingNetwork) {
    const n = network.nodeCount;
    this.timeMin = new Float64Array(n);
    this.lengthM = new Float64Array(n);
    this.prevNode = new Int32Array(n);
    this.prevEdge = new Int32Array(n);
    const g = (this.graph = zeroStepGraph(network));
    this.time = new Float64Array(g.nodeCount);
    this.length = new Float64Array(g.nodeCount);
    this.via = new Int32Array(g.nodeCount);
    this.mark = new Uint8Array(g.nodeCount);
    const capacity = g.edgeTarget.length + 1;
    this.entryNode = new Int32Array(capacity);
    this.entryTime = new Float64Array(capacity);
    this.entryNext = new Int32Array(capacity);
    let shortest = Infinity;
    let longest = 0;
    for (const t of g.edgeTimeMin) {
      if (t > 0 && t < shortest) shortest = t;
      if (t > longest && t < Infinity) longest = t;
    }
    const width = shortest === Infinity ? 1 : Math.max(shortest / 2, longest / (RING - 2));
    let size = 4;
    while (size < longest / width + 2) size *= 2;
    this.bucketsPerMin = 1 / width;
    this.ringMask = size - 1;
    this.bucketHead = new Int32Array(size).fill(-1);
  }

  /** Grows the tree from network node `source`; stops early once `target` (if ≥ 0) is final. */
  run(source: number, target = -1): void {
    const s = this.graph.nodeOf[source];
    if (target < 0) {
      this.search(s, 0, true);
    } else {
      const t = this.graph.nodeOf[target];
      this.mark[t] = 1;
      this.search(s, 1, true);
      this.mark[t] = 0;
    }
    this.expand(source);
  }

  /**
   * Searches from network node `source` until every network node flagged 1 in `marks` is final
   * (`marked` of them; 0: everywhere), without filling the per-node arrays: read the figures with
   * timeTo and lengthTo (for the all-pairs matrix, which needs them at the zones only).
   */
  searchUntilFinal(source: number, marks: Uint8Array, marked: number): void {
    this.searchUntilTargets(source, this.targetsOf(marks, marked));
  }

  /** searchUntilFinal's marks on the contracted graph, worked out once for the searches of a whole matrix. */
  targetsOf(marks: Uint8Array, marked: number): SearchTargets {
    const nodeOf = this.graph.nodeOf;
    const mark = new Uint8Array(this.graph.nodeCount);
    let wanted = 0;
    for (let v = 0; v < marks.length; v++) {
      if (marks[v] !== 1 || mark[nodeOf[v]] === 1) continue;
      mark[nodeOf[v]] = 1;
      wanted++;
    }
    return { mark, count: marked > 0 ? wanted : 0 };
  }

  /** searchUntilFinal with its marks from targetsOf. */
  searchUntilTargets(source: number, targets: SearchTargets): void {
    this.mark.set(targets.mark);
    this.search(this.graph.nodeOf[source], targets.count, false);
    this.mark.fill(0);
  }

  /** Minutes to network node v after searchUntilFinal (Infinity: unreached). */
  timeTo(v: number): number {
    return this.time[this.graph.nodeOf[v]];
  }

  /** Metres to network node v after searchUntilFinal. */
  lengthTo(v: number): number {
    return this.length[this.graph.nodeOf[v]];
  }

  /**
   * The search on the contracted graph. Once `marked` marked nodes have been popped, it finishes
   * the bucket at hand and stops: later buckets hold later times, which can improve nothing
   * already popped, so every figure a marked node (or any node on its route) has then is the
   * one of a full search. `keepVia`: record each node's search edge (routes need it, the matrix not).
   */
  private search(source: number, marked: number, keepVia: boolean): void {
    const { edgeOffset, edgeTarget, edgeTimeMin, edgeLengthM } = this.graph;
    const { time: timeMin, length: lengthM, via, bucketHead, mark } = this;
    const perMin = this.bucketsPerMin;
    const mask = this.ringMask;
    timeMin.fill(Infinity);
    lengthM.fill(Infinity);
    if (keepVia) via.fill(-1);
    timeMin[source] = 0;
    lengthM[source] = 0;
    let node = this.entryNode;
    let time = this.entryTime;
    let next = this.entryNext;
    node[0] = source;
    time[0] = 0;
    next[0] = -1;
    let used = 1;
    let queued = 1;
    let bucket = 0;
    bucketHead[0] = 0;
    let toFinal = marked;
    while (queued > 0) {
      let x = bucketHead[bucket & mask];
      if (x < 0) {
        if (toFinal === 0 && marked > 0) break; // the bucket of the last marked node is done
        do x = bucketHead[++bucket & mask];
        while (x < 0);
      }
      bucketHead[bucket & mask] = next[x];
      queued--;
      const u = node[x];
      const key = time[x];
      if (key !== timeMin[u]) continue; // queued again with a better time since
      if (mark[u] === 1) {
        mark[u] = 2; // popped: final once this bucket is done
        toFinal--;
      }
      const lengthU = lengthM[u];
      for (let e = edgeOffset[u], end = edgeOffset[u + 1]; e < end; e++) {
        const v = edgeTarget[e];
        const t = key + edgeTimeMin[e];
        if (t < timeMin[v]) {
          timeMin[v] = t;
          lengthM[v] = lengthU + edgeLengthM[e];
          if (keepVia) via[v] = e;
          if (used === node.length) {
            node = this.entryNode = grown(node);
            time = this.entryTime = grownTime(time);
            next = this.entryNext = grown(next);
          }
          const b = Math.floor(t * perMin) & mask;
          node[used] = v;
          time[used] = t;
          next[used] = bucketHead[b];
          bucketHead[b] = used++;
          queued++;
        }
      }
    }
    if (queued > 0) bucketHead.fill(-1); // stopped early: empty the ring for the next search
  }

  /**
   * Per network node figures from the search: a contracted node's members share its minutes and
   * metres; the member its walk arrives at takes the walk's edge, the others the door step from it.
   */
  private expand(source: number): void {
    const g = this.graph;
    const net = this.network;
    const { timeMin, lengthM, prevNode, prevEdge } = this;
    for (let v = 0; v < net.nodeCount; v++) {
      const s = g.nodeOf[v];
      timeMin[v] = this.time[s];
      lengthM[v] = this.length[s];
    }
    prevNode.fill(-1);
    prevEdge.fill(-1);
    for (let s = 0; s < g.nodeCount; s++) {
      const from = g.memberStart[s];
      const to = g.memberStart[s + 1];
      const e = this.via[s];
      let entry: number;
      if (e >= 0) {
        entry = net.edgeTarget[g.networkEdge[e]];
        prevNode[entry] = g.networkSource[e];
        prevEdge[entry] = g.networkEdge[e];
      } else if (s === g.nodeOf[source]) {
        entry = source;
      } else {
        continue; // unreached
      }
      if (to - from > 1) this.linkMembers(from, to, entry);
    }
  }

  /** Door steps inside one contracted node: each member not yet linked takes a step from a linked one. */
  private linkMembers(from: number, to: number, entry: number): void {
    const g = this.graph;
    const net = this.network;
    const { prevNode, prevEdge } = this;
    let open = to - from - 1;
    const linked = (v: number) => v === entry || prevEdge[v] >= 0;
    while (open > 0) {
      let progress = false;
      for (let i = from; i < to; i++) {
        const v = g.members[i];
        if (linked(v)) continue;
        for (let e = net.edgeOffset[v]; e < net.edgeOffset[v + 1]; e++) {
          const x = net.edgeTarget[e];
          if (g.nodeOf[x] !== g.nodeOf[v] || !linked(x)) continue;
          // Only a door step joins members: two members may also share a walk that takes time
          // (it did not make the group, and its reverse is no zero step).
          const step = reverseEdge(net, x, v);
          if (step < 0) continue;
          prevNode[v] = x;
          prevEdge[v] = step;
          open--;
          progress = true;
          break;
        }
      }
      if (!progress) break;
    }
  }
}

/** Search nodes a search must finalise before it stops (1 in mark), and how many (0: search everywhere). */
export interface SearchTargets {
  mark: Uint8Array;
  count: number;
}

/** CSR index of the zero step from x to v (the network holds every edge both ways). */
function reverseEdge(net: WalkingNetwork, x: number, v: number): number {
  for (let e = net.edgeOffset[x]; e < net.edgeOffset[x + 1]; e++) {
    if (net.edgeTarget[e] === v && net.edgeTimeMin[e] === 0 && net.edgeLengthM[e] === 0) return e;
  }
  return -1;
}

function grown(a: Int32Array): Int32Array {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

function grownTime(a: Float64Array): Float64Array {
  const b = new Float64Array(a.length * 2);
  b.set(a);
  return b;
}
