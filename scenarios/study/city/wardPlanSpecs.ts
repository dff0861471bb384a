/**
 * The generated plan of a ward option (floorplans/library/generate/buildWardPlan.ts) from the
 * option's own scenario parts: its counters by department, its offices (one desk per person for
 * fixed seating, the zone's desks under group address), its meeting rooms, booths and focus
 * seats, storage at 13 % of the office (sources §1.1/§1.2), on today's 区役所 floor area.
 */
import { DEFAULT_SPACE_STANDARDS } from '../../../floorplans/index.js';
import type { WardPlanSpec } from '../../../floorplans/library/generate/wardPlanSpec.js';
import type { Position } from '../../../floorplans/floorPlanGeoJson.js';
import { CONSULTATION_DEPARTMENTS, STORAGE_SHARE_OF_OFFICE } from '../../programme/programmeRules.js';
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import type { WorkplacePart } from '../../workplace/workplaceSchema.js';
import { PLAN_DEPARTMENTS } from './wardOptionKinds.js';
import type { WardFact } from './wardFacts.js';

/** Approximate WGS84 positions of the ward offices [A]: for placing the illustrations in GIS only. */
export const WARD_OFFICE_LOCATIONS: Readonly<Record<string, Position>> = {
  chuo: [141.343, 43.0557],
  kita: [141.3465, 43.0905],
  higashi: [141.3647, 43.0762],
  shiroishi: [141.3965, 43.0476],
  atsubetsu: [141.4746, 43.0366],
  toyohira: [141.3708, 43.0303],
  kiyota: [141.4418, 42.9998],
  minami: [141.3533, 42.9884],
  nishi: [141.3051, 43.0763],
  teine: [141.2451, 43.1218],
};

const staffOf = (h: Record<string, number | undefined>) => Object.values(h).reduce<number>((a, b) => a + (b ?? 0), 0);

export function wardPlanSpec(p: {
  id: string;
  name: string;
  nameJa: string;
  ward: WardFact;
  visitors: VisitorPart;
  workplace: WorkplacePart;
  groupAddress: boolean;
}): WardPlanSpec {
  const { visitors, workplace } = p;
  const deskOf = new Map<string, number>();
  for (const d of workplace.departments) {
    const zone = workplace.zones.find((z) => z.departments.includes(d.id));
    const zoneStaff = zone
      ? workplace.departments
          .filter((x) => zone.departments.includes(x.id))
          .reduce((a, x) => a + staffOf(x.headcount), 0)
      : 0;
    // A shared zone's desks go to its departments by their staff.
    const desks =
      p.groupAddress && zone && zoneStaff > 0
        ? Math.round((zone.desks * staffOf(d.headcount)) / zoneStaff)
        : staffOf(d.headcount);
    deskOf.set(d.id, desks);
  }
  const desksTotal = [...deskOf.values()].reduce((a, b) => a + b, 0);
  const spaces = workplace.spaces ?? [];
  const count = (kind: string) => spaces.filter((s) => s.kind === kind).reduce((a, s) => a + s.count, 0);
  const rooms = new Map<number, number>();
  for (const s of spaces.filter((x) => x.kind === 'meetingRoom'))
    rooms.set(s.capacityPersons, (rooms.get(s.capacityPersons) ?? 0) + s.count);
  return {
    id: p.id,
    name: p.name,
    nameJa: p.nameJa,
    grossAreaM2: p.ward.read.wardOfficeM2,
    layout: (visitors.organisation?.type ?? 'silo') === 'silo' ? 'silo' : 'one-stop',
    seating: p.groupAddress ? 'group-address' : 'fixed',
    counters: visitors.departments.map((d) => ({
      id: d.id,
      department: PLAN_DEPARTMENTS[d.id] ?? d.id,
      name: d.name ?? d.id,
      nameJa: d.nameJa ?? d.name ?? d.id,
      positions: d.counters,
      consultation: CONSULTATION_DEPARTMENTS.includes(d.id),
    })),
    offices: workplace.departments.map((d) => ({
      department: d.id,
      name: d.name ?? d.id,
      nameJa: d.nameJa ?? d.name ?? d.id,
      desks: deskOf.get(d.id) ?? 0,
    })),
    meetingRooms: [...rooms].map(([seats, n]) => ({ seats, count: n })),
    booths1p: count('booth1'),
    boothGroups: count('boothGroup'),
    focusSeats: count('focusSeat'),
    storageM2: Math.round(STORAGE_SHARE_OF_OFFICE * desksTotal * DEFAULT_SPACE_STANDARDS.m2PerDesk),
    origin: WARD_OFFICE_LOCATIONS[p.ward.id] ?? WARD_OFFICE_LOCATIONS.kita,
  };
}
