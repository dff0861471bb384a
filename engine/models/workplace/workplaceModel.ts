/**
 * Input of the workplace model: a validated workplace scenario part with every default filled
 * in and a linked floor plan's desks and spaces applied (scenarios/workplace/buildWorkplaceModel.ts
 * makes it). Plain JSON, so a job can cross to worker threads. Ids are kept (not indices) so a
 * result can name what it measured; the simulation compiles them to indices once.
 */
import type { DistributionSpec } from '../../core/distribution.js';

export const ROLES = ['counter', 'backOffice', 'manager', 'field'] as const;
export type RoleKey = (typeof ROLES)[number];

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const ACTIVITY_KINDS = ['webMeeting', 'phoneCall', 'focusWork', 'smallMeeting', 'largeMeeting'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const SPACE_KINDS = ['booth1', 'boothGroup', 'focusSeat', 'meetingRoom', 'lounge'] as const;
export type SpaceKind = (typeof SPACE_KINDS)[number];

/** The overflow target naming the shared touchdown desks (not a zone id). */
export const TOUCHDOWN = 'touchdown';

/** Minutes in a day; day d of a replication spans [d·1440, (d+1)·1440). */
export const DAY_MIN = 1440;

export interface WorkplaceActivity {
  kind: ActivityKind;
  /** Starts per hour at the desk and idle (a Poisson clock that runs only while idle). */
  ratePerHour: number;
  durationMin: DistributionSpec;
  /** Persons in the space (rounded, at least 1). */
  groupSize: DistributionSpec;
  /** Space ids in order of preference. */
  spaces: string[];
  /** Share that looks for a space at all; the rest stay at the desk by choice. */
  spaceShare: number;
  /** When no space is free: 'desk' = done at the desk for the same time; 'drop' = not done. */
  fallback: 'desk' | 'drop';
}

export interface WorkplaceRole {
  /** Earliest arrival, minutes after midnight. */
  arriveMin: number;
  /** Added to arriveMin (flexible hours). */
  arriveSpreadMin: DistributionSpec;
  /** Time from arrival to leaving. */
  stayMin: DistributionSpec;
  absenceShare: number;
  teleworkEligibleShare: number;
  teleworkDaysPerWeek: number;
  /** Share of office days (not absent, not remote) spent in the field. */
  fieldDayShare: number;
  /** On a field day: minutes in the office after arriving, before leaving for the field (0 = not in at all). */
  fieldOfficeMin: DistributionSpec;
  usesDesk: boolean;
  activities: WorkplaceActivity[];
}

export interface WorkplaceDepartment {
  id: string;
  zone: string;
  headcount: Record<RoleKey, number>;
}

export interface WorkplaceZone {
  id: string;
  desks: number;
  /** Zone ids and/or TOUCHDOWN, tried in order when the zone is full. */
  overflowTo: string[];
}

export interface WorkplaceSpace {
  id: string;
  kind: SpaceKind;
  count: number;
  capacityPersons: number;
  noShowShare: number;
  /** An unused booking is released after this; null = held for the whole booking. */
  noShowReleaseMin: number | null;
}

export interface WorkplaceModel {
  days: number;
  /** Index into WEEKDAYS of day 0. */
  firstWeekday: number;
  /** Core hours (minutes after midnight) over which utilisation is measured. */
  coreFromMin: number;
  coreToMin: number;
  /** Remote share of eligible staff on mon…fri relative to the mean. */
  teleworkWeekdayMultipliers: number[];
  roles: Partial<Record<RoleKey, WorkplaceRole>>;
  departments: WorkplaceDepartment[];
  zones: WorkplaceZone[];
  touchdownDesks: number;
  spaces: WorkplaceSpace[];
  /**
   * At most this many staff telework on one day (devices, VPN licences; seed 002). Absent = no cap.
   * Optional and omitted when unset, so a model without it hashes and runs as before.
   */
  teleworkCapPersonsPerDay?: number;
  /** A satellite office (サテライトオフィス): another place to work that needs no desk here. */
  satelliteOffice?: WorkplaceSatellite;
  /** Documents kept on paper, for the storage line of a building programme (not simulated). */
  paper?: WorkplacePaper;
}

export interface WorkplaceSatellite {
  /** Persons the satellite office holds on one day. */
  seatsPerDay: number;
  /** Share of a telework-eligible person's office days (not absent, not teleworking, no field work) spent there. */
  share: number;
}

export interface WorkplacePaper {
  /** Filing metres of documents kept per staff member today (文書量). */
  filingMPerStaff: number;
  /** Share of today's filing metres the paperless target removes (0 = none). */
  paperlessShare: number;
  /** Floor area per filing metre kept, storage aisles included. */
  storageM2PerFilingM: number;
}

/** A unit of work for the runner: the model and how to run it. */
export interface WorkplaceJob {
  model: WorkplaceModel;
  /** Skip activities (desk demand does not depend on them): for fast telework sweeps. */
  desksOnly?: boolean;
  /** Overrides every role's telework: eligible staff are remote with probability share × weekday multiplier. */
  remoteShare?: number;
  /** Track loss systems of 0…maxUnits units for every space (sizing curves in one pass). */
  sizingMaxUnits?: number;
  /** Ascending remote shares: run the one-pass telework sweep of desk demand instead (deskDemandSweep.ts). */
  sweepShares?: number[];
}
