/** The quickest walk between two zones: metres, minutes and the polyline, or null when unreachable. */
import { InputError } from '../engine/inputError.js';
import { ShortestPathTree } from './shortestPathTree.js';
import type { WalkingNetwork } from './walkingNetwork.js';

export interface RoutePoint {
  xM: number;
  yM: number;
  level: number;
}

export interface WalkingRoute {
  fromZoneId: string;
  toZoneId: string;
  /** Walked metres (stairs count their walked length, lift rides 0). */
  lengthM: number;
  /** Walking time in minutes at the network's speed, stair and lift time included. */
  timeMin: number;
  /** From the start zone's anchor to the end zone's anchor; level changes appear as repeated x, y. */
  points: RoutePoint[];
  /** Doors passed, in order. */
  doorIds: string[];
  /** Stairs and lifts ridden, in order. */
  verticalIds: string[];
}

/** Index of a zone in the network; throws InputError naming the id when the plan has no such zone. */
export function zoneIndex(network: WalkingNetwork, zoneId: string): number {
  const i = network.zoneIds.indexOf(zoneId);
  if (i < 0)
    throw new InputError(
      [{ path: 'zoneId', message: `expected a zone id of the plan, got ${JSON.stringify(zoneId)}` }],
      'WSM_PLAN_INVALID',
    );
  return i;
}

/** Quickest route from zone to zone (anchor to anchor); null when the audience cannot make the walk. */
export function shortestRoute(
  network: WalkingNetwork,
  fromZoneId: string,
  toZoneId: string,
  tree?: ShortestPathTree,
): WalkingRoute | null {
  const source = network.zoneAnchorNode[zoneIndex(network, fromZoneId)];
  const target = network.zoneAnchorNode[zoneIndex(network, toZoneId)];
  if (source < 0 || target < 0) return null;
  const t = tree ?? new ShortestPathTree(network);
  t.run(source, target);
  if (!Number.isFinite(t.timeMin[target])) return null;
  const nodes: number[] = [];
  const edges: number[] = [];
  for (let v = target; v !== -1; v = t.prevNode[v]) {
    nodes.push(v);
    if (t.prevEdge[v] >= 0) edges.push(t.prevEdge[v]);
  }
  nodes.reverse();
  edges.reverse();
  const points: RoutePoint[] = [];
  const doorIds: string[] = [];
  for (const v of nodes) {
    const p = { xM: network.nodeXM[v], yM: network.nodeYM[v], level: network.nodeLevel[v] };
    const last = points[points.length - 1];
    if (last === undefined || Math.hypot(last.xM - p.xM, last.yM - p.yM) > 1e-9 || last.level !== p.level)
      points.push(p);
    const door = network.nodeDoor[v];
    if (door >= 0 && doorIds[doorIds.length - 1] !== network.doorIds[door]) doorIds.push(network.doorIds[door]);
  }
  const verticalIds = edges
    .filter((e) => network.edgeVertical[e] >= 0)
    .map((e) => network.verticalIds[network.edgeVertical[e]]);
  return { fromZoneId, toZoneId, lengthM: t.lengthM[target], timeMin: t.timeMin[target], points, doorIds, verticalIds };
}
