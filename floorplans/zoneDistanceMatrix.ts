/**
 * Zone-to-zone walking metres and minutes for every pair, as row-major Float64Arrays
 * (entry [i * n + j] is from zoneIds[i] to zoneIds[j]); Infinity where the audience cannot walk
 * from i to j (for example into a staff-only zone in the visitor network). One Dijkstra per zone.
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
  const lengthM = new Float64Array(n * n).fill(Infinity);
  const timeMin = new Float64Array(n * n).fill(Infinity);
  const tree = new ShortestPathTree(network);
  for (let i = 0; i < n; i++) {
    const source = network.zoneAnchorNode[i];
    if (source < 0) continue;
    tree.run(source);
    for (let j = 0; j < n; j++) {
      const target = network.zoneAnchorNode[j];
      if (target < 0) continue;
      lengthM[i * n + j] = tree.lengthM[target];
      timeMin[i * n + j] = tree.timeMin[target];
    }
  }
  return { zoneIds: [...network.zoneIds], lengthM, timeMin };
}
