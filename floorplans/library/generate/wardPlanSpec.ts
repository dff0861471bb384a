/**
 * What the parametric ward-office plan generator (buildWardPlan.ts) lays out: the building's
 * gross floor area (today's 区役所 m², seed 001) and the programme of one option — counters by
 * department, offices with their desks, meeting rooms, booths, focus seats, storage. Plain data:
 * the scenario layer derives it from a ward's scenario (scenarios/study/city/wardPlanSpecs.ts).
 */
import type { Position } from '../../floorPlanGeoJson.js';

export interface WardPlanCounter {
  /** Visitor department id (names the zone). */
  id: string;
  /** Plan department id (the office department that staffs it). */
  department: string;
  name: string;
  nameJa: string;
  positions: number;
  /** Consultation rooms rather than counters (生活保護): 10 m² per position instead of 5. */
  consultation: boolean;
}

export interface WardPlanOffice {
  department: string;
  name: string;
  nameJa: string;
  desks: number;
}

export interface WardPlanSpec {
  /** File stem, e.g. sapporo-higashi-status-quo. */
  id: string;
  name: string;
  nameJa: string;
  /** Gross floor area of the building, m² (every level has the same footprint). */
  grossAreaM2: number;
  /** silo: a waiting area in front of each department's counters; one-stop: one lobby before them all. */
  layout: 'silo' | 'one-stop';
  seating: 'fixed' | 'group-address';
  counters: WardPlanCounter[];
  offices: WardPlanOffice[];
  /** Meeting rooms by seats. */
  meetingRooms: { seats: number; count: number }[];
  booths1p: number;
  /** 4-person group booths. */
  boothGroups: number;
  focusSeats: number;
  /** Storage and archives (書庫・倉庫), m². */
  storageM2: number;
  /** WGS84 [lon, lat] the plan is placed at (approximate; for GIS display). */
  origin: Position;
}

/** Building depth, m (as the 北区 sample plans). */
export const WARD_PLAN_DEPTH_M = 30.8;
/** Depth of the public front of the ground floor (10 m waiting + 4 m counters), m. */
export const PUBLIC_FRONT_M = 14;
/** Width of the core column at the west end (stairs, lift, toilets, plant), m. */
export const CORE_WIDTH_M = 6;

/** Storeys for a gross area: about 2,000 m² a floor, 2 to 6 floors. */
export function wardPlanLevels(grossAreaM2: number): number {
  return Math.min(6, Math.max(2, Math.round(grossAreaM2 / 2000)));
}
