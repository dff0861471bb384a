import { describe, expect, it } from 'vitest';
import { ReplicationError, runReplications } from '../../../engine/runner/runReplications.js';
import { ThreadPool } from '../../../engine/runner/workerPool.js';
import { validateNetworkModel } from '../../../engine/models/network/validateNetworkModel.js';
import type { NetworkModel } from '../../../engine/models/network/networkSchema.js';
import type { NetworkReplicationResult } from '../../../engine/models/network/networkResult.js';

const mm1 = (horizonMin: number) =>
  validateNetworkModel({
    horizonMin,
    warmupMin: 100,
    sources: [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 1.25 } }],
    stations: [{ id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 } }],
  });

describe('runReplications', () => {
  it('returns results in replication order, each stamped with its index', async () => {
    const out = await runReplications<NetworkReplicationResult>(
      { model: 'network', input: mm1(2000), seed: 5 },
      { replications: 7, workers: 2 },
    );
    expect(out.results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(out.stoppedBy).toBe('count');
    expect(out.workers).toBe(2);
  });

  it('stops by the sequential rule at the same replication count for any number of workers', async () => {
    const stopping = {
      relativeHalfWidth: 0.1,
      metrics: ['stations.s.waitMin'],
      minReplications: 5,
      maxReplications: 200,
    };
    const job = { model: 'network' as const, input: mm1(5000), seed: 9 };
    const one = await runReplications(job, { stopping, workers: 1 });
    const two = await runReplications(job, { stopping, workers: 2 });
    const inline = await runReplications(job, { stopping, workers: 0 });
    expect(one.stoppedBy).toBe('precision');
    expect(one.replications).toBeGreaterThanOrEqual(5);
    expect(one.replications).toBeLessThan(200);
    expect(two.replications).toBe(one.replications);
    expect(inline.replications).toBe(one.replications);
    expect(JSON.stringify(two.results)).toBe(JSON.stringify(one.results));
  });

  it('reports maxReplications when the target precision is never reached', async () => {
    const stopping = {
      relativeHalfWidth: 1e-6,
      metrics: ['stations.s.waitMin'],
      minReplications: 2,
      maxReplications: 6,
    };
    const out = await runReplications({ model: 'network', input: mm1(500), seed: 1 }, { stopping, workers: 2 });
    expect(out.stoppedBy).toBe('maxReplications');
    expect(out.replications).toBe(6);
  });

  it('turns a replication that throws into a clear error naming it, and does not hang the pool', async () => {
    // A source with neither interarrivalMin nor ratePerHour slips past no validator here on purpose.
    const broken = {
      horizonMin: 10,
      sources: [{ id: 'x', to: 's' }],
      stations: [{ id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 } }],
    };
    const run = runReplications(
      { model: 'network', input: broken as unknown as NetworkModel, seed: 1 },
      { replications: 4, workers: 2 },
    );
    await expect(run).rejects.toBeInstanceOf(ReplicationError);
    await expect(run).rejects.toThrow(
      /replication \d failed: source x has none of ratePerHour, interarrivalMin, arrivalsAtMin/,
    );
  });

  it('fails a replication that exceeds its time limit instead of waiting forever', async () => {
    const run = runReplications(
      { model: 'network', input: mm1(50_000_000), seed: 1 },
      { replications: 2, workers: 1, replicationTimeoutMs: 200 },
    );
    await expect(run).rejects.toThrow(/replication 0 failed: no result after 200 ms/);
  });

  it('can be cancelled with an AbortSignal', async () => {
    const controller = new AbortController();
    const run = runReplications(
      { model: 'network', input: mm1(20_000), seed: 1 },
      {
        replications: 500,
        workers: 2,
        signal: controller.signal,
        onProgress: (p) => p.done >= 2 && controller.abort(new Error('stopped by user')),
      },
    );
    await expect(run).rejects.toThrow('stopped by user');
  });

  it('reports progress up to the target', async () => {
    const seen: number[] = [];
    await runReplications(
      { model: 'network', input: mm1(500), seed: 1 },
      { replications: 5, workers: 2, onProgress: (p) => seen.push(p.done) },
    );
    expect(seen[seen.length - 1]).toBe(5);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('rejects a replication count outside 1…100,000', async () => {
    await expect(runReplications({ model: 'network', input: mm1(1000), seed: 1 }, { replications: 0 })).rejects.toThrow(
      RangeError,
    );
  });

  it('reuses warm threads from its pool after a clean run, and never reuses threads of a failed run', async () => {
    const pool = new ThreadPool();
    const job = { model: 'network' as const, input: mm1(1000), seed: 3 };
    const first = await runReplications(job, { replications: 4, workers: 2, threadPool: pool });
    const [a, b] = pool.acquire(2);
    await pool.release([a, b], true);
    const second = await runReplications(job, { replications: 4, workers: 2, threadPool: pool });
    expect(JSON.stringify(second.results)).toBe(JSON.stringify(first.results));
    const [c, d] = pool.acquire(2);
    expect(new Set([c, d])).toEqual(new Set([a, b])); // the same two threads came back
    await pool.release([c, d], true);

    const broken = {
      horizonMin: 10,
      sources: [{ id: 'x', to: 's' }],
      stations: [{ id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 } }],
    };
    await expect(
      runReplications(
        { model: 'network', input: broken as unknown as NetworkModel, seed: 1 },
        { replications: 2, workers: 2, threadPool: pool },
      ),
    ).rejects.toThrow(ReplicationError);
    const [e, f] = pool.acquire(2);
    expect([e, f].some((x) => x === a || x === b)).toBe(false);
    await pool.release([e, f], false);
    await pool.clear();
  });
});
