/**
 * Shared parts of the 札幌市北区役所 sample plans (all in plan metres, x east, y north, origin at
 * the building's south-west corner): a 64 m × 30.8 m footprint on three storeys
 * (3 × 1,971.2 m² = 5,913.6 m², the 5,913 m² of the 区役所 in docs/sources.md §1.4, seed 001),
 * the public core at the west end of the front (main stair, lift, toilets) and two staff-only
 * stairs (職員専用階段) in the back corners. The entrance faces the street on the south side.
 */
import { PlanBuilder, rect } from '../../planBuilder.js';
import type { Position } from '../../floorPlanGeoJson.js';

export const WIDTH_M = 64;
export const DEPTH_M = 30.8;
export const LEVELS = [1, 2, 3];
/** Approximate location of 札幌市北区役所 (北24条西6丁目), WGS84 lon/lat of the plan origin. */
export const KITA_ORIGIN: Position = [141.3465, 43.0905];

/**
 * A whole-wall opening (an open front, not a door leaf): the builder clamps it to the shared wall less 0.1 m each end.
 */
export const OPEN = 1_000;

/**
 * Door helper: `door(level, a, b, widthM, staff?, at?)` with a readable id (`-2`, `-3` … for a second door between the
 * same spaces).
 */
export function doors(b: PlanBuilder) {
  return (level: number, a: string, c: string, widthM = 1.8, staff = false, at = 0.5) => {
    const base = `door-${a}--${c}`;
    let id = base;
    for (let k = 2; b.features.some((f) => f.properties.id === id); k++) id = `${base}-${k}`;
    return b.doorBetween(id, level, a, c, widthM, staff ? { access: 'staff' } : {}, at);
  };
}

/** Building outline, public core (stair, lift, toilets) and staff stairs on every level. */
export function addCore(b: PlanBuilder, publicToilets: Record<number, boolean>): void {
  b.building('building', LEVELS, rect(0, 0, WIDTH_M, DEPTH_M), {
    name: 'Sapporo Kita Ward Office',
    nameJa: '札幌市北区役所',
  });
  b.vertical('stair-main', 'stair', LEVELS, rect(0, 0, 6, 7), { nameJa: '階段', name: 'Main stair' });
  b.vertical('lift-main', 'lift', LEVELS, rect(0, 7, 6, 10), { nameJa: 'EV', name: 'Lift' });
  b.vertical('stair-staff-west', 'stair', LEVELS, rect(0, 25.8, 5, DEPTH_M), {
    access: 'staff',
    nameJa: '職員専用階段(西)',
    name: 'Staff stair W',
  });
  b.vertical('stair-staff-east', 'stair', LEVELS, rect(59, 25.8, WIDTH_M, DEPTH_M), {
    access: 'staff',
    nameJa: '職員専用階段(東)',
    name: 'Staff stair E',
  });
  for (const level of LEVELS) {
    b.zone(`toilets-${level}F`, 'service', level, rect(0, 10, 6, 14), {
      access: publicToilets[level] ? 'public' : 'staff',
      nameJa: 'トイレ',
      name: 'Toilets',
    });
  }
}

/** Ring of rect(x0,y0,x1,y1) less its north-west or north-east w × h corner (where a staff stair sits): an L shape. */
export function rectMinusCorner(
  x0: number,
  y0: number,
  x1: number,
  y1: number,
  corner: 'nw' | 'ne',
  w: number,
  h: number,
): Position[] {
  return corner === 'nw'
    ? [
        [x0, y0],
        [x1, y0],
        [x1, y1],
        [x0 + w, y1],
        [x0 + w, y1 - h],
        [x0, y1 - h],
        [x0, y0],
      ]
    : [
        [x0, y0],
        [x1, y0],
        [x1, y1 - h],
        [x1 - w, y1 - h],
        [x1 - w, y1],
        [x0, y1],
        [x0, y0],
      ];
}

/**
 * The third storey shared by all options: 総務・地域振興 offices, meeting rooms and a 区民 meeting
 * room reached by the public through an L-shaped corridor from the main stair and lift.
 */
export function addThirdFloor(b: PlanBuilder, seating: 'fixed' | 'group-address'): void {
  const L = 3;
  const door = doors(b);
  b.zone(
    'corridor-3F',
    'circulation-public',
    L,
    [
      [6, 0],
      [64, 0],
      [64, 4],
      [10, 4],
      [10, 14],
      [6, 14],
      [6, 0],
    ],
    { nameJa: '廊下', name: 'Corridor' },
  );
  b.zone('meeting-public-3F', 'meeting-room', L, rect(10, 4, 24, 14), {
    access: 'public',
    seats: 40,
    nameJa: '区民会議室',
    name: 'Community room',
  });
  b.zone('meeting-1-3F', 'meeting-room', L, rect(24, 4, 32, 14), { seats: 24, nameJa: '会議室1' });
  b.zone('meeting-2-3F', 'meeting-room', L, rect(32, 4, 40, 14), { seats: 24, nameJa: '会議室2' });
  b.zone('office-somu-west-3F', 'office', L, rectMinusCorner(0, 14, 24, DEPTH_M, 'nw', 5, 5), {
    department: 'somu',
    seating,
    nameJa: '総務企画課',
    name: 'General affairs',
  });
  b.zone('corridor-staff-3F', 'circulation-staff', L, rect(24, 14, 40, 17), { nameJa: '職員通路' });
  b.zone('archive-3F', 'service', L, rect(24, 17, 40, DEPTH_M), { nameJa: '書庫・倉庫', name: 'Archive' });
  b.zone('office-somu-east-3F', 'office', L, rectMinusCorner(40, 4, 64, DEPTH_M, 'ne', 5, 5), {
    department: 'somu',
    seating,
    nameJa: '地域振興課',
    name: 'Community development',
  });
  b.securityLine(
    'security-3F',
    L,
    [
      [0, 14],
      [24, 14],
      [24, 4],
      [64, 4],
    ],
    { nameJa: 'セキュリティライン' },
  );
  door(L, 'stair-main', 'corridor-3F', 2.4);
  door(L, 'lift-main', 'corridor-3F', 1.2);
  door(L, 'toilets-3F', 'corridor-3F', 1.2);
  door(L, 'corridor-3F', 'meeting-public-3F', 1.8);
  door(L, 'corridor-3F', 'meeting-1-3F', 1.2, true);
  door(L, 'corridor-3F', 'meeting-2-3F', 1.2, true);
  door(L, 'corridor-3F', 'office-somu-east-3F', 1.2, true, 0.2);
  door(L, 'meeting-1-3F', 'corridor-staff-3F', 1.2);
  door(L, 'meeting-2-3F', 'corridor-staff-3F', 1.2);
  door(L, 'office-somu-west-3F', 'corridor-staff-3F', 1.2);
  door(L, 'corridor-staff-3F', 'office-somu-east-3F', 1.2);
  door(L, 'corridor-staff-3F', 'archive-3F', 1.2);
  door(L, 'office-somu-west-3F', 'stair-staff-west', 1.2);
  door(L, 'office-somu-east-3F', 'stair-staff-east', 1.2);
}
