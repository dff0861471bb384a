/**
 * The seam under runReplications: where the replications of a run are computed. The run hands
 * out indices and merges results by index (never by arrival), so an executor only has to compute
 * each wanted index at least once; a duplicate it delivers is ignored. Two implementations: the
 * local thread pool (local/threadPoolExecutor.ts, the default) and BullMQ queues on Redis
 * (bullmq/bullmqExecutor.ts), which give the same numbers because replication i is a pure
 * function of (job, i).
 */
import type { WorkJob } from './jobKinds.js';

/** One run's replications as an executor sees them. */
export interface ReplicationWork {
  readonly job: WorkJob;
  /** Worker threads the caller asked for (0: the calling thread); remote executors ignore it. */
  readonly workers: number;
  /** A replication (or, remotely, a silence) longer than this fails the run. */
  readonly replicationTimeoutMs: number | undefined;
  readonly signal: AbortSignal | undefined;
  /** Indices below this are wanted; it only ever drops (when the stopping rule is met). */
  readonly limit: number;
  /** The next index nobody has been given yet, or null once every wanted index is out. */
  claim(): number | null;
  /** Records the result of replication `index`; a duplicate or an index past `limit` is ignored. */
  accept(index: number, result: unknown): void;
  /** True once every wanted index has been accepted. */
  readonly complete: boolean;
}

export interface ExecutionReport {
  /** Threads or worker processes that computed replications of the run. */
  workers: number;
}

export interface ReplicationExecutor {
  /** Computes the work's replications; rejects with the signal's reason when it is aborted. */
  execute(work: ReplicationWork): Promise<ExecutionReport>;
}
