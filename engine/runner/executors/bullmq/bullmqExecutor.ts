/**
 * The BullMQ executor: replications as batches on Redis queues, computed by `wardsim worker`
 * processes on any number of machines (docs/distributed.md). Connects on first use; one
 * executor serves any number of runs, one after another or at once (the API).
 */
import type { ExecutionReport, ReplicationExecutor, ReplicationWork } from '../replicationExecutor.js';
import { closeConnections, openConnections, type BullmqConnections } from './bullmqConnections.js';
import { DistributedRun, type DistributedRunStats } from './distributedRun.js';

export interface BullmqExecutorOptions {
  url: string;
  /** Where the URL came from, named in errors (`--redis`, `WARDSIM_REDIS_URL`). */
  source?: string;
  /** Replications per batch (default: shrinking batches guided by the worker slots there are, batchPlan.ts). */
  batchSize?: number;
  /** The longest Redis outage a run waits out before it fails (default 30 s). */
  redisTimeoutMs?: number;
  /** How often a run renews its keys and checks its flow (default 1 s). */
  pollMs?: number;
  /** One line about the run that a person should see (a resubmission, no workers yet). */
  notice?: (line: string) => void;
  onRun?: (stats: DistributedRunStats) => void;
  /** Each result that counts, as it arrives, with the worker process (`host:pid/sandbox pid`) that computed it. */
  onDelivery?: (index: number, worker: string) => void;
}

export class BullmqExecutor implements ReplicationExecutor {
  private opened: Promise<BullmqConnections> | undefined;

  constructor(private readonly options: BullmqExecutorOptions) {}

  /** Connects once; rejects with WSM_REDIS_UNREACHABLE when Redis does not answer. */
  connect(): Promise<BullmqConnections> {
    if (this.opened === undefined) {
      this.opened = openConnections(this.options.url, this.options.source ?? '--redis');
      this.opened.catch(() => (this.opened = undefined)); // the next run tries again
    }
    return this.opened;
  }

  async execute(work: ReplicationWork): Promise<ExecutionReport> {
    const conn = await this.connect();
    const o = this.options;
    const run = new DistributedRun(conn, work, {
      url: o.url,
      batchSize: o.batchSize,
      redisTimeoutMs: o.redisTimeoutMs ?? 30_000,
      pollMs: o.pollMs ?? 1000,
      notice: o.notice ?? (() => undefined),
      onRun: o.onRun,
      onDelivery: o.onDelivery,
    });
    return run.execute();
  }

  async close(): Promise<void> {
    const opened = this.opened;
    this.opened = undefined;
    if (opened === undefined) return;
    const conn = await opened.catch(() => undefined);
    if (conn !== undefined) await closeConnections(conn);
  }
}
