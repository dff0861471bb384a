/**
 * Runs replications of a job across worker threads and returns their results in index order.
 *
 * Determinism: replication i always uses the streams of (seed, i), and results are merged in
 * index order, so the numbers are bit-identical for any worker count. The sequential stopping
 * rule is evaluated on each complete prefix 0..n−1 in turn, never on whichever replications
 * happened to finish first; results computed past the stopping point are discarded.
 */
import { availableParallelism } from 'node:os';
import { ciHalfWidth } from './summarize.js';
import { runJobReplication, type ReplicationJob } from './modelRegistry.js';
import { valueAtPath } from './aggregateResults.js';
import { InlineExecutor, sharedThreadPool, ThreadPool, type ReplicationExecutor, type ThreadExecutor } from './workerPool.js';

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
}

export interface RunOutcome<R> {
  results: R[];
  replications: number;
  stoppedBy: 'count' | 'precision' | 'maxReplications';
  workers: number;
  wallMs: number;
}

/** A replication threw (or its worker died): the run fails with this, naming the index. */
export class ReplicationError extends Error {
  constructor(
    readonly replication: number,
    cause: unknown,
  ) {
    super(`replication ${replication} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ReplicationError';
  }
}

/** Hard limit on replications per run (explicit: more is a mistake, not a study). */
export const MAX_REPLICATIONS = 100_000;

export async function runReplications<R = unknown>(job: ReplicationJob, options: RunOptions<R> = {}): Promise<RunOutcome<R>> {
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
  const measure = stopping?.measure ?? ((r: R) => (stopping as StoppingRule<R>).metrics.map((path) => valueAtPath(r, path)));

  const accept = (index: number, result: R): void => {
    results[index] = result;
    while (contiguous < limit && results[contiguous] !== undefined) {
      const i = contiguous++;
      const r = results[i] as R;
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

  const pool = options.threadPool === undefined ? sharedThreadPool : (options.threadPool ?? new ThreadPool());
  const threads: ThreadExecutor[] = workerCount === 0 ? [] : pool.acquire(workerCount);
  const executors: ReplicationExecutor[] = workerCount === 0 ? [new InlineExecutor(runJobReplication)] : threads;
  let healthy = false;

  let abortListener: (() => void) | undefined;
  const aborted = new Promise<never>((_, reject) => {
    abortListener = () => reject(options.signal?.reason ?? new Error('run cancelled'));
    options.signal?.addEventListener('abort', abortListener, { once: true });
  });
  aborted.catch(() => undefined);

  const drive = async (executor: ReplicationExecutor): Promise<void> => {
    await executor.setJob(job);
    while (nextIndex < limit) {
      const index = nextIndex++;
      let result: unknown;
      try {
        result = await withTimeout(executor.run(index), options.replicationTimeoutMs, index);
      } catch (err) {
        throw err instanceof ReplicationError ? err : new ReplicationError(index, err);
      }
      accept(index, result as R);
    }
  };

  try {
    await Promise.race([Promise.all(executors.map(drive)), aborted]);
    healthy = true;
  } finally {
    limit = 0; // any loop still running takes no more work
    if (abortListener) options.signal?.removeEventListener('abort', abortListener);
    // Threads that may still be busy (failure, timeout, cancellation) are terminated, never reused.
    await pool.release(threads, healthy);
    if (options.threadPool === null) await pool.clear();
  }

  const n = stoppedBy === 'precision' ? contiguous : maxReps;
  return {
    results: keep ? (results.slice(0, n) as R[]) : [],
    replications: n,
    stoppedBy,
    workers: workerCount,
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

function withTimeout<T>(promise: Promise<T>, ms: number | undefined, index: number): Promise<T> {
  if (ms === undefined) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReplicationError(index, new Error(`no result after ${ms} ms`))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
