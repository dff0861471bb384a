/**
 * The visitor model's own input: plain JSON data, every time in minutes from midnight, every
 * default filled in, walking times resolved to a matrix. The scenario layer builds it from the
 * `visitors` part of a scenario (scenarios/visitors/toVisitorInput.ts); it crosses to worker
 * threads as it is, and its hash identifies a run.
 */
import type { DistributionSpec } from '../../core/distribution.js';
import type { PhoneInput, SegmentInput, VideoInput } from './visitorModifiers.js';

/** Rostered staff on [fromMin, toMin); 0 outside every piece. */
export interface StaffPiece {
  fromMin: number;
  toMin: number;
  staff: number;
}

export type Organisation = 'silo' | 'pooled' | 'dispatch' | 'superman';

export interface ProcedureInput {
  id: string;
  /** Share of the day's visits (before diversion); the shares sum to 1. */
  share: number;
  /** Counter contacts in order; a step with p < 1 is needed by that share of visitors. */
  steps: { department: string; serviceMin: DistributionSpec; p: number }[];
  /** Share of these visits done online or at a convenience store instead (来させない). */
  diversion: number;
  /** Video consultations (オンライン相談): absent when the scenario has none. */
  video?: VideoInput;
  /** Service-time factor when 書かない窓口 is on (1 = no effect). */
  kakanaiFactor: number;
  /** Share of the visits that book a time slot. */
  reservationShare: number;
  /** How long a visitor waits before giving up; null: never. */
  patienceMin: DistributionSpec | null;
  /**
   * Share of these visitors lacking a document (出直し): found at the first counter, they leave
   * and must come back another day. Absent = 0 (the input and its hash stay as before).
   */
  incompleteShare?: number;
}

export interface DepartmentInput {
  id: string;
  /** Counter positions (seats at the counter). */
  counters: number;
  /** Booths for video consultations (their own positions); absent: they use the counters. */
  videoBooths?: number;
  /** Phone duty (電話対応): absent when the scenario states none. */
  phone?: PhoneInput;
  /** Counter staff rostered over the day (lunch breaks are taken out by the model). */
  staff: StaffPiece[];
  /** Back-office staff who come to a free counter when the line is long. */
  backOffice: { staff: StaffPiece[]; callWhenWaiting: number; travelMin: number } | null;
  /**
   * What visitors do while the department has nobody at the counter (semantics: docs/visitors.md,
   * closed spans). Absent when the scenario does not say: then no span is closed (the scenario
   * check refuses holes), and the input — and its hash — stay as before the field existed.
   */
  closed?: ClosedRule;
}

/**
 * Visitors who find their way alone: a share of the walk-ins who do not ask the concierge go to a
 * wrong counter first (a short contact there sends them on, and they queue again at the right one);
 * information-only visitors who do not ask the concierge ask at a counter instead.
 */
export interface TriageInput {
  wrongCounterShare: number;
  wrongCounterMin: DistributionSpec;
  /** null: information-only visitors without the concierge leave without asking (as before). */
  infoAtCounterMin: DistributionSpec | null;
}

export interface IncompleteVisitsInput {
  counterTimeFactor: number;
  /** Product of the active levers' factors on every incompleteShare (ナビ機能, 書かない窓口). */
  shareFactor: number;
  /** Return visits (出直し) on later simulated days; absent: counted, never back. */
  returns?: { withinDays: number; warmUpDays: number };
}

/** wait: queue until it reopens; redirect: go to `redirectTo`'s counter; leave: turned away. */
export interface ClosedRule {
  whenClosed: 'wait' | 'redirect' | 'leave';
  /** Department id (redirect only; null otherwise). */
  redirectTo: string | null;
}

export interface VisitorInput {
  openMin: number;
  closeMin: number;
  /** Width of the reporting and staffing intervals, from opening time. */
  intervalMin: number;
  /** "Served within withinMin" share per interval is reported against this target. */
  serviceLevel: { target: number; withinMin: number };
  /** Expected visits of the day (Poisson), after the day-of-week and month factors, before diversion. */
  expectedVisitors: number;
  /** Share of the day's visits arriving in each piece (sums to 1). */
  profile: { fromMin: number; toMin: number; share: number }[];
  /** Persons per visit (companions take seats, not counters); rounded, at least 1. */
  groupSize: DistributionSpec;
  procedures: ProcedureInput[];
  departments: DepartmentInput[];
  /** Visitor segments with longer service (absent when the scenario has none). */
  segments?: SegmentInput[];
  concierge: {
    share: number;
    staff: StaffPiece[];
    serviceMin: DistributionSpec;
    /** Share of the incomplete visitors who ask that the concierge's document check catches (absent = 0). */
    precheckShare?: number;
  } | null;
  /** What happens without guidance (concierge triage); absent: nobody goes astray, as before. */
  triage?: TriageInput;
  /** Incomplete visits at the counter (present when a procedure has an incompleteShare). */
  incompleteVisits?: IncompleteVisitsInput;
  reception: { kiosks: number; serviceMin: DistributionSpec } | null;
  /** Walking minutes between places: `minutes[i * places.length + j]` from places[i] to places[j]. */
  walking: { places: string[]; minutes: number[] };
  organisation: {
    type: Organisation;
    /** 窓口連携: one ticket; later counters serve in order of the first ticket. */
    renkei: boolean;
    /** The one-stop desk of pooled, dispatch and superman organisations. */
    oneStop: {
      departments: string[];
      counters: number;
      /** Seats where visitors stay while specialists come (dispatch). */
      seats: number;
      /** Service-time factor on the sum of the parts (pooled 0.85, superman 0.75). */
      factor: number;
      /** Minutes a specialist needs to come to the seat and take over (dispatch). */
      handoffMin: number;
      staff: StaffPiece[];
    } | null;
  };
  /** Staff qualified for several departments, serving the longest waiting of their queues. */
  multiSkill: { id: string; serves: string[]; staff: StaffPiece[] }[];
  lunch: { fromMin: number; toMin: number; breakMin: number; ifShiftOverMin: number } | null;
  minShiftMin: number;
  kakanai: boolean;
  reservations: {
    slotMin: number;
    /** Bookings per slot and procedure; 0 = spread evenly (capacity = expected bookings per slot). */
    slotCapacity: number;
    noShow: number;
    arrivalOffsetMeanMin: number;
    arrivalOffsetSdMin: number;
    earlyMin: number;
    lateMin: number;
    late: 'walkIn' | 'turnAway';
    priority: 'first' | 'appointmentTime';
  };
  callback: {
    share: number;
    recallWhenAhead: number;
    returnMin: DistributionSpec;
    missProbability: number;
    missDelayMin: number;
  };
  patience: { balkOverMin: number; balkP: number; comeBackShare: number };
}
