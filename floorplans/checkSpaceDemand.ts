/**
 * The area check: simulated demand (spaceDemand.ts) × space standards (spaceStandards.ts) =
 * needed m², against the m² the plan gives the matching zones. One row per demand item and
 * scope; surplusM2 = planM2 − needM2 (negative is a deficit).
 */
import type { FloorPlan } from './floorPlan.js';
import type { SpaceDemand } from './spaceDemand.js';
import { resolveSpaceStandards, type SpaceStandards } from './spaceStandards.js';
import { zoneAreaTable, type ZoneAreaRow } from './zoneAreaTable.js';

/** What the area check needs of a zone: plain data, so a compiled plan can carry it. */
export type DemandZone = Pick<ZoneAreaRow, 'id' | 'kind' | 'department' | 'areaM2' | 'capacity'>;

export interface SpaceCheckRow {
  item:
    | 'waiting seats'
    | 'counter positions'
    | 'desks'
    | '1-person booths'
    | 'group booths'
    | 'meeting rooms'
    | 'consultation rooms'
    | 'consultation booths'
    | 'focus seats';
  /** "all", a department id or a zone id. */
  scope: string;
  zoneIds: string[];
  demandUnits: number;
  /** Units the plan's zones hold (given or derived from area). */
  planUnits: number;
  needM2: number;
  planM2: number;
  surplusM2: number;
  /** deficit: not enough m²; short-units: enough m² but the plan's zones hold fewer units (refit them); ok. */
  status: 'ok' | 'deficit' | 'short-units';
}

/** Surplus/deficit table for `demand` on `plan` (see the file comment). */
export function checkSpaceDemand(
  plan: FloorPlan,
  demand: SpaceDemand,
  standards: Partial<SpaceStandards> = {},
): SpaceCheckRow[] {
  return checkZoneDemand(zoneAreaTable(plan, standards), demand, standards);
}

/** The same table from zone rows (capacities already derived with the same standards). */
export function checkZoneDemand(
  planZones: readonly DemandZone[],
  demand: SpaceDemand,
  standards: Partial<SpaceStandards> = {},
): SpaceCheckRow[] {
  const s = resolveSpaceStandards(standards);
  const rows: SpaceCheckRow[] = [];
  type Z = DemandZone;
  const push = (
    item: SpaceCheckRow['item'],
    scope: string,
    zones: Z[],
    demandUnits: number,
    needM2: number,
    planUnits: (z: Z) => number,
    areaShare = (_z: Z) => 1,
  ) => {
    const planM2 = zones.reduce((sum, z) => sum + z.areaM2 * areaShare(z), 0);
    const surplusM2 = planM2 - needM2;
    const units = zones.reduce((sum, z) => sum + planUnits(z), 0);
    rows.push({
      item,
      scope,
      zoneIds: zones.map((z) => z.id),
      demandUnits,
      planUnits: units,
      needM2,
      planM2,
      surplusM2,
      status: surplusM2 < -1e-9 ? 'deficit' : units < demandUnits ? 'short-units' : 'ok',
    });
  };
  const of = (...kinds: string[]) => planZones.filter((z) => kinds.includes(z.kind));
  const cap = (z: Z) => z.capacity;

  if (demand.waitingSeatsP95 !== undefined) {
    // Lobbies count with their seating share only (the rest is through-circulation).
    push(
      'waiting seats',
      'all',
      of('waiting', 'lobby'),
      demand.waitingSeatsP95,
      demand.waitingSeatsP95 * s.m2PerWaitingSeat,
      (z) => cap(z).seats ?? 0,
      (z) => (z.kind === 'lobby' ? s.lobbySeatingShare : 1),
    );
  }
  for (const [dept, n] of Object.entries(demand.counterPositionsByDepartment ?? {})) {
    const zones = of('counter').filter((z) => (z.department ?? '(shared)') === dept);
    push('counter positions', dept, zones, n, n * s.m2PerCounterPosition, (z) => cap(z).counterPositions ?? 0);
  }
  for (const [zoneId, n] of Object.entries(demand.desksByZone ?? {})) {
    push(
      'desks',
      zoneId,
      planZones.filter((z) => z.id === zoneId),
      n,
      n * s.m2PerDesk,
      (z) => cap(z).desks ?? 0,
    );
  }
  for (const [dept, n] of Object.entries(demand.desksByDepartment ?? {})) {
    push(
      'desks',
      dept,
      of('office').filter((z) => z.department === dept),
      n,
      n * s.m2PerDesk,
      (z) => cap(z).desks ?? 0,
    );
  }
  if (demand.booths1p !== undefined)
    push(
      '1-person booths',
      'all',
      of('booth-1p'),
      demand.booths1p,
      demand.booths1p * s.m2PerBooth1p,
      (z) => cap(z).booths ?? 0,
    );
  if (demand.boothsGroup !== undefined)
    push(
      'group booths',
      'all',
      of('booth-group'),
      demand.boothsGroup,
      demand.boothsGroup * s.m2PerBoothGroup,
      (z) => cap(z).booths ?? 0,
    );
  if (demand.meetingRoomsBySize !== undefined) {
    let rooms = 0;
    let seats = 0;
    for (const [size, n] of Object.entries(demand.meetingRoomsBySize)) {
      rooms += n;
      seats += Number(size) * n;
    }
    push('meeting rooms', 'all', of('meeting-room'), rooms, seats * s.m2PerMeetingSeat, () => 1);
  }
  if (demand.consultationRooms !== undefined) {
    push(
      'consultation rooms',
      'all',
      of('consultation-room'),
      demand.consultationRooms,
      demand.consultationRooms * s.m2PerConsultationRoom,
      () => 1,
    );
  }
  if (demand.consultationBooths !== undefined) {
    push(
      'consultation booths',
      'all',
      of('consultation-booth'),
      demand.consultationBooths,
      demand.consultationBooths * s.m2PerConsultationBooth,
      (z) => cap(z).booths ?? 0,
    );
  }
  if (demand.focusSeats !== undefined)
    push(
      'focus seats',
      'all',
      of('focus'),
      demand.focusSeats,
      demand.focusSeats * s.m2PerFocusSeat,
      (z) => cap(z).seats ?? 0,
    );
  return rows;
}
