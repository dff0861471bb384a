/**
 * Replications on BullMQ against the local thread pool, on this machine: a real redis-server on a
 * loopback port and 2 `wardsim worker` processes (1 sandbox each) against 2 worker threads, the
 * same replications, alternated round by round so both see the same load. Reports per-core
 * efficiency (local ÷ distributed wall time, median of the rounds), replications per second per
 * core, and per replication: Redis commands, bytes in and out, Redis CPU, result size; and the
 * cost of one batch. The figures feed the capacity model of docs/distributed.md.
 *
 * Two workloads: a ward-day (the Kita peak day, visitors: ~10 ms) and a ward study replication
 * (the same day and the office's working year: the unit a city study repeats per ward and option).
 * Run: npx tsx benchmarks/distributed.ts [rounds=7]   (or node dist/benchmarks/distributed.js)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { serialize } from 'node:v8';
import { Redis } from 'ioredis';
import { BullmqExecutor, withExecutor } from '../engine/runner/executors/index.js';
import type { DistributedRunStats, WorkJob } from '../engine/runner/executors/index.js';
import { runReplications } from '../engine/runner/runReplications.js';
import { sizingDepth } from '../engine/runner/sizing/simulateWorkplace.js';
import { compileScenario } from '../scenarios/compile/compileScenario.js';
import { fileResolver, loadScenario, runScenario } from '../scenarios/study/index.js';
import { median, writeBenchResult } from './benchReport.js';

const fromSource = import.meta.url.endsWith('.ts');
const root = fileURLToPath(new URL(fromSource ? '..' : '../..', import.meta.url));

/** redis-server on a free port in a temporary folder, without persistence. */
async function startRedis(): Promise<{ url: string; client: Redis; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'wardsim-bench-redis-'));
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'];
  const proc = spawn('redis-server', args, { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  const client = new Redis(url, { maxRetriesPerRequest: null, retryStrategy: (n) => (n > 50 ? null : 100) });
  client.on('error', () => undefined); // the server is killed at the end
  await client.ping();
  const stop = () => {
    client.disconnect();
    proc.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  };
  return { url, client, stop };
}

/** `n` workers with one sandbox each, started from the build or (under tsx) from source. */
async function startWorkers(url: string, n: number): Promise<ChildProcess[]> {
  const bin = fromSource ? ['--import', 'tsx', 'bin/wardsim.ts'] : ['dist/bin/wardsim.js'];
  return Promise.all(
    Array.from({ length: n }, () => {
      const args = [...bin, 'worker', '--redis', url, '--concurrency', '1'];
      const proc = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      return new Promise<ChildProcess>((resolve, reject) => {
        let log = '';
        proc.stderr?.setEncoding('utf8').on('data', (d: string) => {
          log += d;
          if (/serving redis:/.test(log)) resolve(proc);
        });
        proc.once('exit', (code) => reject(new Error(`worker exited (${code}): ${log}`)));
      });
    }),
  );
}

/** The Kita peak day as a study job: visitors only (a ward-day), or with the office's year too. */
async function kitaJob(withOffice: boolean): Promise<WorkJob> {
  const compiled = compileScenario(await loadScenario('sapporo-kita-peak', fileResolver(root), root));
  if (compiled.visitors === undefined || compiled.workplace === undefined) throw new Error('a part is missing');
  const model = compiled.workplace.model;
  const workplace = withOffice ? [{ model, sizingMaxUnits: sizingDepth(model) }] : [];
  return { model: 'study', input: { visitors: [compiled.visitors.input], workplace }, seed: 'bench-distributed' };
}

interface RedisCounters {
  commands: number;
  inBytes: number;
  outBytes: number;
  cpuSec: number;
}

async function redisCounters(client: Redis): Promise<RedisCounters> {
  const info = await client.info();
  const n = (key: string) => Number(new RegExp(`^${key}:([\\d.]+)`, 'm').exec(info)?.[1] ?? NaN);
  return {
    commands: n('total_commands_processed'),
    inBytes: n('total_net_input_bytes'),
    outBytes: n('total_net_output_bytes'),
    cpuSec: n('used_cpu_user') + n('used_cpu_sys'),
  };
}

/** CPU seconds (user + system) of `pids` and all their descendants, from /proc (Linux; ticks of 1/100 s). */
function processTreeCpuSec(pids: readonly number[]): number {
  const parent = new Map<number, number>();
  const ticks = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(f[1]));
      ticks.set(Number(name), Number(f[11]) + Number(f[12]));
    } catch {
      // the process ended while we looked
    }
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = parent.get(p)) {
      if (pids.includes(p)) return true;
    }
    return false;
  };
  let sum = 0;
  for (const [pid, t] of ticks) if (inTree(pid)) sum += t;
  return sum / 100;
}

const cpuSec = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * One workload: local pool against the workers, alternated round by round. Wall-time efficiency
 * is the median of the per-round ratios local ÷ distributed; CPU efficiency divides the CPU the
 * local run used (this process, its threads) by what the distributed run used (this process as
 * coordinator, the worker processes with their sandboxes, redis-server) — the figure that still
 * means something when other work shares the machine.
 */
async function compare(job: WorkJob, replications: number, rounds: number, url: string, redis: Redis, pids: number[]) {
  let stats: DistributedRunStats | undefined;
  const executor = new BullmqExecutor({ url, onRun: (s) => (stats = s) });
  const local = (n: number, workers: number) => runReplications(job, { replications: n, workers, keepResults: false });
  const remote = (n: number) => runReplications(job, { replications: n, executor, keepResults: false });
  // Warm-up: threads started and JIT-warm, sandboxes forked and warm.
  await local(Math.max(8, replications / 4), 2);
  await remote(Math.max(8, replications / 4));
  const localMs: number[] = [];
  const remoteMs: number[] = [];
  const ratios: number[] = [];
  const cpuRatios: number[] = [];
  const oneCoreMs: number[] = [];
  let perReplication: Record<string, number> = {};
  for (let r = 0; r < rounds; r++) {
    let cpuLocal = 0;
    const runLocal = async () => {
      const cpu0 = cpuSec();
      localMs.push((await local(replications, 2)).wallMs);
      cpuLocal = cpuSec() - cpu0;
    };
    if (r % 2 === 1) await runLocal(); // alternate the order, so a drift in the load favours neither
    const before = await redisCounters(redis);
    const cpu1 = cpuSec();
    const workers1 = processTreeCpuSec(pids);
    remoteMs.push((await remote(replications)).wallMs);
    const cpuRemote = cpuSec() - cpu1 + processTreeCpuSec(pids) - workers1;
    const after = await redisCounters(redis);
    if (r % 2 === 0) await runLocal();
    ratios.push((localMs.at(-1) as number) / (remoteMs.at(-1) as number));
    cpuRatios.push(cpuLocal / (cpuRemote + after.cpuSec - before.cpuSec));
    if (r === 0) {
      perReplication = {
        redisCommands: round((after.commands - before.commands) / replications),
        redisBytesIn: Math.round((after.inBytes - before.inBytes) / replications),
        redisBytesOut: Math.round((after.outBytes - before.outBytes) / replications),
        redisCpuMs: round((1000 * (after.cpuSec - before.cpuSec)) / replications, 3),
      };
    }
    const n = Math.ceil(replications / 8);
    oneCoreMs.push((await local(n, 1)).wallMs / n);
  }
  await executor.close();
  const sample = await runReplications(job, { replications: 2, workers: 0 });
  return {
    replications,
    localPoolMs: localMs.map((x) => Math.round(x)),
    distributedMs: remoteMs.map((x) => Math.round(x)),
    perCoreEfficiency: round(median(ratios), 3),
    perCoreEfficiencyByRound: ratios.map((x) => round(x, 3)),
    cpuEfficiency: round(median(cpuRatios), 3),
    cpuEfficiencyByRound: cpuRatios.map((x) => round(x, 3)),
    msPerReplicationOneCore: round(median(oneCoreMs)),
    replicationsPerSecondPerCore: round(1000 / median(oneCoreMs), 2),
    replicationsPerSecondDistributed: round((1000 * replications) / median(remoteMs), 2),
    slots: stats?.slots,
    batchesPerRun: stats?.batches,
    largestBatch: stats?.batchSize,
    perReplication: { ...perReplication, resultBytes: median(sample.results.map((x) => serialize(x).length)) },
    jobBytes: serialize(job).length,
  };
}

export async function benchDistributed(rounds = 7): Promise<Record<string, unknown>> {
  const loadBefore = loadavg();
  const redis = await startRedis();
  const workers = await startWorkers(redis.url, 2);
  try {
    const pids = workers.map((w) => w.pid as number);
    const wardDay = await compare(await kitaJob(false), 240, rounds, redis.url, redis.client, pids);
    const wardStudy = await compare(await kitaJob(true), 32, rounds, redis.url, redis.client, pids);

    // The cost of a batch: tiny replications, one per batch against 32 per batch.
    const tiny: WorkJob = {
      model: 'network',
      input: {
        horizonMin: 1,
        sources: [],
        stations: [{ id: 's', servers: 1, serviceMin: { dist: 'deterministic', value: 1 } }],
      },
      seed: 1,
    };
    const tinyRun = async (batchSize: number) => {
      const e = new BullmqExecutor({ url: redis.url, batchSize });
      try {
        await runReplications(tiny, { replications: 32, executor: e });
        return (await runReplications(tiny, { replications: 256, executor: e })).wallMs;
      } finally {
        await e.close();
      }
    };
    const msBatchesOf1 = await tinyRun(1);
    const msBatchesOf32 = await tinyRun(32);

    // The coordinator's share in a real study: receiving, decoding and accumulating each result —
    // the CPU of a 48-replication run less that of an 8-replication one (which pays the compile).
    const scenario = await loadScenario('sapporo-kita-peak', fileResolver(root), root);
    const study = new BullmqExecutor({ url: redis.url });
    let coordinatorMsPerReplication: number;
    try {
      const cpuOf = async (replications: number) => {
        const cpu0 = cpuSec();
        await withExecutor(study, () => runScenario(scenario, { replications }));
        return cpuSec() - cpu0;
      };
      await cpuOf(8);
      const few = await cpuOf(8);
      coordinatorMsPerReplication = round((((await cpuOf(48)) - few) * 1000) / 40, 2);
    } finally {
      await study.close();
    }
    return {
      machine: '2 workers (1 sandbox each) against 2 worker threads, one machine; Redis on loopback',
      rounds,
      wardDay: { workload: 'sapporo-kita-peak visitors: one replication = one simulated ward-day', ...wardDay },
      wardStudy: { workload: 'sapporo-kita-peak, visitors + workplace year: one ward study replication', ...wardStudy },
      tinyReplications: {
        msPerBatchOf1: round(msBatchesOf1 / 256, 2),
        msPerReplicationInBatchesOf32: round(msBatchesOf32 / 256, 2),
      },
      coordinatorCpuMsPerReplication: {
        workload: 'wardsim run sapporo-kita-peak (both parts): CPU of 48 replications less that of 8, per replication',
        ms: coordinatorMsPerReplication,
      },
      loadAverageBefore: loadBefore.map((x) => round(x, 2)),
      loadAverageAfter: loadavg().map((x) => round(x, 2)),
    };
  } finally {
    for (const w of workers) w.kill('SIGKILL');
    redis.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rounds = Number(process.argv[2]);
  const result = await benchDistributed(rounds || undefined);
  writeBenchResult('distributed', result);
  console.log(JSON.stringify(result)); // one line: runAll reads the last line
}
