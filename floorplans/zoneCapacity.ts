/**
 * A zone's capacities: the values the plan gives, otherwise derived from its area by the space
 * standards (spaceStandards.ts), rounded down to whole seats, desks, positions and booths.
 */
import type { PlanZone } from './floorPlan.js';
import { polygonAreaM2 } from './polygonAreaM2.js';
import type { SpaceStandards } from './spaceStandards.js';

export interface ZoneCapacity {
  seats?: number;
  desks?: number;
  counterPositions?: number;
  booths?: number;
  capacityPersons?: number;
  /** Names of the fields derived from area (not given in the plan). */
  derived: string[];
}

/** Capacities of `zone` (see the file comment). */
export function zoneCapacity(zone: PlanZone, standards: SpaceStandards): ZoneCapacity {
  const areaM2 = polygonAreaM2(zone.polygon);
  const p = zone.properties;
  const out: ZoneCapacity = { derived: [] };
  const field = (
    name: 'seats' | 'desks' | 'counterPositions' | 'booths' | 'capacityPersons',
    given: number | undefined,
    m2PerUnit: number,
    share = 1,
  ) => {
    if (given !== undefined) out[name] = given;
    else {
      out[name] = Math.floor((areaM2 * share) / m2PerUnit + 1e-9);
      out.derived.push(name);
    }
  };
  switch (zone.kind) {
    case 'waiting':
      field('seats', p.seats, standards.m2PerWaitingSeat);
      break;
    case 'lobby':
      field('seats', p.seats, standards.m2PerWaitingSeat, standards.lobbySeatingShare);
      break;
    case 'counter':
      field('counterPositions', p.counterPositions, standards.m2PerCounterPosition);
      break;
    case 'office':
      field('desks', p.desks, standards.m2PerDesk);
      break;
    case 'booth-1p':
      field('booths', p.booths, standards.m2PerBooth1p);
      break;
    case 'booth-group':
      field('booths', p.booths, standards.m2PerBoothGroup);
      break;
    case 'consultation-booth':
      field('booths', p.booths, standards.m2PerConsultationBooth);
      break;
    case 'meeting-room':
    case 'consultation-room':
      field('seats', p.seats, standards.m2PerMeetingSeat);
      break;
    case 'focus':
      field('seats', p.seats, standards.m2PerFocusSeat);
      break;
    case 'lounge':
      field('seats', p.seats, standards.m2PerLoungeSeat);
      break;
    default:
      if (p.seats !== undefined) out.seats = p.seats;
  }
  if (p.capacityPersons !== undefined) out.capacityPersons = p.capacityPersons;
  else if (zone.kind === 'booth-group' && out.booths !== undefined) {
    out.capacityPersons = out.booths * standards.personsPerBoothGroup;
    out.derived.push('capacityPersons');
  }
  return out;
}
