/**
 * `wardsim worker`: serves the batches queue with BullMQ sandboxed processors (batchProcessor.ts,
 * one child process per concurrent batch), and the runs queue, where a run's parent lands once
 * its batches are done and is dropped. The worker announces itself (workerRegistry.ts) and
 * reports what it does in plain lines: start, a status line when something changed, retries.
 *
 * A worker that dies (killed, machine lost) holds locks that expire after `lockMs`; the stalled
 * check of any other worker then puts its batches back in the queue (at most ~2 × lockMs later).
 */
import { existsSync } from 'node:fs';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'bullmq';
import { ENGINE_VERSION } from '../../../version.js';
import type { BatchOutcome } from './batchProcessor.js';
import { connectRedis, redactedUrl, redisOptions } from './redisConnection.js';
import { BATCH_QUEUE, PREFIX, RUN_QUEUE } from './redisKeys.js';
import type { BatchData, RunData } from './wireFormat.js';
import { announceWorker } from './workerRegistry.js';

export interface WorkerOptions {
  url: string;
  /** Where the URL came from, named in errors. */
  source: string;
  /** Batches at once, each in its own sandboxed process. */
  concurrency: number;
  /** Lock of a batch: how long a silent worker keeps it before another takes it over. */
  lockMs: number;
  log: (line: string) => void;
}

export interface RunningWorker {
  id: string;
  /** Stops taking batches; waits for the ones in hand unless `force`. */
  close(force?: boolean): Promise<void>;
}

const STATUS_EVERY_MS = 10_000;

/** The processor next to this module: the .ts source under tsx (the sandbox inherits its loader), else .js. */
function processorFile(): string {
  const self = fileURLToPath(import.meta.url);
  const file = self.replace(/startWorker\.(ts|js)$/, `batchProcessor.$1`);
  if (!existsSync(file)) throw new Error(`wardsim worker: the batch processor is missing (${file})`);
  return file;
}

export async function startWorker(o: WorkerOptions): Promise<RunningWorker> {
  const client = await connectRedis(o.url, o.source, 'wardsim-worker');
  const id = `${hostname()}:${process.pid}`;
  const connection = { url: o.url, ...redisOptions(`wardsim-worker:${id}`) };
  const counts = { batches: 0, replications: 0, failed: 0, stalled: 0 };

  const batches = new Worker<BatchData, BatchOutcome>(BATCH_QUEUE, processorFile(), {
    connection,
    prefix: PREFIX,
    concurrency: o.concurrency,
    lockDuration: o.lockMs,
    stalledInterval: Math.max(100, Math.round(o.lockMs / 2)),
    // A batch may outlive a few dead workers before it counts as failed.
    maxStalledCount: 5,
    workerForkOptions: { env: { ...process.env, WARDSIM_WORKER_REDIS_URL: o.url, WARDSIM_WORKER_ID: id } },
  });
  const runs = new Worker<RunData>(RUN_QUEUE, async () => null, { connection, prefix: PREFIX, concurrency: 4 });

  batches.on('completed', (_job, outcome) => {
    counts.batches++;
    counts.replications += outcome.sent;
  });
  batches.on('failed', (job, err) => {
    counts.failed++;
    const where = job ? `batch ${job.data.from}–${job.data.to - 1} of run ${job.data.runId}` : 'a batch';
    o.log(`${where} failed (attempt ${job?.attemptsMade ?? '?'}): ${err.message.split('\n')[0]}`);
  });
  batches.on('stalled', (jobId) => {
    counts.stalled++;
    o.log(`batch ${jobId} was held by a worker that stopped answering: back in the queue`);
  });
  let lastError = 0;
  const onError = (err: Error) => {
    if (Date.now() - lastError < 5000) return; // one line per outage burst, not one per retry
    lastError = Date.now();
    o.log(`Redis: ${err.message} (retrying)`);
  };
  batches.on('error', onError);
  runs.on('error', onError);
  client.on('error', onError);

  const withdraw = announceWorker(client, {
    id,
    host: hostname(),
    pid: process.pid,
    concurrency: o.concurrency,
    engineVersion: ENGINE_VERSION,
    startedAt: new Date().toISOString(),
  });
  await Promise.all([batches.waitUntilReady(), runs.waitUntilReady()]);
  const sandboxes = `${o.concurrency} sandboxed process(es)`;
  o.log(`worker ${id} serving ${redactedUrl(o.url)} with ${sandboxes}, engine ${ENGINE_VERSION}`);

  let shown = '';
  const status = setInterval(() => {
    const done = `${counts.replications} replications in ${counts.batches} batches`;
    const line = `${done}; ${counts.failed} failed, ${counts.stalled} taken over`;
    if (line !== shown) o.log(line);
    shown = line;
  }, STATUS_EVERY_MS);
  status.unref();

  return {
    id,
    async close(force = false) {
      clearInterval(status);
      await withdraw();
      await Promise.all([batches.close(force), runs.close(force)]);
      client.disconnect();
    },
  };
}
