/**
 * Zone-to-zone walking metres and minutes for every pair, as row-major Float64Arrays
 * (entry [i * n + j] is from zoneIds[i] to zoneIds[j]); Infinity where the audience cannot walk
 * from i to j (for example into a staff-only zone in the visitor network). One search per zone
 * (ShortestPathTree, stopped once every zone's figures are final), so every figure is the one
 * shortestRoute gives. The rows are independent: from THREAD_MIN_ZONES searched rows they are shared
 * with a helper thread (zoneDistanceThreads.ts), to the same bits.
 */
import type { WalkingNetwork } from './walkingNetwork.js';
import { rowSearch, writeRow } from './zoneDistanceRows.js';
import { rowsOnTwoThreads, type ThreadOptions } from './zoneDistanceThreads.js';

export interface ZoneDistanceMatrix {
  zoneIds: string[];
  lengthM: Float64Array;
  timeMin: Float64Array;
}

/**
 * Searched rows (zones the audience may enter) from which the rows go on two threads. Measured on
 * the synthetic grid (105 zones a level, staff network): one thread takes ~13 ms for 210 zones,
 * ~60 ms for 630, ~105 ms for 840, ~640 ms for 2,100, and two threads halve it once the helper
 * is up; a helper's start (~30 ms from dist, ~190 ms from source, on the other core) is won back
 * by the first matrix from about 600 rows. The library's plans (~200 zones) never start a thread.
 */
export const THREAD_MIN_ZONES = 600;

/** Zones the audience may enter: the rows that take a search (the others are filled with Infinity). */
function searchedRows(network: WalkingNetwork): number {
  let rows = 0;
  for (const a of network.zoneAnchorNode) if (a >= 0) rows++;
  return rows;
}

export interface ZoneDistanceOptions extends ThreadOptions {
  /** Searched rows from which a helper thread takes rows (default THREAD_MIN_ZONES; Infinity: never). */
  threadMinZones?: number;
}

export function zoneDistanceMatrix(network: WalkingNetwork, options: ZoneDistanceOptions = {}): ZoneDistanceMatrix {
  const n = network.zoneIds.length;
  // NOTE: not filled with Infinity first: every entry is written once (two passes over
  // 2 × 8·n² bytes cost a tenth of the 2,100-zone matrix).
  const lengthOut = new Float64Array(n * n);
  const timeOut = new Float64Array(n * n);
  const threaded =
    searchedRows(network) >= (options.threadMinZones ?? THREAD_MIN_ZONES) &&
    rowsOnTwoThreads(network, lengthOut, timeOut, options);
  if (!threaded) {
    const search = rowSearch(network);
    for (let i = 0; i < n; i++) writeRow(search, i, lengthOut, timeOut);
  }
  return { zoneIds: [...network.zoneIds], lengthM: lengthOut, timeMin: timeOut };
}
