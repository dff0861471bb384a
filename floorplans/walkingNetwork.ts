/**
 * The walking network of one audience, laid out in typed arrays (compressed sparse rows) so the
 * all-pairs search and the simulation's walking-time lookups touch no objects.
 *
 * Nodes are: one anchor per space (zone, or one storey of a stair/lift), the reflex corners of
 * each space (where shortest paths bend), and one node per (door passage point, space it opens
 * into). Edges are straight walks between nodes that see each other inside one space, the
 * zero-length steps through doors, and stair/lift rides between storeys.
 */
import type { Audience } from './walkingOptions.js';

export interface WalkingNetwork {
  audience: Audience;
  speedMPerMin: number;
  /** Every zone of the plan, in plan order (same order for the visitor and staff networks). */
  zoneIds: string[];
  zoneLevels: Int32Array;
  /** Anchor node of each zone; −1 when the audience may not enter the zone. */
  zoneAnchorNode: Int32Array;
  nodeCount: number;
  nodeXM: Float64Array;
  nodeYM: Float64Array;
  nodeLevel: Int32Array;
  /** Index into doorIds of the door a node belongs to, or −1. */
  nodeDoor: Int32Array;
  doorIds: string[];
  verticalIds: string[];
  /** CSR: the edges of node i are edgeOffset[i] .. edgeOffset[i + 1] − 1. */
  edgeOffset: Int32Array;
  edgeTarget: Int32Array;
  edgeTimeMin: Float64Array;
  edgeLengthM: Float64Array;
  /** Index into verticalIds for stair/lift rides, −1 for walks. */
  edgeVertical: Int32Array;
}
