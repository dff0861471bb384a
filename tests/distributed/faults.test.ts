/**
 * Faults, with real processes and a real redis-server (kept on disk: AOF, fsync on every write):
 * a replication that throws, a cancelled run, Redis restarted with its data and restarted empty,
 * a worker killed mid-batch, and a Redis that does not come back. Wherever the run can finish,
 * its numbers must be the local ones: nothing lost, nothing counted twice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BullmqExecutor, ReplicationError } from '../../engine/runner/executors/index.js';
import type { BullmqExecutorOptions, DistributedRunStats } from '../../engine/runner/executors/index.js';
import { runReplications, type RunOutcome } from '../../engine/runner/runReplications.js';
import { brokenJob, eventually, slowJob } from './faultJobs.js';
import { firstDifference } from './firstDifference.js';
import { startRedis, type RedisServer } from './redisServer.js';
import { startWorkers, type WorkerProcess } from './workerProcesses.js';

let redis: RedisServer;
let workers: WorkerProcess[] = [];
let local: RunOutcome<unknown>;
beforeAll(async () => {
  redis = await startRedis({ appendOnly: true });
  // Short locks so that a dead worker's batch is taken over within ~2 s (default 30 s).
  workers = await startWorkers(redis.url, 2, { lockMs: 1000 });
  local = await runReplications(slowJob, { replications: 12, workers: 2 });
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await redis?.stop();
});

/** Runs the slow job (12 replications) on the workers; `onDelivery` sees each result that counts. */
async function runSlow(options: Partial<BullmqExecutorOptions> = {}, signal?: AbortSignal) {
  let stats: DistributedRunStats | undefined;
  const notices: string[] = [];
  const counted: number[] = [];
  const executor = new BullmqExecutor({
    url: redis.url,
    batchSize: 2,
    pollMs: 200,
    notice: (l) => notices.push(l),
    onRun: (s) => (stats = s),
    ...options,
  });
  try {
    const onResult = (i: number) => counted.push(i);
    const outcome = await runReplications(slowJob, { replications: 12, executor, signal, onResult });
    expect(counted).toEqual([...Array(12).keys()]);
    return { outcome, stats: stats as DistributedRunStats, notices };
  } finally {
    await executor.close();
  }
}

/** An onDelivery that calls `fault` once, at the second result. */
function atSecondResult(fault: () => Promise<void>): { onDelivery: () => void; done: () => Promise<void> } {
  let n = 0;
  let pending: Promise<void> = Promise.resolve();
  return { onDelivery: () => void (++n === 2 && (pending = fault())), done: () => pending };
}

const ownedBy = (worker: string | undefined, w: WorkerProcess) => worker !== undefined && worker.includes(`:${w.pid}/`);

describe('faults', () => {
  it('a replication that throws fails the run with its own error, at once and without retries', async () => {
    const executor = new BullmqExecutor({ url: redis.url, batchSize: 2, pollMs: 200 });
    const started = performance.now();
    try {
      const run = runReplications(brokenJob, { replications: 4, executor });
      await expect(run).rejects.toBeInstanceOf(ReplicationError);
      await expect(run).rejects.toThrow(/^replication \d failed: source x has none of ratePerHour, interarrivalMin/);
    } finally {
      await executor.close();
    }
    expect(performance.now() - started).toBeLessThan(5000); // retries would wait out their backoff
  });

  it('cancellation reaches the workers: the run stops, its batches are dropped, Redis is left clean', async () => {
    const controller = new AbortController();
    const executor = new BullmqExecutor({ url: redis.url, batchSize: 3, pollMs: 200 });
    try {
      const run = runReplications(slowJob, {
        replications: 30,
        executor,
        signal: controller.signal,
        onProgress: (p) => p.done >= 2 && controller.abort(new Error('stopped by user')),
      });
      await expect(run).rejects.toThrow('stopped by user');
    } finally {
      await executor.close();
    }
    await eventually(async () => {
      expect(await redis.client.keys('wardsim:run:*')).toEqual([]);
      expect(await redis.client.llen('wardsim:batches:wait')).toBe(0);
      expect(await redis.client.llen('wardsim:batches:active')).toBe(0);
    });
  });

  it('Redis restarted with its data: the run carries on and gives the local numbers', async () => {
    const fault = atSecondResult(() => redis.restart());
    const { outcome, stats, notices } = await runSlow({ onDelivery: fault.onDelivery });
    await fault.done();
    expect(firstDifference(outcome.results, local.results)).toBeNull();
    expect(stats.reconnects).toBeGreaterThanOrEqual(1); // the restart came mid-run
    expect(notices.filter((n) => /lost this run's queue/.test(n))).toEqual([]);
  });

  it('Redis restarted empty: the run submits what it had not received again and gives the local numbers', async () => {
    const fault = atSecondResult(() => redis.restart({ wipe: true }));
    const { outcome, stats, notices } = await runSlow({ onDelivery: fault.onDelivery });
    await fault.done();
    expect(firstDifference(outcome.results, local.results)).toBeNull();
    expect(stats.reconnects).toBeGreaterThanOrEqual(1);
    expect(stats.resumes).toBeGreaterThanOrEqual(1);
    const resubmitted = /lost this run's queue \(restarted without persistence\?\): resubmitting \d+ replications/;
    expect(notices.join('\n')).toMatch(resubmitted);
  });

  it('a worker killed mid-batch: the other worker finishes its batch, nothing lost or doubled', async () => {
    let victim: WorkerProcess | undefined;
    let killedIndex = -1;
    const onDelivery = (index: number, worker: string) => {
      // The first index of a batch: its worker has three more to go when it dies.
      if (victim !== undefined || index % 4 !== 0) return;
      victim = workers.find((w) => ownedBy(worker, w));
      killedIndex = index;
      void victim?.kill();
    };
    const { outcome, stats } = await runSlow({ batchSize: 4, onDelivery });
    expect(firstDifference(outcome.results, local.results)).toBeNull();
    expect(victim, 'a worker delivered the first index of a batch').toBeDefined();
    const survivor = workers.find((w) => w !== victim) as WorkerProcess;
    expect(stats.acceptedFrom.slice(killedIndex + 1, killedIndex + 4).every((w) => ownedBy(w, survivor))).toBe(true);
    expect(survivor.log()).toMatch(/held by a worker that stopped answering: back in the queue/);
  });

  it('a Redis that does not come back fails the run with a clear error instead of hanging it', async () => {
    const fault = atSecondResult(() => redis.kill());
    const run = runSlow({ redisTimeoutMs: 1500, onDelivery: fault.onDelivery });
    const lost = /^lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+\/? for more than 1\.5 s: the run was/;
    await expect(run).rejects.toThrow(lost);
  });
});
