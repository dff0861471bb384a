/**
 * The staffing optimiser's evaluations as a job kind: replication i of a plan is the row
 * simulatePlanRows writes for day i (joins, within, busy and capacity per sized group and
 * interval). The evaluator sums rows in replication order, so a plan scores the same wherever
 * its days ran.
 */
import type { VisitorInput } from '../../models/visitors/visitorInput.js';
import { simulatePlanRows, type SizedGroup } from '../staffing/staffingEvaluator.js';

export interface StaffingJobInput {
  base: VisitorInput;
  sized: SizedGroup[];
  /** Staff per sized group and interval: the plan to score. */
  levels: number[][];
}

/** Rows of replications [from, to), one Float64Array each (copies, so each serialises alone). */
export function runStaffingReplications(
  input: StaffingJobInput,
  seed: number | string,
  from: number,
  to: number,
): Float64Array[] {
  const rows = simulatePlanRows(input.base, input.sized, input.levels, seed, from, to);
  const width = rows.length / (to - from);
  return Array.from({ length: to - from }, (_, r) => rows.slice(r * width, (r + 1) * width));
}
