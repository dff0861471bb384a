/**
 * Every public zone must be reachable by visitors from an entrance zone through public doors,
 * public stairs and lifts, without crossing the security line (the visitor walking network).
 */
import type { InputIssue } from '../engine/inputError.js';
import { buildWalkingNetwork } from './buildWalkingNetwork.js';
import { featurePath } from './featurePath.js';
import type { FloorPlan } from './floorPlan.js';
import { ShortestPathTree } from './shortestPathTree.js';

export function publicReachIssues(plan: FloorPlan, doorToleranceM: number): InputIssue[] {
  const publicZones = plan.zones.filter((z) => z.access === 'public');
  if (publicZones.length === 0) return [];
  const entrances = publicZones.filter((z) => z.kind === 'entrance');
  if (entrances.length === 0) {
    return [
      {
        code: 'WSM_PLAN_UNREACHABLE',
        path: 'features',
        message: 'expected at least one public zone of kind "entrance" (where visitors come in), got none',
      },
    ];
  }
  const network = buildWalkingNetwork(plan, { audience: 'visitor', doorToleranceM });
  const reached = new Uint8Array(network.nodeCount);
  const tree = new ShortestPathTree(network);
  for (const e of entrances) {
    tree.run(network.zoneAnchorNode[plan.zones.indexOf(e)]);
    tree.timeMin.forEach((t, v) => {
      if (Number.isFinite(t)) reached[v] = 1;
    });
  }
  const issues: InputIssue[] = [];
  plan.zones.forEach((z, i) => {
    if (z.access !== 'public' || reached[network.zoneAnchorNode[i]] === 1) return;
    issues.push({
      code: 'WSM_PLAN_UNREACHABLE',
      path: featurePath(z.featureIndex, z.id),
      message: `expected public zone ${JSON.stringify(z.id)} (${z.kind}, level ${z.level}) to be reachable by visitors from the entrance (${entrances
        .map((x) => JSON.stringify(x.id))
        .join(', ')}) through public doors, stairs or lifts, got no such route`,
    });
  });
  return issues;
}
