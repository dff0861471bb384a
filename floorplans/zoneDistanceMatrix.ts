/**
 * Zone-to-zone walking metres and minutes for every pair, as row-major Float64Arrays
 * (entry [i * n + j] is from zoneIds[i] to zoneIds[j]); Infinity where the audience cannot walk
 * from i to j (for example into a staff-only zone in the visitor network). One search per zone
 * (ShortestPathTree, stopped once every zone's figures are final), so every figure is the one
 * shortestRoute gives.
 */
import { ShortestPathTree } from './shortestPathTree.js';
import type { WalkingNetwork } from './walkingNetwork.js';

export interface ZoneDistanceMatrix {
  zoneIds: string[];
  lengthM: Float64Array;
  timeMin: Float64Array;
}

export function zoneDistanceMatrix(network: WalkingNetwork): ZoneDistanceMatrix {
  const n = network.zoneIds.length;
  // NOTE: not filled with Infinity first: every entry is written once below (two passes over
  // 2 × 8·n² bytes cost a tenth of the 2,100-zone matrix).
  const lengthOut = new Float64Array(n * n);
  const timeOut = new Float64Array(n * n);
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
  const targets = tree.targetsOf(marks, marked);
  for (let i = 0; i < n; i++) {
    const row = i * n;
    const source = anchors[i];
    if (source < 0) {
      lengthOut.fill(Infinity, row, row + n);
      timeOut.fill(Infinity, row, row + n);
      continue;
    }
    tree.searchUntilTargets(source, targets);
    for (let j = 0; j < n; j++) {
      const target = anchors[j];
      lengthOut[row + j] = target < 0 ? Infinity : tree.lengthTo(target);
      timeOut[row + j] = target < 0 ? Infinity : tree.timeTo(target);
    }
  }
  return { zoneIds: [...network.zoneIds], lengthM: lengthOut, timeMin: timeOut };
}
