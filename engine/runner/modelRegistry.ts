/**
 * The models a replication can run, by name. Workers import this registry, so a job is plain
 * data (`{ model, input, seed }`) that can cross a thread or a process boundary.
 */
import { runNetworkReplication } from '../models/network/networkSimulation.js';
import type { NetworkModel } from '../models/network/networkSchema.js';
import { runVisitorReplication } from '../models/visitors/runVisitorReplication.js';
import type { VisitorInput } from '../models/visitors/visitorInput.js';
import { runWorkplaceReplication } from '../models/workplace/runWorkplaceReplication.js';
import type { WorkplaceJob } from '../models/workplace/workplaceModel.js';
import { runStudyReplication, type StudyJobInput } from './studyReplication.js';

/** Runs one replication: (validated input, master seed, replication index) → plain JSON result. */
export type ReplicationFunction = (input: never, seed: number | string, replication: number) => unknown;

export const modelRegistry = {
  network: runNetworkReplication as (input: NetworkModel, seed: number | string, replication: number) => unknown,
  visitors: runVisitorReplication as (input: VisitorInput, seed: number | string, replication: number) => unknown,
  workplace: runWorkplaceReplication as (input: WorkplaceJob, seed: number | string, replication: number) => unknown,
  study: runStudyReplication as (input: StudyJobInput, seed: number | string, replication: number) => unknown,
} satisfies Record<string, ReplicationFunction>;

export type ModelName = keyof typeof modelRegistry;

/** A unit of work: the model to run, its validated input and the master seed. */
export interface ReplicationJob<M extends ModelName = ModelName> {
  model: M;
  input: Parameters<(typeof modelRegistry)[M]>[0];
  seed: number | string;
}

/** Runs replication `replication` of `job` in the current thread. */
export function runJobReplication(job: ReplicationJob, replication: number): unknown {
  const run = modelRegistry[job.model] as (input: unknown, seed: number | string, replication: number) => unknown;
  if (run === undefined) throw new Error(`unknown model '${String(job.model)}'`);
  return run(job.input, job.seed, replication);
}
