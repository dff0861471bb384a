/**
 * A pool of worker threads, each holding one replication job, driven through comlink.
 * A worker that crashes or exits rejects its pending call (comlink alone would wait forever),
 * so a failing replication can never hang the pool.
 */
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import type { ReplicationJob } from './modelRegistry.js';
import type { ReplicationWorkerApi } from './replicationWorker.js';

/** Runs replications by index; `close()` ends the thread. */
export interface ReplicationExecutor {
  run(replication: number): Promise<unknown>;
  close(): Promise<void>;
}

// Under vitest or tsx the runner runs from TypeScript source: the worker then registers tsx's
// loader before importing the TypeScript entry (built code loads the .js entry directly).
const fromSource = import.meta.url.endsWith('.ts');
const workerUrl = new URL(fromSource ? './replicationWorker.ts' : './replicationWorker.js', import.meta.url);

function startWorker(): Worker {
  if (!fromSource) return new Worker(workerUrl);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(workerUrl.href)}); })`;
  return new Worker(boot, { eval: true });
}

/** One worker thread running replications of `job`. */
export class ThreadExecutor implements ReplicationExecutor {
  private readonly worker: Worker;
  private readonly api: Remote<ReplicationWorkerApi>;
  private readonly died: Promise<never>;
  private closing = false;
  private ready: Promise<void>;

  constructor(job: ReplicationJob) {
    this.worker = startWorker();
    this.api = wrap<ReplicationWorkerApi>(nodeEndpoint(this.worker));
    this.died = new Promise<never>((_, reject) => {
      this.worker.once('error', (err: Error) => reject(new Error(`worker thread crashed: ${err.message}`)));
      this.worker.once('exit', (code: number) => {
        if (!this.closing) reject(new Error(`worker thread exited unexpectedly (code ${code})`));
      });
    });
    this.died.catch(() => undefined); // observed through run(); never an unhandled rejection
    this.ready = Promise.race([this.api.init(job), this.died]);
  }

  async run(replication: number): Promise<unknown> {
    await this.ready;
    return Promise.race([this.api.run(replication), this.died]);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.worker.terminate();
  }
}

/** Runs replications in the calling thread (workers = 0), yielding between them. */
export class InlineExecutor implements ReplicationExecutor {
  constructor(private readonly runOne: (replication: number) => unknown) {}

  async run(replication: number): Promise<unknown> {
    // Yield first so progress callbacks and cancellation get a turn between replications.
    await new Promise<void>((resolve) => setImmediate(resolve));
    return this.runOne(replication);
  }

  async close(): Promise<void> {}
}
