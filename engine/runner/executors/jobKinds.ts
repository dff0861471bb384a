/**
 * Every kind of job the workers run, local or remote: the models of modelRegistry (network,
 * visitors, workplace, and the study kind that carries runs, compared options and sweep cells)
 * plus the staffing optimiser's plan evaluations. A job is plain data, so it can cross a thread,
 * a process or a machine; replication i is a pure function of (job, i).
 */
import { modelRegistry, runJobReplication, type ModelName, type ReplicationJob } from '../modelRegistry.js';
import { runStaffingReplications, type StaffingJobInput } from './staffingReplication.js';

export interface StaffingJob {
  model: 'staffing';
  input: StaffingJobInput;
  seed: number | string;
}

export type WorkJob = ReplicationJob | StaffingJob;

/** The kinds a worker accepts (checked on arrival: a job from a newer wardsim fails clearly). */
export const WORK_KINDS: readonly WorkJob['model'][] = [...(Object.keys(modelRegistry) as ModelName[]), 'staffing'];

/** Results of replications [from, to) of `job`, in index order. */
export function runWorkBatch(job: WorkJob, from: number, to: number): unknown[] {
  if (job.model === 'staffing') return runStaffingReplications(job.input, job.seed, from, to);
  const out: unknown[] = [];
  for (let i = from; i < to; i++) out.push(runJobReplication(job, i));
  return out;
}

/**
 * Results of replications [from, to) one at a time, computed as they are asked for (so a worker
 * can send each on before it computes the next); the staffing kind simulates the batch at once,
 * compiling its plan once.
 */
export function* replicationsOf(job: WorkJob, from: number, to: number): Generator<unknown, void, undefined> {
  if (job.model === 'staffing') {
    yield* runStaffingReplications(job.input, job.seed, from, to);
    return;
  }
  for (let i = from; i < to; i++) yield runJobReplication(job, i);
}

/** The result of replication `index` of `job`. */
export function runWorkReplication(job: WorkJob, index: number): unknown {
  return runWorkBatch(job, index, index + 1)[0];
}
