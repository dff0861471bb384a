/**
 * Model-input types of the fields that change how much counter staff time visits take or how
 * much the counters get (issue 14, items 6 and 9). Each is optional in VisitorInput and absent
 * when the scenario does not state it, so older inputs — and their hashes and results — are
 * unchanged. Semantics: docs/visitors.md (video consultations, segments, phone duty).
 */
import type { DistributionSpec } from '../../core/distribution.js';

/** A share of a procedure's would-be visits held as scheduled video consultations at the office. */
export interface VideoInput {
  /** Share of the would-be visits (drawn next to `diversion` on the same uniform). */
  share: number;
  /** Service-time factor of every step of a video consultation. */
  serviceFactor: number;
  /** inOrder: served in order of call time with walk-ins; first: ahead of every walk-in. */
  priority: 'inOrder' | 'first';
}

/** Phone duty of a department's counter staff: a stated share of their at-counter time. */
export interface PhoneInput {
  staffTimeShare: number;
  /** Rota block: the fractional phone staff is taken off for the first part of every block. */
  rotaMin: number;
}

/** Visitors who need longer at every counter contact (elderly, interpretation, children …). */
export interface SegmentInput {
  id: string;
  /** Share of each procedure's visitors in the segment, in procedure order (sums ≤ 1 over segments). */
  shareByProcedure: number[];
  serviceFactor: number;
  /** Minutes added to every counter contact, or null. */
  extraMinPerContact: DistributionSpec | null;
}
