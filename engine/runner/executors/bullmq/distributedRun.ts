/**
 * One run on BullMQ, seen from the machine that asked for it (the coordinator).
 *
 * The run's job is stored once (`wardsim:run:<id>:job`); its indices go out as a flow — the run
 * as parent, batches of consecutive indices as children — and workers stream each replication's
 * result back (`…:results`), tagged with its index. Results are handed to the run by index, so
 * a batch delivered twice (a worker that died after sending part of it, a retry) counts once,
 * and the merge order, hence every number, is the local one.
 *
 * Once a second the coordinator renews the run's keys (they expire if it dies) and checks the
 * flow: a failed batch fails the run; a job key that is gone means Redis lost its state (a
 * restart without persistence), and the indices not yet received are submitted again; batches
 * all done with indices still missing are submitted again too. A Redis that stays away longer
 * than `redisTimeoutMs` fails the run with a clear error instead of hanging it.
 */
import { randomUUID } from 'node:crypto';
import { Job } from 'bullmq';
import { ENGINE_VERSION } from '../../../version.js';
import { FailureLatch } from '../../failureLatch.js';
import { ReplicationError } from '../replicationError.js';
import type { ExecutionReport, ReplicationWork } from '../replicationExecutor.js';
import { batchesOf } from './batchPlan.js';
import type { BullmqConnections } from './bullmqConnections.js';
import { ConnectionWatch } from './connectionWatch.js';
import { redactedUrl } from './redisConnection.js';
import { BATCH_QUEUE, RUN_QUEUE, runJobKey, runResultsKey } from './redisKeys.js';
import { ResultStream, type StreamEntry } from './resultStream.js';
import { batchJobId, decodeResult, encodeSpec, runJobId, type BatchData, type RunData } from './wireFormat.js';
import { liveWorkers } from './workerRegistry.js';

export interface DistributedSettings {
  url: string;
  /** Replications per batch (default: shrinking batches guided by the live worker slots, batchPlan.ts). */
  batchSize: number | undefined;
  /** The longest Redis outage a run waits out before it fails. */
  redisTimeoutMs: number;
  /** How often the run's keys are renewed and its flow checked. */
  pollMs: number;
  notice: (line: string) => void;
  onRun: ((stats: DistributedRunStats) => void) | undefined;
  /** Each result that counts, as it arrives, with the worker process that computed it. */
  onDelivery: ((index: number, worker: string) => void) | undefined;
}

/** What happened to a run on the queue (tests and benchmarks look at it). */
export interface DistributedRunStats {
  runId: string;
  /** Worker slots (sandboxes) announced when the run started. */
  slots: number;
  /** The largest batch. */
  batchSize: number;
  batches: number;
  /** Results that arrived for an index already counted (redelivered batches). */
  duplicates: number;
  /** Times the missing indices were submitted again. */
  resumes: number;
  /** Times the connection to Redis came back after it broke. */
  reconnects: number;
  /** Per index, the worker process whose result counted. */
  acceptedFrom: (string | undefined)[];
}

const MAX_RESUMES = 5;
/**
 * After a short read, wait this long before the next: results then arrive a few at a time
 * instead of one read (and one socket write, ~0.1 ms here) per replication.
 */
const GATHER_MS = 15;
const NO_WORKER_NOTICE_MS = 10_000;
/** Checks in a row that find every batch finished before the missing indices are sent again. */
const FINISHED_CHECKS = 3;

export class DistributedRun {
  private readonly runId = randomUUID();
  private epoch = 0;
  private readonly seen: Uint8Array;
  private readonly acceptedFrom: (string | undefined)[] = [];
  private readonly workerIds = new Set<string>();
  private readonly stats = { slots: 0, batchSize: 0, batches: 0, duplicates: 0, resumes: 0, reconnects: 0 };
  /** An abort or a lost connection: every wait of the run rejects with it. */
  private readonly failure = new FailureLatch();
  private checkNow = false;
  private lastCheckMs = 0;
  private lastResultMs = performance.now();
  private finishedChecks = 0;
  private noticedNoWorkers = false;
  private readonly jobKey: string;
  private readonly resultsKey: string;
  private readonly ttlMs: number;

  constructor(
    private readonly conn: BullmqConnections,
    private readonly work: ReplicationWork,
    private readonly s: DistributedSettings,
  ) {
    this.seen = new Uint8Array(work.limit);
    this.jobKey = runJobKey(this.runId);
    this.resultsKey = runResultsKey(this.runId);
    // Long enough to outlive any outage the run waits out; short enough to free a dead run's keys.
    this.ttlMs = 2 * s.redisTimeoutMs + 30_000;
  }

  async execute(): Promise<ExecutionReport> {
    const { client } = this.conn;
    const reader = client.duplicate();
    reader.on('error', () => undefined);
    const stream = new ResultStream(reader, this.resultsKey);
    const lost = () => {
      const seconds = this.s.redisTimeoutMs / 1000;
      const what = `lost the connection to Redis at ${redactedUrl(this.s.url)} for more than ${seconds} s`;
      const remedy = 'start Redis again and rerun it: the numbers do not depend on where it ran';
      this.fail(new Error(`${what}: the run was abandoned (${remedy})`));
    };
    const back = () => {
      this.stats.reconnects++;
      this.checkNow = true;
    };
    const watch = new ConnectionWatch([client, reader], this.s.redisTimeoutMs, lost, back);
    const onAbort = () => this.fail(this.work.signal?.reason ?? new Error('run cancelled'));
    this.work.signal?.addEventListener('abort', onAbort, { once: true });
    try {
      this.work.signal?.throwIfAborted();
      this.stats.slots = (await this.guard(liveWorkers(client))).reduce((a, w) => a + w.concurrency, 0);
      if (this.stats.slots === 0) this.noticeNoWorkers();
      const indices: number[] = [];
      for (let i = this.work.claim(); i !== null; i = this.work.claim()) indices.push(i);
      await this.guard(this.submit(indices));
      while (!this.work.complete) {
        const entries = await this.guard(stream.read(this.s.pollMs));
        for (const e of entries) this.take(e);
        if (entries.length > 0) this.lastResultMs = performance.now();
        const short = entries.length > 0 && entries.length < ResultStream.COUNT;
        if (short && !this.work.complete) await this.guard(sleep(GATHER_MS));
        if (!this.work.complete && (this.checkNow || performance.now() - this.lastCheckMs >= this.s.pollMs)) {
          await this.guard(this.check(stream));
        }
      }
      return { workers: this.workerIds.size };
    } finally {
      this.work.signal?.removeEventListener('abort', onAbort);
      watch.stop();
      reader.disconnect();
      await this.cleanup();
      this.s.onRun?.({ runId: this.runId, ...this.stats, acceptedFrom: this.acceptedFrom });
    }
  }

  /** Waits for `p` unless the run fails first (an abort, a lost connection). */
  private guard<T>(p: Promise<T>): Promise<T> {
    return this.failure.guard(p);
  }

  private fail(err: unknown): void {
    this.failure.fail(err);
  }

  private take(entry: StreamEntry): void {
    const { index } = entry;
    if (!Number.isInteger(index) || index < 0 || index >= this.work.limit) return; // past the stopping point
    if (this.seen[index] === 1) {
      this.stats.duplicates++;
      return;
    }
    if (entry.error !== undefined) throw new ReplicationError(index, new Error(entry.error));
    if (entry.result === undefined) return;
    this.seen[index] = 1;
    this.acceptedFrom[index] = entry.worker;
    this.workerIds.add(entry.worker);
    this.s.onDelivery?.(index, entry.worker);
    this.work.accept(index, decodeResult(entry.result));
  }

  /** Stores the job (again) and queues `indices` as a flow of batches under a new parent. */
  private async submit(indices: number[]): Promise<void> {
    const { client, flow } = this.conn;
    await client.set(this.jobKey, encodeSpec({ engineVersion: ENGINE_VERSION, job: this.work.job }), 'PX', this.ttlMs);
    const ranges = batchesOf(indices, this.stats.slots, this.s.batchSize);
    this.stats.batches += ranges.length;
    this.stats.batchSize = Math.max(this.stats.batchSize, ...ranges.map((r) => r.to - r.from));
    const data: RunData = {
      runId: this.runId,
      model: this.work.job.model,
      replications: indices.length,
      batches: ranges.length,
      engineVersion: ENGINE_VERSION,
    };
    await flow.add({
      name: 'run',
      queueName: RUN_QUEUE,
      data,
      opts: { jobId: runJobId(this.runId, this.epoch), removeOnComplete: true, removeOnFail: { age: 3600 } },
      children: ranges.map((r) => ({
        name: this.work.job.model,
        queueName: BATCH_QUEUE,
        data: { runId: this.runId, from: r.from, to: r.to } satisfies BatchData,
        opts: {
          jobId: batchJobId(this.runId, this.epoch, r.from),
          // Retries are for crashed sandboxes; a replication that throws fails at once (UnrecoverableError).
          attempts: 3,
          backoff: { type: 'fixed', delay: 1000 },
          removeOnComplete: true,
          removeOnFail: { age: 3600 },
          failParentOnFailure: true,
        },
      })),
    });
  }

  private async check(stream: ResultStream): Promise<void> {
    this.lastCheckMs = performance.now();
    this.checkNow = false;
    const renewed = await this.conn.client
      .pipeline()
      .pexpire(this.jobKey, this.ttlMs)
      .pexpire(this.resultsKey, this.ttlMs)
      .exec();
    await stream.trim(this.conn.client); // Redis keeps at most a poll interval of results
    if (renewed?.[0]?.[1] === 0) return this.resume('lost', stream);
    const parentId = runJobId(this.runId, this.epoch);
    const state = await this.conn.runs.getJobState(parentId);
    if (state === 'waiting-children') this.finishedChecks = 0;
    else {
      // A failed batch sends its parent on with a deferred failure, which a worker then records.
      const parent = state === 'unknown' ? undefined : await Job.fromId<RunData>(this.conn.runs, parentId);
      if (state === 'failed' || parent?.deferredFailure) throw await this.batchFailure(parent);
      if (++this.finishedChecks >= FINISHED_CHECKS) return this.resume('unreported', stream);
    }
    const quietMs = performance.now() - this.lastResultMs;
    const timeoutMs = this.work.replicationTimeoutMs;
    if (timeoutMs !== undefined && quietMs > timeoutMs) {
      throw new ReplicationError(this.firstMissing(), new Error(`no result after ${timeoutMs} ms`));
    }
    if (!this.noticedNoWorkers && quietMs > NO_WORKER_NOTICE_MS) {
      if ((await liveWorkers(this.conn.client)).length === 0) this.noticeNoWorkers();
    }
  }

  /** Submits the indices not received yet: Redis lost them, or finished batches never reported them. */
  private async resume(why: 'lost' | 'unreported', stream: ResultStream): Promise<void> {
    if (++this.stats.resumes > MAX_RESUMES) {
      const where = `Redis at ${redactedUrl(this.s.url)}`;
      throw new Error(`${where} lost this run's queued batches ${MAX_RESUMES} times: the run was abandoned`);
    }
    const missing: number[] = [];
    for (let i = 0; i < this.work.limit; i++) if (this.seen[i] === 0) missing.push(i);
    const where = `Redis at ${redactedUrl(this.s.url)}`;
    this.s.notice(
      why === 'lost'
        ? `${where} lost this run's queue (restarted without persistence?): resubmitting ${missing.length} replications`
        : `${missing.length} replications of finished batches never reported: resubmitting them`,
    );
    if (why === 'lost') stream.rewind(); // the stream went with the rest
    this.epoch++;
    this.finishedChecks = 0;
    await this.submit(missing);
  }

  /** The run's failure from the flow: the failed batch and why (the replication's own error if it threw). */
  private async batchFailure(parent: Job<RunData> | undefined): Promise<Error> {
    const why = parent?.failedReason || parent?.deferredFailure || '';
    const childId = /:batches:(\S+?)\s/.exec(`${why} `)?.[1];
    const child = childId === undefined ? undefined : await Job.fromId<BatchData>(this.conn.batches, childId);
    const reason = child?.failedReason || why || 'no reason recorded';
    const own = /^replication (\d+) failed: ([\s\S]*)$/.exec(reason);
    if (own) return new ReplicationError(Number(own[1]), new Error(own[2]));
    const from = child?.data.from ?? this.firstMissing();
    const to = child?.data.to ?? from + 1;
    const attempts = child?.attemptsMade ?? '?';
    const batch = `its batch (replications ${from}–${to - 1})`;
    const message = `${batch} failed on the workers after ${attempts} attempt(s): ${reason}`;
    return new ReplicationError(from, new Error(message));
  }

  private firstMissing(): number {
    const i = this.seen.indexOf(0);
    return i < 0 ? 0 : i;
  }

  private noticeNoWorkers(): void {
    this.noticedNoWorkers = true;
    const start = 'start one with `wardsim worker --redis URL`; the run waits';
    this.s.notice(`no wardsim worker is serving ${redactedUrl(this.s.url)} yet: ${start}`);
  }

  /** Deletes the run's keys and its flow; batches a worker holds end at its next replication. */
  private async cleanup(): Promise<void> {
    const { client, runs } = this.conn;
    if (client.status !== 'ready') return; // Redis is away: the run's keys expire on their own (ttlMs)
    await bounded(client.del(this.jobKey, this.resultsKey));
    for (let e = 0; e <= this.epoch; e++) await bounded(runs.remove(runJobId(this.runId, e), { removeChildren: true }));
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits for a clean-up step at most 2 s: with Redis away it would wait for ever (the keys expire anyway). */
function bounded(p: Promise<unknown>): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, 2000)));
  return Promise.race([p.catch(() => undefined), late]).finally(() => clearTimeout(timer));
}
