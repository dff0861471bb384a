/**
 * Runs replications of a job on an executor — worker threads here (the default), or BullMQ
 * queues on Redis (executors/bullmq) — and returns their results in index order.
 *
 * Determinism: replication i always uses the streams of (seed, i), and results are merged in
 * index order, so the numbers are bit-identical for any worker count. The sequential stopping
 * rule is evaluated on each complete prefix 0..n−1 in turn, never on whichever replications
 * happened to finish first; results computed past the stopping point are discarded.
 */
import { availableParallelism } from 'node:os';
import { ciHalfWidth } from './summarize.js';
import { valueAtPath } from './aggregateResults.js';
import type { WorkBudget } from './workBudget.js';
import { currentExecutor } from './executors/ambientExecutor.js';
import type { WorkJob } from './executors/jobKinds.js';
import { ThreadPoolExecutor } from './executors/local/threadPoolExecutor.js';
import type { ThreadPool } from './executors/local/threadPool.js';
import type { ReplicationExecutor, ReplicationWork } from './executors/replicationExecutor.js';

export { ReplicationError } from './executors/replicationError.js';

/** Stop once every metric's 95% CI half-width is within `relativeHalfWidth` of its mean. */
export interface StoppingRule<R = unknown> {
  relativeHalfWidth: number;
  /** Names of the metrics; without `measure`, dotted paths into a result (`stations.counter.waitMin`). */
  metrics: string[];
  /** The metrics of one result, in the order of `metrics` (default: the values at those paths). */
  measure?: (result: R) => readonly number[];
  minReplications: number;
  maxReplications: number;
}

export interface RunOptions<R = unknown> {
  /** Fixed number of replications (used when no stopping rule is given). */
  replications?: number;
  stopping?: StoppingRule<R>;
  /**
   * Called once per replication that counts, in index order (0, 1, 2 …), as soon as every
   * earlier one has arrived: streaming summaries see the same order for any worker count.
   */
  onResult?: (index: number, result: R) => void;
  /** Keep the results for the outcome (default true); false keeps memory flat in the replications. */
  keepResults?: boolean;
  /** Worker threads; 0 runs in the calling thread. Default: min(cores, replications). */
  workers?: number;
  onProgress?: (progress: { done: number; target: number }) => void;
  signal?: AbortSignal;
  /** A replication taking longer than this fails the run instead of hanging it. */
  replicationTimeoutMs?: number;
  /**
   * Where worker threads come from and go back to (default: the shared pool, so consecutive
   * runs reuse warm threads); null starts fresh threads and terminates them after the run.
   */
  threadPool?: ThreadPool | null;
  /**
   * Where the replications run (default: the one set by withExecutor, else the thread pool).
   * Results are merged by index, so every executor gives the same numbers.
   */
  executor?: ReplicationExecutor;
  /**
   * The command's work budget: each replication accepted (in index order) spends the events
   * `eventsOf` counts in it, and the run stops with WSM_WORK_BUDGET once past the budget.
   */
  workBudget?: { budget: WorkBudget; eventsOf: (result: R) => number };
}

export interface RunOutcome<R> {
  results: R[];
  replications: number;
  stoppedBy: 'count' | 'precision' | 'maxReplications';
  workers: number;
  wallMs: number;
}

/** Hard limit on replications per run (explicit: more is a mistake, not a study). */
export const MAX_REPLICATIONS = 100_000;

export async function runReplications<R = unknown>(job: WorkJob, options: RunOptions<R> = {}): Promise<RunOutcome<R>> {
  const started = performance.now();
  const stopping = options.stopping;
  const maxReps = stopping ? stopping.maxReplications : (options.replications ?? 10);
  if (!Number.isInteger(maxReps) || maxReps < 1 || maxReps > MAX_REPLICATIONS) {
    throw new RangeError(`replications: expected an integer from 1 to ${MAX_REPLICATIONS}, got ${maxReps}`);
  }
  const workerCount = Math.max(0, Math.min(options.workers ?? availableParallelism(), maxReps));
  options.signal?.throwIfAborted();

  const results: (R | undefined)[] = new Array(maxReps);
  let nextIndex = 0;
  let limit = maxReps;
  let contiguous = 0;
  let stoppedBy = (stopping ? 'maxReplications' : 'count') as RunOutcome<R>['stoppedBy'];
  const prefix = stopping ? stopping.metrics.map(() => ({ n: 0, mean: 0, m2: 0 })) : [];
  const keep = options.keepResults ?? true;
  const measure =
    stopping?.measure ?? ((r: R) => (stopping as StoppingRule<R>).metrics.map((path) => valueAtPath(r, path)));

  const accept = (index: number, result: R): void => {
    if (index >= limit || results[index] !== undefined) return; // a redelivered replication counts once
    results[index] = result;
    while (contiguous < limit && results[contiguous] !== undefined) {
      const i = contiguous++;
      const r = results[i] as R;
      options.workBudget?.budget.spend(options.workBudget.eventsOf(r), i + 1);
      options.onResult?.(i, r);
      if (!keep) results[i] = null as R; // consumed: frees the result, keeps the slot filled
      if (stopping) {
        const values = measure(r);
        prefix.forEach((acc, k) => addTo(acc, values[k]));
        if (contiguous >= stopping.minReplications && prefix.every((p) => precise(p, stopping.relativeHalfWidth))) {
          limit = contiguous;
          stoppedBy = 'precision';
        }
      }
    }
    // With a stopping rule the target is the maximum until precision is reached.
    options.onProgress?.({ done: contiguous, target: limit });
  };

  const work: ReplicationWork = {
    job,
    workers: workerCount,
    replicationTimeoutMs: options.replicationTimeoutMs,
    signal: options.signal,
    get limit() {
      return limit;
    },
    claim: () => (nextIndex < limit ? nextIndex++ : null),
    accept: (index, result) => accept(index, result as R),
    get complete() {
      return contiguous >= limit;
    },
  };
  const executor = options.executor ?? currentExecutor() ?? new ThreadPoolExecutor(options.threadPool);
  let report: { workers: number };
  try {
    report = await executor.execute(work);
  } finally {
    limit = 0; // an executor still running takes no more work
  }

  const n = stoppedBy === 'precision' ? contiguous : maxReps;
  return {
    results: keep ? (results.slice(0, n) as R[]) : [],
    replications: n,
    stoppedBy,
    workers: report.workers,
    wallMs: performance.now() - started,
  };
}

function addTo(acc: { n: number; mean: number; m2: number }, x: number): void {
  if (!Number.isFinite(x)) return;
  acc.n++;
  const d = x - acc.mean;
  acc.mean += d / acc.n;
  acc.m2 += d * (x - acc.mean);
}

function precise(acc: { n: number; mean: number; m2: number }, relative: number): boolean {
  if (acc.n < 2) return false;
  const sd = Math.sqrt(acc.m2 / (acc.n - 1));
  if (sd === 0) return true;
  return ciHalfWidth(sd, acc.n) <= relative * Math.abs(acc.mean);
}
