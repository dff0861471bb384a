/**
 * The replication unit of a study: one replication index of every distinct model input the study
 * needs (the visitor days and workplace years of its scenarios, variants or sweep cells). Inputs
 * that several scenarios share are listed once and simulated once; every input draws from the
 * streams of (seed, replication, name), so scenarios are compared on common random numbers.
 */
import { runVisitorReplication } from '../models/visitors/runVisitorReplication.js';
import type { VisitorInput } from '../models/visitors/visitorInput.js';
import type { VisitorReplicationResult } from '../models/visitors/visitorResult.js';
import { runWorkplaceReplication } from '../models/workplace/runWorkplaceReplication.js';
import type { WorkplaceJob } from '../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../models/workplace/workplaceResult.js';

export interface StudyJobInput {
  visitors: VisitorInput[];
  workplace: WorkplaceJob[];
}

export interface StudyReplicationResult {
  replication: number;
  visitors: VisitorReplicationResult[];
  workplace: WorkplaceReplicationResult[];
}

export function runStudyReplication(
  input: StudyJobInput,
  seed: number | string,
  replication: number,
): StudyReplicationResult {
  return {
    replication,
    visitors: input.visitors.map((v) => runVisitorReplication(v, seed, replication)),
    workplace: input.workplace.map((w) => runWorkplaceReplication(w, seed, replication) as WorkplaceReplicationResult),
  };
}
