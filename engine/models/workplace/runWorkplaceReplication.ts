import { DeskDemandSweep, type DeskSweepReplicationResult } from './deskDemandSweep.js';
import type { WorkplaceJob } from './workplaceModel.js';
import type { WorkplaceReplicationResult } from './workplaceResult.js';
import { WorkplaceSimulation } from './workplaceSimulation.js';

export type { WorkplaceJob };

/**
 * Runs replication `replication` of `job` under `seed` (the unit of work of the runner): the
 * workplace simulation, or the one-pass telework sweep of desk demand when the job names sweep shares.
 */
export function runWorkplaceReplication(
  job: WorkplaceJob & { sweepShares: number[] },
  seed: number | string,
  replication: number,
): DeskSweepReplicationResult;
export function runWorkplaceReplication(
  job: WorkplaceJob & { sweepShares?: undefined },
  seed: number | string,
  replication: number,
): WorkplaceReplicationResult;
export function runWorkplaceReplication(
  job: WorkplaceJob,
  seed: number | string,
  replication: number,
): WorkplaceReplicationResult | DeskSweepReplicationResult;
export function runWorkplaceReplication(
  job: WorkplaceJob,
  seed: number | string,
  replication: number,
): WorkplaceReplicationResult | DeskSweepReplicationResult {
  return job.sweepShares !== undefined
    ? new DeskDemandSweep(job, seed, replication).run()
    : new WorkplaceSimulation(job, seed, replication).run();
}
