/**
 * The sizing answer in the terms of the floor-plan area check (floorplans/spaceDemand.ts,
 * scenarios/planInputs.ts SpaceDemandInput): desks by zone, 1-person and group booths, meeting
 * rooms by size, focus seats. Produced by `wardsim size` and by every workplace run, so that
 * `wardsim run` with a linked plan can hold the office's needs against the plan's areas.
 */
import type { WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceAccumulator } from './workplaceAccumulator.js';

export const DEFAULT_ALPHA = 0.05;
export const DEFAULT_BETA = 0.1;

export interface SpaceDemand {
  /** Desks of zones that hold one department, by that department (a plan's rooms of the department are summed). */
  desksByDepartment?: Record<string, number>;
  /** Desks of zones shared by several departments, by zone. */
  desksByZone?: Record<string, number>;
  booths1p?: number;
  boothsGroup?: number;
  meetingRoomsBySize?: Record<string, number>;
  focusSeats?: number;
}

interface SizedSpace {
  kind: string;
  capacityPersons: number;
  /** null: more than the largest size tried. */
  unitsNeeded: number | null;
  curve: unknown[];
}

/** Demand from per-zone desk answers and per-space unit answers. */
export function demandOf(
  zones: { id: string; departments: string[]; desksNeeded: number }[],
  spaces: SizedSpace[],
): SpaceDemand {
  const units = (s: SizedSpace) => s.unitsNeeded ?? s.curve.length - 1;
  const sum = (kind: string) => spaces.filter((s) => s.kind === kind).reduce((a, s) => a + units(s), 0);
  const out: SpaceDemand = {};
  const single = zones.filter((z) => z.departments.length === 1);
  const shared = zones.filter((z) => z.departments.length !== 1);
  if (single.length > 0)
    out.desksByDepartment = Object.fromEntries(single.map((z) => [z.departments[0], z.desksNeeded]));
  if (shared.length > 0) out.desksByZone = Object.fromEntries(shared.map((z) => [z.id, z.desksNeeded]));
  if (spaces.some((s) => s.kind === 'booth1')) out.booths1p = sum('booth1');
  if (spaces.some((s) => s.kind === 'boothGroup')) out.boothsGroup = sum('boothGroup');
  const rooms = spaces.filter((s) => s.kind === 'meetingRoom');
  if (rooms.length > 0) {
    out.meetingRoomsBySize = {};
    for (const s of rooms)
      out.meetingRoomsBySize[String(s.capacityPersons)] =
        (out.meetingRoomsBySize[String(s.capacityPersons)] ?? 0) + units(s);
  }
  if (spaces.some((s) => s.kind === 'focusSeat')) out.focusSeats = sum('focusSeat');
  return out;
}

/** Demand from accumulated replications that carried sizing curves (shadows). */
export function spaceDemandOf(
  model: WorkplaceModel,
  acc: WorkplaceAccumulator,
  alpha: number,
  beta: number,
): SpaceDemand {
  const zones = model.zones.map((z, i) => ({
    id: z.id,
    departments: departmentsOf(model, z.id),
    desksNeeded: acc.zoneDesks(i, alpha).desksNeeded,
  }));
  const spaces = model.spaces.map((s, i) => ({
    kind: s.kind,
    capacityPersons: s.capacityPersons,
    ...acc.spaceUnits(i, beta),
  }));
  return demandOf(zones, spaces);
}

/** Ids of the departments that sit in zone `zoneId`. */
export function departmentsOf(model: WorkplaceModel, zoneId: string): string[] {
  return model.departments.filter((d) => d.zone === zoneId).map((d) => d.id);
}
