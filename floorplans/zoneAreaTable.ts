/** One row per zone: planar area, perimeter and capacities (given or derived), for reports and the CLI. */
import type { FloorPlan } from './floorPlan.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import { polygonPerimeterM } from './polygonPerimeterM.js';
import { resolveSpaceStandards, type SpaceStandards } from './spaceStandards.js';
import { zoneCapacity, type ZoneCapacity } from './zoneCapacity.js';

export interface ZoneAreaRow {
  id: string;
  kind: string;
  level: number;
  department?: string;
  name?: string;
  access: 'public' | 'staff';
  areaM2: number;
  perimeterM: number;
  capacity: ZoneCapacity;
}

export function zoneAreaTable(plan: FloorPlan, standards: Partial<SpaceStandards> = {}): ZoneAreaRow[] {
  const s = resolveSpaceStandards(standards);
  return plan.zones.map((z) => {
    const row: ZoneAreaRow = {
      id: z.id,
      kind: z.kind,
      level: z.level,
      access: z.access,
      areaM2: polygonAreaM2(z.polygon),
      perimeterM: polygonPerimeterM(z.polygon),
      capacity: zoneCapacity(z, s),
    };
    if (z.department !== undefined) row.department = z.department;
    const name = z.properties.nameJa ?? z.properties.name;
    if (name !== undefined) row.name = name;
    return row;
  });
}
