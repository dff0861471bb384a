/**
 * The default executor: replications on worker threads of this process (or in the calling
 * thread with workers = 0). Each slot takes the next index as soon as it is free; a replication
 * that throws or outlives its time limit fails the run, and threads that may still be busy are
 * terminated, never reused.
 */
import { channel } from 'node:diagnostics_channel';
import { ReplicationError } from '../replicationError.js';
import type { ExecutionReport, ReplicationExecutor, ReplicationWork } from '../replicationExecutor.js';
import { InlineExecutor, sharedThreadPool, ThreadPool } from './threadPool.js';
import type { ReplicationSlot, ThreadExecutor } from './threadPool.js';

/**
 * Published as each replication is handed to its slot ({ index }), for tools that time a run from
 * outside (benchmarks/firstReplicationProbe.ts). Publishing without subscribers costs nothing.
 */
export const replicationStartChannel = channel('wardsim:replication-start');

export class ThreadPoolExecutor implements ReplicationExecutor {
  /**
   * @param pool where threads come from and go back to (default: the shared pool); null starts
   * fresh threads and terminates them after the run.
   */
  constructor(private readonly pool: ThreadPool | null = sharedThreadPool) {}

  async execute(work: ReplicationWork): Promise<ExecutionReport> {
    const pool = this.pool ?? new ThreadPool();
    const threads: ThreadExecutor[] = work.workers === 0 ? [] : pool.acquire(work.workers);
    const slots: ReplicationSlot[] = work.workers === 0 ? [new InlineExecutor()] : threads;
    let healthy = false;
    let stopped = false;

    let abortListener: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      abortListener = () => reject(work.signal?.reason ?? new Error('run cancelled'));
      work.signal?.addEventListener('abort', abortListener, { once: true });
    });
    aborted.catch(() => undefined);

    const drive = async (slot: ReplicationSlot): Promise<void> => {
      await slot.setJob(work.job);
      for (let index = work.claim(); index !== null && !stopped; index = work.claim()) {
        let result: unknown;
        try {
          if (replicationStartChannel.hasSubscribers) replicationStartChannel.publish({ index });
          result = await withTimeout(slot.run(index), work.replicationTimeoutMs, index);
        } catch (err) {
          throw err instanceof ReplicationError ? err : new ReplicationError(index, err);
        }
        work.accept(index, result);
      }
    };

    try {
      await Promise.race([Promise.all(slots.map(drive)), aborted]);
      healthy = true;
    } finally {
      stopped = true; // any loop still running takes no more work
      if (abortListener) work.signal?.removeEventListener('abort', abortListener);
      await pool.release(threads, healthy);
      if (this.pool === null) await pool.clear();
    }
    return { workers: work.workers };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number | undefined, index: number): Promise<T> {
  if (ms === undefined) return promise;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReplicationError(index, new Error(`no result after ${ms} ms`))), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
