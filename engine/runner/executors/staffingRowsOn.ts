/**
 * A staffing evaluation on an executor (the one a study runs on): R replications of the
 * `staffing` kind, one row each, in replication order — the rows the evaluator's own threads
 * would have returned, so the plan scores the same.
 */
import { runReplications } from '../runReplications.js';
import type { ReplicationExecutor } from './replicationExecutor.js';
import type { StaffingJobInput } from './staffingReplication.js';

export async function staffingRowsOn(
  executor: ReplicationExecutor,
  input: StaffingJobInput,
  seed: number | string,
  replications: number,
): Promise<Float64Array[]> {
  const out = await runReplications<Float64Array>({ model: 'staffing', input, seed }, { replications, executor });
  return out.results;
}
