/** Every polygon space of a plan on every level: the zones, plus one copy of each stair/lift per level it serves. */
import type { FloorPlan, PlanSpace } from './floorPlan.js';

/** Zones first (in plan order), then vertical-link copies (in plan order, ascending level). */
export function planSpaces(plan: FloorPlan): PlanSpace[] {
  const spaces: PlanSpace[] = [...plan.zones];
  for (const v of plan.verticals) {
    for (const level of v.levels) {
      spaces.push({
        id: v.id,
        featureIndex: v.featureIndex,
        properties: v.properties,
        kind: v.kind,
        level,
        polygon: v.polygon,
        access: v.access,
        anchor: v.anchor,
      });
    }
  }
  return spaces;
}
