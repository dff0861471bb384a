/**
 * The walking search (bucket queue on the network with its door steps contracted) against a
 * plain textbook Dijkstra: the same minutes to the last bit on every node, on the bundled plans
 * and on random networks with zero-length steps and tiny edges; routes and matrix rows that agree
 * exactly; and the convex shortcut of the network build.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildWalkingNetwork,
  loadFloorPlan,
  shortestRoute,
  ShortestPathTree,
  zoneDistanceMatrix,
} from '../../floorplans/index.js';
import { syntheticGridPlan } from '../../floorplans/library/generate/syntheticGridPlan.js';
import { segmentInPolygon } from '../../floorplans/segmentInPolygon.js';
import { validateFloorPlan } from '../../floorplans/validateFloorPlan.js';
import type { WalkingNetwork } from '../../floorplans/walkingNetwork.js';

/** Dijkstra with a linear scan for the minimum (no queue to get wrong): minutes per node. */
function referenceMinutes(net: WalkingNetwork, source: number): Float64Array {
  const time = new Float64Array(net.nodeCount).fill(Infinity);
  const done = new Uint8Array(net.nodeCount);
  time[source] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < net.nodeCount; v++)
      if (done[v] === 0 && time[v] < Infinity && (u < 0 || time[v] < time[u])) u = v;
    if (u < 0) return time;
    done[u] = 1;
    for (let e = net.edgeOffset[u]; e < net.edgeOffset[u + 1]; e++) {
      const t = time[u] + net.edgeTimeMin[e];
      if (t < time[net.edgeTarget[e]]) time[net.edgeTarget[e]] = t;
    }
  }
}

/** A network from undirected edges [a, b, metres]; walking at 70 m/min. */
function networkOf(nodes: number, edges: [number, number, number][]): WalkingNetwork {
  const from: number[] = [];
  const to: number[] = [];
  const len: number[] = [];
  for (const [a, b, m] of edges) {
    from.push(a, b);
    to.push(b, a);
    len.push(m, m);
  }
  const edgeOffset = new Int32Array(nodes + 1);
  for (const a of from) edgeOffset[a + 1]++;
  for (let i = 0; i < nodes; i++) edgeOffset[i + 1] += edgeOffset[i];
  const fill = edgeOffset.slice(0, nodes);
  const edgeTarget = new Int32Array(from.length);
  const edgeLengthM = new Float64Array(from.length);
  const edgeTimeMin = new Float64Array(from.length);
  from.forEach((a, e) => {
    const k = fill[a]++;
    edgeTarget[k] = to[e];
    edgeLengthM[k] = len[e];
    edgeTimeMin[k] = len[e] / 70;
  });
  return {
    audience: 'staff',
    speedMPerMin: 70,
    zoneIds: Array.from({ length: nodes }, (_, i) => `z${i}`),
    zoneLevels: new Int32Array(nodes),
    zoneAnchorNode: Int32Array.from({ length: nodes }, (_, i) => i),
    nodeCount: nodes,
    nodeXM: new Float64Array(nodes),
    nodeYM: new Float64Array(nodes),
    nodeLevel: new Int32Array(nodes),
    nodeDoor: new Int32Array(nodes).fill(-1),
    doorIds: [],
    verticalIds: [],
    edgeOffset,
    edgeTarget,
    edgeTimeMin,
    edgeLengthM,
    edgeVertical: new Int32Array(from.length).fill(-1),
  };
}

/** Every node's minutes equal the reference's; each predecessor chain adds up to them, left to right. */
function expectExact(net: WalkingNetwork, sources: number[]): void {
  const tree = new ShortestPathTree(net);
  for (const s of sources) {
    tree.run(s);
    const ref = referenceMinutes(net, s);
    for (let v = 0; v < net.nodeCount; v++) {
      expect(tree.timeMin[v], `node ${v} from ${s}`).toBe(ref[v]);
      if (!(ref[v] < Infinity)) continue;
      const edges: number[] = [];
      for (let x = v; x !== s; x = tree.prevNode[x]) edges.push(tree.prevEdge[x]);
      let t = 0;
      let m = 0;
      for (const e of edges.reverse()) {
        t += net.edgeTimeMin[e];
        m += net.edgeLengthM[e];
      }
      expect(t).toBe(tree.timeMin[v]);
      expect(m).toBe(tree.lengthM[v]);
    }
  }
}

describe('walking search', () => {
  it('gives every node of the bundled plans the minutes of a plain Dijkstra, to the bit', () => {
    for (const name of ['kita-current', 'kita-option-a', 'kita-option-b']) {
      const plan = loadFloorPlan(JSON.parse(readFileSync(`floorplans/library/${name}.geojson`, 'utf8')));
      for (const audience of ['staff', 'visitor'] as const) {
        const net = buildWalkingNetwork(plan, { audience });
        const anchors = Array.from(net.zoneAnchorNode).filter((a) => a >= 0);
        expectExact(
          net,
          anchors.filter((_, i) => i % 9 === 0),
        );
      }
    }
  });

  it('gives the minutes of a plain Dijkstra on random networks with door steps and tiny edges', () => {
    const edge = fc.tuple(
      fc.nat(29),
      fc.nat(29),
      fc.oneof(
        fc.constant(0),
        fc.double({ min: 1e-7, max: 1e-3, noNaN: true }),
        fc.double({ min: 0.1, max: 80, noNaN: true }),
      ),
    );
    fc.assert(
      fc.property(fc.array(edge, { minLength: 1, maxLength: 120 }), (raw) => {
        const edges = raw.filter(([a, b]) => a !== b);
        expectExact(networkOf(30, edges), [0, 7, 29]);
      }),
      { numRuns: 150 },
    );
  });

  it('links the members of a door-step group by their door steps, not by a walk between them that takes time', () => {
    // 29–20 and 20–1 are door steps (one group); 29–1 takes 0.1 m. Found by the property above.
    expectExact(
      networkOf(30, [
        [29, 20, 0],
        [29, 1, 0.1],
        [1, 20, 0],
      ]),
      [29, 1],
    );
    expectExact(
      networkOf(30, [
        [0, 25, 1e-7],
        [25, 1, 0],
        [1, 0, 0],
      ]),
      [0, 25],
    );
  });

  it('gives routes whose metres and minutes are the matrix entries, exactly', () => {
    const { plan } = validateFloorPlan(syntheticGridPlan(2));
    const net = buildWalkingNetwork(plan, { audience: 'staff' });
    const m = zoneDistanceMatrix(net);
    const n = m.zoneIds.length;
    for (let i = 0; i < n; i += 17) {
      for (let j = 0; j < n; j += 5) {
        const r = shortestRoute(net, m.zoneIds[i], m.zoneIds[j]);
        expect(r?.timeMin).toBe(m.timeMin[i * n + j]);
        expect(r?.lengthM).toBe(m.lengthM[i * n + j]);
      }
    }
  });

  it('finds every straight walk inside a convex polygon (the build skips the test there)', () => {
    const point = fc.tuple(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.double({ min: -50, max: 50, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 3, maxLength: 12 }),
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.nat()), { minLength: 2, maxLength: 6 }),
        (pts, picks) => {
          const hull = convexHull(pts);
          if (hull.length < 3) return;
          const polygon = { outer: hull, holes: [] };
          // Points on the walls (as door points are) and the centroid (an anchor).
          const on = picks.map(([t, k]): [number, number] => {
            const a = hull[k % hull.length];
            const b = hull[(k + 1) % hull.length];
            return [a[0] + t * (b[0] - a[0]), a[1] + t * (b[1] - a[1])];
          });
          const c: [number, number] = [
            hull.reduce((s, p) => s + p[0], 0) / hull.length,
            hull.reduce((s, p) => s + p[1], 0) / hull.length,
          ];
          const all = [...on, c];
          for (const a of all) for (const b of all) expect(segmentInPolygon(a, b, polygon, 1e-6)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Counter-clockwise convex hull (Andrew's monotone chain), without collinear points. */
function convexHull(points: [number, number][]): [number, number][] {
  const p = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const cross = (o: [number, number], a: [number, number], b: [number, number]) =>
    (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: [number, number][] = [];
  for (const q of p) {
    while (lower.length >= 2 && cross(lower[lower.length - 2], lower[lower.length - 1], q) <= 0) lower.pop();
    lower.push(q);
  }
  const upper: [number, number][] = [];
  for (const q of p.reverse()) {
    while (upper.length >= 2 && cross(upper[upper.length - 2], upper[upper.length - 1], q) <= 0) upper.pop();
    upper.push(q);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}
