/**
 * Slots that run replications for the local executor: worker threads (kept warm in a shared pool
 * between runs) or the calling thread.
 *
 * Starting a thread costs ~60–100 ms (Node bootstrap, module loading, then a cold JIT); an
 * optimiser or an API server runs many short batches, so threads that finished a run cleanly
 * go back to `sharedThreadPool` (unref'd, so they never keep the process alive) and the next run
 * reuses them. A thread that failed, timed out or was cancelled is terminated, never reused.
 */
import type { WorkJob } from '../jobKinds.js';
import { ThreadWorker } from '../../threadWorker.js';
import type { ReplicationThreadApi } from './replicationThread.js';

/** Runs replications by index of the job it was given, one at a time. */
export interface ReplicationSlot {
  setJob(job: WorkJob): Promise<void>;
  run(replication: number): Promise<unknown>;
}

/** One worker thread running replications. */
export class ThreadExecutor implements ReplicationSlot {
  readonly thread = new ThreadWorker<ReplicationThreadApi>(import.meta.url, 'replicationThread');

  setJob(job: WorkJob): Promise<void> {
    return this.thread.call((api) => api.init(job));
  }

  run(replication: number): Promise<unknown> {
    return this.thread.call((api) => api.run(replication));
  }
}

/**
 * Runs replications in the calling thread (workers = 0), yielding between them. The models are
 * imported when the first job is set: a process whose replications run on threads never loads
 * them on its own thread.
 */
export class InlineExecutor implements ReplicationSlot {
  private job: WorkJob | null = null;
  private runOne: ((job: WorkJob, replication: number) => unknown) | null = null;

  async setJob(job: WorkJob): Promise<void> {
    this.runOne ??= (await import('../jobKinds.js')).runWorkReplication;
    this.job = job;
  }

  async run(replication: number): Promise<unknown> {
    // Yield first so progress callbacks and cancellation get a turn between replications.
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.job === null || this.runOne === null) throw new Error('no job set');
    return this.runOne(this.job, replication);
  }
}

/** Idle replication threads kept for the next run. */
export class ThreadPool {
  private readonly idle: ThreadExecutor[] = [];

  /** `n` executors: idle ones first, new threads for the rest. */
  acquire(n: number): ThreadExecutor[] {
    const out: ThreadExecutor[] = [];
    while (out.length < n && this.idle.length > 0) {
      const e = this.idle.pop() as ThreadExecutor;
      if (!e.thread.alive) continue;
      e.thread.ref();
      out.push(e);
    }
    while (out.length < n) out.push(new ThreadExecutor());
    return out;
  }

  /** Returns executors after a run: healthy ones idle in the pool, the others are terminated. */
  async release(executors: ThreadExecutor[], healthy: boolean): Promise<void> {
    for (const e of executors) {
      if (healthy && e.thread.alive) {
        e.thread.unref();
        this.idle.push(e);
      } else {
        await e.thread.close();
      }
    }
  }

  /**
   * Starts threads until `n` are idle, so that they boot (about 80 ms: Node, then the engine's
   * modules) on the other cores while the caller still loads and checks its input. They idle
   * unref'd, as threads returned after a run do, and the run's acquire() takes them.
   */
  prestart(n: number): void {
    let alive = this.idle.filter((e) => e.thread.alive).length;
    for (; alive < n; alive++) {
      const e = new ThreadExecutor();
      e.thread.unref();
      this.idle.push(e);
    }
  }

  /** Terminates every idle thread. */
  async clear(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((e) => e.thread.close()));
  }
}

/** The pool that runReplications uses unless told otherwise. */
export const sharedThreadPool = new ThreadPool();
