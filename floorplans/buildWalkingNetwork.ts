/**
 * Builds the walking network of one audience (see walkingNetwork.ts for its layout).
 *
 * Inside each space the network is the visibility graph of the space's anchor, door passage
 * points and reflex corners: two nodes are joined when the straight walk between them stays in
 * the space (segmentInPolygon). Shortest paths inside a polygon with holes bend only at reflex
 * corners, so within a space the graph distance equals the true shortest walking distance; the
 * only approximation is where a wide door is crossed (doorSamplePoints.ts). Walls have no
 * thickness and walks may graze corners (no body clearance).
 *
 * Visitors use public spaces, public doors and public stairs/lifts only, never a door on a
 * security line, and never a straight walk that crosses a security line. Staff use everything:
 * they badge through the line (validation makes sure a line runs along walls, not across rooms).
 */
import type { FloorPlan, PlanPolygon, PlanSpace, XY } from './floorPlan.js';
import { doorContacts } from './doorContacts.js';
import { doorSamplePoints } from './doorSamplePoints.js';
import { planSpaces } from './planSpaces.js';
import { pointSegmentDistanceM } from './pointSegmentDistanceM.js';
import { polygonBBox } from './polygonBBox.js';
import { reflexCorners } from './reflexCorners.js';
import { segmentCrossesPolyline } from './segmentCrossesPolyline.js';
import { segmentInPolygon } from './segmentInPolygon.js';
import { resolveWalkingOptions, type WalkingOptions } from './walkingOptions.js';
import type { WalkingNetwork } from './walkingNetwork.js';
import { hypot2 } from './hypot2.js';

/** True when any passage point of a door lies on a security line of its level. */
export function doorOnSecurityLine(
  samples: readonly XY[],
  lines: readonly (readonly XY[])[],
  toleranceM: number,
): boolean {
  return lines.some((line) =>
    samples.some((p) =>
      line.some((a, i) => i + 1 < line.length && pointSegmentDistanceM(p, a, line[i + 1]) <= toleranceM),
    ),
  );
}

/** The walking network of `plan` for visitors or staff. */
export function buildWalkingNetwork(plan: FloorPlan, options: WalkingOptions): WalkingNetwork {
  const o = resolveWalkingOptions(options);
  const visitor = o.audience === 'visitor';
  const spaces = planSpaces(plan);
  const usable = (s: { access: string }) => !visitor || s.access === 'public';

  const xs: number[] = [];
  const ys: number[] = [];
  const lv: number[] = [];
  const nodeDoor: number[] = [];
  const addNode = (p: XY, level: number, door: number): number => {
    xs.push(p[0]);
    ys.push(p[1]);
    lv.push(level);
    nodeDoor.push(door);
    return xs.length - 1;
  };
  const from: number[] = [];
  const to: number[] = [];
  const timeMin: number[] = [];
  const lengthM: number[] = [];
  const vertical: number[] = [];
  const addEdge = (a: number, b: number, len: number, t: number, v: number) => {
    from.push(a, b);
    to.push(b, a);
    lengthM.push(len, len);
    timeMin.push(t, t);
    vertical.push(v, v);
  };

  // Anchors and reflex corners per usable space.
  const spaceNodes: number[][] = spaces.map(() => []);
  const spaceAnchor = new Int32Array(spaces.length).fill(-1);
  spaces.forEach((s, i) => {
    if (!usable(s)) return;
    spaceAnchor[i] = addNode(s.anchor, s.level, -1);
    spaceNodes[i].push(spaceAnchor[i]);
    for (const c of reflexCorners(s.polygon)) spaceNodes[i].push(addNode(c, s.level, -1));
  });

  // Door passage points: one node per (point, space it opens into), joined through the door.
  const linesByLevel = new Map<number, XY[][]>();
  for (const line of plan.securityLines)
    linesByLevel.set(line.level, [...(linesByLevel.get(line.level) ?? []), line.points]);
  const doorIds: string[] = [];
  const candidates = new DoorCandidates(spaces, o.doorToleranceM);
  for (const door of plan.doors) {
    if (visitor && door.access !== 'public') continue;
    const samples = doorSamplePoints(door, o.doorSpacingM);
    if (visitor && doorOnSecurityLine(samples, linesByLevel.get(door.level) ?? [], o.doorToleranceM)) continue;
    const near = candidates.of(door.level, samples);
    const contacts = doorContacts(
      door,
      samples,
      near.map((i) => spaces[i]),
      o.doorToleranceM,
    )
      .map((c) => ({ space: near[c.space], snapped: c.snapped }))
      .filter((c) => usable(spaces[c.space]));
    if (contacts.length === 0) continue;
    const d = doorIds.push(door.id) - 1;
    samples.forEach((_, j) => {
      const copies = contacts.map((c) => {
        const n = addNode(c.snapped[j], door.level, d);
        spaceNodes[c.space].push(n);
        return n;
      });
      for (let a = 0; a < copies.length; a++) {
        for (let b = a + 1; b < copies.length; b++) {
          const len = hypot2(xs[copies[a]] - xs[copies[b]], ys[copies[a]] - ys[copies[b]]);
          addEdge(copies[a], copies[b], len, len / o.speedMPerMin, -1);
        }
      }
    });
  }

  // Visibility edges inside each space.
  spaces.forEach((s: PlanSpace, i) => {
    const nodes = spaceNodes[i];
    const lines = visitor ? (linesByLevel.get(s.level) ?? []) : [];
    // NOTE: in a convex space every node (the anchor inside, door points on the walls) sees every
    // other, so the segment test — most of the build on a plan of rectangular rooms — is skipped.
    const convex = isConvex(s.polygon);
    for (let a = 0; a < nodes.length; a++) {
      const pa: XY = [xs[nodes[a]], ys[nodes[a]]];
      for (let b = a + 1; b < nodes.length; b++) {
        const pb: XY = [xs[nodes[b]], ys[nodes[b]]];
        if (!convex && !segmentInPolygon(pa, pb, s.polygon, 1e-6)) continue;
        if (lines.length > 0 && lines.some((line) => segmentCrossesPolyline(pa, pb, line))) continue;
        const len = hypot2(pb[0] - pa[0], pb[1] - pa[1]);
        addEdge(nodes[a], nodes[b], len, len / o.speedMPerMin, -1);
      }
    }
  });

  // Stair and lift rides between every pair of storeys they serve (a lift wait is paid once per ride).
  const verticalIds: string[] = [];
  for (const v of plan.verticals) {
    if (!usable(v)) continue;
    const vi = verticalIds.push(v.id) - 1;
    const copies = v.levels.map((level) => spaces.findIndex((s) => s.id === v.id && s.level === level));
    for (let a = 0; a < copies.length; a++) {
      for (let b = a + 1; b < copies.length; b++) {
        const storeys = Math.abs(v.levels[b] - v.levels[a]);
        const stair = v.kind === 'stair';
        const len = stair ? storeys * o.stairLengthMPerLevel : 0;
        const t = stair ? len / (o.speedMPerMin * o.stairSpeedFactor) : o.liftWaitMin + storeys * o.liftTimeMinPerLevel;
        addEdge(spaceAnchor[copies[a]], spaceAnchor[copies[b]], len, t, vi);
      }
    }
  }

  // Compressed sparse rows.
  const n = xs.length;
  const edgeOffset = new Int32Array(n + 1);
  for (const a of from) edgeOffset[a + 1]++;
  for (let i = 0; i < n; i++) edgeOffset[i + 1] += edgeOffset[i];
  const fill = edgeOffset.slice(0, n);
  const m = from.length;
  const edgeTarget = new Int32Array(m);
  const edgeTimeMin = new Float64Array(m);
  const edgeLengthM = new Float64Array(m);
  const edgeVertical = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const k = fill[from[e]]++;
    edgeTarget[k] = to[e];
    edgeTimeMin[k] = timeMin[e];
    edgeLengthM[k] = lengthM[e];
    edgeVertical[k] = vertical[e];
  }
  return {
    audience: o.audience,
    speedMPerMin: o.speedMPerMin,
    zoneIds: plan.zones.map((z) => z.id),
    zoneLevels: Int32Array.from(plan.zones.map((z) => z.level)),
    zoneAnchorNode: spaceAnchor.slice(0, plan.zones.length),
    nodeCount: n,
    nodeXM: Float64Array.from(xs),
    nodeYM: Float64Array.from(ys),
    nodeLevel: Int32Array.from(lv),
    nodeDoor: Int32Array.from(nodeDoor),
    doorIds,
    verticalIds,
    edgeOffset,
    edgeTarget,
    edgeTimeMin,
    edgeLengthM,
    edgeVertical,
  };
}

/**
 * True when a polygon without holes turns left or goes straight at every corner (convex, or
 * degenerate): then the straight walk between any two of its points stays inside it. Stricter
 * than reflexCorners, which lets a right turn within 1e-12 of straight pass.
 */
function isConvex(polygon: PlanPolygon): boolean {
  if (polygon.holes.length > 0) return false;
  const ring = polygon.outer;
  const n = ring.length;
  for (let i = 0; i < n; i++) {
    const p = ring[(i + n - 1) % n];
    const v = ring[i];
    const q = ring[(i + 1) % n];
    if ((v[0] - p[0]) * (q[1] - v[1]) - (v[1] - p[1]) * (q[0] - v[0]) < 0) return false;
  }
  return true;
}

/**
 * The spaces a door may open into: those of its level whose bounding box, widened by the
 * tolerance, holds every passage point — the first test doorContacts makes, in the same order.
 * NOTE: doorContacts scans every space it is given; handing it the whole building made the
 * network build quadratic (every door against every space: 45× the time for 10× the zones).
 * The boxes are kept in one typed array and tested in plain loops (closures were a tenth of the build).
 */
class DoorCandidates {
  private readonly byLevel = new Map<number, number[]>();
  /** minX, minY, maxX, maxY of each space's box, widened by the tolerance. */
  private readonly boxes: Float64Array;

  constructor(spaces: readonly PlanSpace[], toleranceM: number) {
    this.boxes = new Float64Array(4 * spaces.length);
    spaces.forEach((s, i) => {
      const [minX, minY, maxX, maxY] = polygonBBox(s.polygon);
      this.boxes.set([minX - toleranceM, minY - toleranceM, maxX + toleranceM, maxY + toleranceM], 4 * i);
      const list = this.byLevel.get(s.level);
      if (list) list.push(i);
      else this.byLevel.set(s.level, [i]);
    });
  }

  /** Indices (ascending) of the spaces on `level` whose widened box holds every sample. */
  of(level: number, samples: readonly XY[]): number[] {
    const out: number[] = [];
    const b = this.boxes;
    const list = this.byLevel.get(level) ?? [];
    for (let k = 0; k < list.length; k++) {
      const i = list[k];
      const minX = b[4 * i];
      const minY = b[4 * i + 1];
      const maxX = b[4 * i + 2];
      const maxY = b[4 * i + 3];
      let holds = true;
      for (let j = 0; j < samples.length && holds; j++) {
        const x = samples[j][0];
        const y = samples[j][1];
        holds = !(x < minX || x > maxX || y < minY || y > maxY);
      }
      if (holds) out.push(i);
    }
    return out;
  }
}
