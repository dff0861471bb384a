/**
 * The same numbers on one machine and on three: every kind of job (a scenario run, a comparison,
 * a sweep, the staffing optimiser, workplace sizing, a network model with the precision rule)
 * runs once on this machine's threads and once on 3 real `wardsim worker` processes over a real
 * redis-server, and the two results must be equal — the documents field by field, the raw
 * per-replication results bit for bit in every number (firstDifference.ts: -0 is not 0).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../api/index.js';
import { BullmqExecutor, type DistributedRunStats } from '../../engine/runner/executors/index.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { compileScenario } from '../../scenarios/compile/compileScenario.js';
import { fileResolver, loadScenario } from '../../scenarios/study/index.js';
import { freshApp } from '../api/apiHarness.js';
import { wardsimJson } from '../cliHarness.js';
import { firstDifference } from './firstDifference.js';
import { startRedis, type RedisServer } from './redisServer.js';
import { withoutRunFacts } from './runFacts.js';
import { startWorkers, type WorkerProcess } from './workerProcesses.js';

let redis: RedisServer;
let workers: WorkerProcess[] = [];
beforeAll(async () => {
  redis = await startRedis();
  workers = await startWorkers(redis.url, 3);
});
afterAll(async () => {
  await Promise.all(workers.map((w) => w.kill()));
  await redis?.stop();
});

/** Runs a command locally and with --redis; returns both documents. */
async function both(args: string[]): Promise<{ local: Record<string, unknown>; remote: Record<string, unknown> }> {
  const local = await wardsimJson(args);
  const remote = await wardsimJson([...args, '--redis', redis.url]);
  expect(local.code, local.stderr).toBe(0);
  expect(remote.code, remote.stderr).toBe(0);
  return { local: local.json, remote: remote.json };
}

/** Results the workers have added to run streams so far (XADD calls, also those inside scripts). */
async function resultsAdded(): Promise<number> {
  const stats = await redis.client.info('commandstats');
  return Number(/cmdstat_xadd:calls=(\d+)/.exec(stats)?.[1] ?? 0);
}

describe('a study gives the same numbers on 3 workers as on this machine', () => {
  it('run, compare and sweep (study jobs: scenarios, options, sweep cells)', async () => {
    const run = await both(['run', 'sapporo-kita-peak', '--replications', '3']);
    expect(firstDifference(withoutRunFacts(run.remote), withoutRunFacts(run.local))).toBeNull();
    expect(run.remote.workers).toBeGreaterThanOrEqual(1);
    expect(run.remote.workers).toBeLessThanOrEqual(3);
    const compare = await both(['compare', 'sapporo-kita-peak-current-plan', '--replications', '2', '--part=visitors']);
    expect(firstDifference(withoutRunFacts(compare.remote), withoutRunFacts(compare.local))).toBeNull();
    const grid = ['--set', 'visitors.levers.callback.share=0,0.4'];
    const sweep = await both(['sweep', 'sapporo-kita-peak', '--part', 'visitors', ...grid, '--replications', '2']);
    expect(firstDifference(withoutRunFacts(sweep.remote), withoutRunFacts(sweep.local))).toBeNull();
  });

  it('the staffing optimiser, workplace sizing, and a network model stopped by the precision rule', async () => {
    const before = await resultsAdded();
    const staff = await both(['staff', 'tests/visitors/fixtures/valid.json', '--interval=60', '--replications=3']);
    expect(firstDifference(withoutRunFacts(staff.remote), withoutRunFacts(staff.local))).toBeNull();
    // Every evaluation's days went through the workers (3 results per evaluation at least).
    expect((await resultsAdded()) - before).toBeGreaterThanOrEqual(3 * (staff.remote.evaluations as number));
    const size = await both(['size', 'sapporo-kita-office', '--replications', '3']);
    expect(firstDifference(withoutRunFacts(size.remote), withoutRunFacts(size.local))).toBeNull();
    const rule = ['--precision', '0.05', '--min-replications', '4', '--replications', '60'];
    const precise = await both(['simulate', 'examples/mm8.json', ...rule]);
    expect(precise.local.stoppedBy).toBe('precision');
    expect(firstDifference(withoutRunFacts(precise.remote), withoutRunFacts(precise.local))).toBeNull();
  });

  it('per-replication results match bit for bit, stream in index order, report progress to the target', async () => {
    const cwd = process.cwd();
    const visitors = compileScenario(await loadScenario('sapporo-kita-peak', fileResolver(cwd), cwd)).visitors;
    if (visitors === undefined) throw new Error('sapporo-kita-peak has no visitors part');
    const job = { model: 'visitors' as const, input: visitors.input, seed: 'bit for bit' };
    const local = await runReplications(job, { replications: 6, workers: 2 });
    let stats: DistributedRunStats | undefined;
    const executor = new BullmqExecutor({ url: redis.url, batchSize: 2, onRun: (s) => (stats = s) });
    const order: number[] = [];
    const progress: number[] = [];
    try {
      const onResult = (i: number) => order.push(i);
      const onProgress = (p: { done: number }) => progress.push(p.done);
      const remote = await runReplications(job, { replications: 6, executor, onResult, onProgress });
      expect(firstDifference(remote.results, local.results)).toBeNull();
    } finally {
      await executor.close();
    }
    expect(order).toEqual([0, 1, 2, 3, 4, 5]);
    expect(progress.at(-1)).toBe(6);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
    expect(stats).toMatchObject({ batches: 3, batchSize: 2, duplicates: 0, resumes: 0 });
    // The run's keys are gone once it ends.
    expect(await redis.client.keys('wardsim:run:*')).toEqual([]);
  });

  it('the HTTP API with --redis stores the same result as without', async () => {
    const request = { kind: 'run', scenarioId: 'sapporo-kita-peak', replications: 3, parts: ['visitors'] };
    const local = await freshApp();
    let server: RunningServer | undefined;
    try {
      const dataDir = mkdtempSync(join(tmpdir(), 'wardsim-api-'));
      server = await startServer({ port: 0, host: '127.0.0.1', dataDir, redisUrl: redis.url });
      const results = await Promise.all(
        [local, server.app].map(async (app) => {
          const submitted = await app.inject({ method: 'POST', url: '/api/runs', payload: request });
          const { id } = submitted.json() as { id: string };
          await app.ctx.queue.whenIdle();
          const status = (await app.inject({ method: 'GET', url: `/api/runs/${id}` })).json() as { status: string };
          expect(status.status, JSON.stringify(status)).toBe('done');
          return (await app.inject({ method: 'GET', url: `/api/runs/${id}/result` })).json() as unknown;
        }),
      );
      expect(firstDifference(withoutRunFacts(results[1]), withoutRunFacts(results[0]))).toBeNull();
    } finally {
      await local.close();
      await server?.close();
    }
  });
});
