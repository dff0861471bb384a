/**
 * The named rules and standards a building programme (buildProgramme.ts) turns demand into m²
 * with. Each rule has an id (results and reports name it), its value and its source; the m² per
 * unit of spaces are wardsim's space standards (floorplans/spaceStandards.ts, docs/floorplans.md §4).
 */
import { DEFAULT_SPACE_STANDARDS } from '../../floorplans/spaceStandards.js';

/** Departments whose counter positions are consultation rooms (生活保護 相談室, sources §6.3/§6.5). */
export const CONSULTATION_DEPARTMENTS: readonly string[] = ['seikatsu-hogo'];

// What wardsim does not simulate comes from the former 総務省 standard (sources §1.1), the verified
// one ([V]; the MLIT coefficients of §1.2 are unverified [U] and serve as a cross-check only).
/** Storage (倉庫) as a share of the office area (総務省 13 %, sources §1.1 [V]; MLIT has the same). */
export const STORAGE_SHARE_OF_OFFICE = 0.13;
/**
 * 会議室・電話交換室・便所・洗面所・その他諸室, m² per permanent staff (総務省, sources §1.1 [V]);
 * the simulated meeting rooms take their part of it.
 */
export const OTHER_ROOMS_M2_PER_STAFF = 7.0;
/**
 * Circulation (玄関・広間・廊下・階段等) as a share of the rest (総務省 40 %, sources §1.1 [V]; wardsim applies
 * it to the citizen-facing rows too [A]).
 */
export const CIRCULATION_SHARE = 0.4;
/** Default verdict band: 増 or 減 only beyond ±5 % of today's area, judged on the 95 % bounds [A]. */
export const DEFAULT_BAND_SHARE = 0.05;

export const RULE_IDS = [
  'counters-busiest-interval',
  'consultation-busiest-interval',
  'waiting-seats-p95',
  'lobby-seating-share',
  'desks-shortage-alpha',
  'desks-one-per-person',
  'touchdown-desks',
  'booths-blocking-beta',
  'rooms-blocking-beta',
  'focus-blocking-beta',
  'storage-13pct',
  'storage-filing-metres',
  'other-rooms-somu',
  'circulation-somu',
  'given-seed-001',
  'per-resident-median',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface RuleInfo {
  /** Where the number or the standard comes from (docs/sources.md section). */
  source: string;
  /** simulated: units from the run with a CI; standard: a named standard applied to other rows; given: seed 001. */
  basis: 'simulated' | 'standard' | 'given' | 'input';
}

const std = DEFAULT_SPACE_STANDARDS;

export const RULES: Readonly<Record<RuleId, RuleInfo>> = {
  'counters-busiest-interval': {
    source:
      `counter positions busy in the busiest 15-min interval × ${std.m2PerCounterPosition} m² ` +
      `(docs/floorplans.md §4)`,
    basis: 'simulated',
  },
  'consultation-busiest-interval': {
    source:
      `consultation rooms in use in the busiest interval × ${std.m2PerConsultationRoom} m² (docs/floorplans.md ` +
      `§4)`,
    basis: 'simulated',
  },
  'waiting-seats-p95': {
    source: `waiting seats: persons waiting, 95th percentile of the day × ${std.m2PerWaitingSeat} m² (sources §6.5)`,
    basis: 'simulated',
  },
  'lobby-seating-share': {
    source: `lobby: the waiting area's seats are ${std.lobbySeatingShare * 100} % of a lobby (docs/floorplans.md §4)`,
    basis: 'standard',
  },
  'desks-shortage-alpha': {
    source: `desks: fewest with a shortage on at most α = 5 % of days × ${std.m2PerDesk} m² (sources §2.1, §6.6)`,
    basis: 'simulated',
  },
  'desks-one-per-person': {
    source: `desks: fixed seating, one per person × ${std.m2PerDesk} m² (sources #city-study)`,
    basis: 'input',
  },
  'touchdown-desks': {
    source: `touchdown desks given to the model, one per zone × ${std.m2PerDesk} m² (sources §6.6)`,
    basis: 'input',
  },
  'booths-blocking-beta': {
    source:
      `booths: fewest with at most β = 10 % of requests blocked × ${std.m2PerBooth1p} / ${std.m2PerBoothGroup} ` +
      `m² (sources §2.2, §6.7)`,
    basis: 'simulated',
  },
  'rooms-blocking-beta': {
    source:
      `meeting rooms: fewest of each size with at most β = 10 % blocked × ${std.m2PerMeetingSeat} m² a seat ` +
      `(sources §1.3, §6.7)`,
    basis: 'simulated',
  },
  'focus-blocking-beta': {
    source: `focus seats: fewest with at most β = 10 % blocked × ${std.m2PerFocusSeat} m² (docs/floorplans.md §4)`,
    basis: 'simulated',
  },
  'storage-13pct': {
    source: `storage: ${STORAGE_SHARE_OF_OFFICE * 100} % of the office area (総務省, sources §1.1)`,
    basis: 'standard',
  },
  'storage-filing-metres': {
    source:
      'storage: filing metres kept (staff × filing m per staff × (1 − paperless share)) × m² per filing metre, ' +
      "from the scenario's workplace.paper (sources #paper)",
    basis: 'input',
  },
  'other-rooms-somu': {
    source:
      `phone room, toilets, washrooms and other rooms: ${OTHER_ROOMS_M2_PER_STAFF} m² per staff less the ` +
      `meeting rooms (総務省, sources §1.1)`,
    basis: 'standard',
  },
  'circulation-somu': {
    source: `entrance halls, corridors and stairs: ${CIRCULATION_SHARE * 100} % of the rows above (総務省, sources §1.1)`,
    basis: 'standard',
  },
  'given-seed-001': { source: "today's m² as seed 001 prints it (sources #wards)", basis: 'given' },
  'per-resident-median': {
    source: "the city's median m² per resident × the ward's population (sources #city-study)",
    basis: 'standard',
  },
};
