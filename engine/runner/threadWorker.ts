/**
 * A worker thread driven through comlink, for any worker entry module of the runner.
 * A thread that crashes or exits rejects every pending call (comlink alone would wait forever),
 * and an idle thread can be unref'd so that it never keeps the process alive.
 */
import { wrap, type Remote } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { Worker } from 'node:worker_threads';
import { FailureLatch } from './failureLatch.js';

/**
 * The URL of a worker entry next to `moduleUrl` (the caller's import.meta.url). Under vitest or
 * tsx the runner runs from TypeScript source: the worker then registers tsx's loader before
 * importing the .ts entry; built code (dist/) loads the .js entry directly.
 */
function startThread(moduleUrl: string, entryName: string): Worker {
  const fromSource = moduleUrl.endsWith('.ts');
  const url = new URL(`./${entryName}${fromSource ? '.ts' : '.js'}`, moduleUrl);
  if (!fromSource) return new Worker(url);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

export class ThreadWorker<Api> {
  readonly api: Remote<Api>;
  private readonly worker: Worker;
  /** Rejects the calls in flight, and any later call, once the thread crashed or exited unexpectedly. */
  private readonly death = new FailureLatch();
  private closing = false;
  /** False once the thread crashed or exited; such a worker must not be reused. */
  alive = true;

  /** Starts the entry module `entryName` (without extension) that sits next to `moduleUrl`. */
  constructor(moduleUrl: string, entryName: string) {
    this.worker = startThread(moduleUrl, entryName);
    this.api = wrap<Api>(nodeEndpoint(this.worker));
    this.worker.once('error', (err: Error) => {
      this.alive = false;
      this.death.fail(new Error(`worker thread crashed: ${err.message}`));
    });
    this.worker.once('exit', (code: number) => {
      this.alive = false;
      if (!this.closing) this.death.fail(new Error(`worker thread exited unexpectedly (code ${code})`));
    });
  }

  /** Runs `fn` against the thread's API; rejects if the thread dies first (failureLatch.ts says why not a race). */
  call<T>(fn: (api: Remote<Api>) => Promise<T>): Promise<T> {
    return this.death.guard(fn(this.api));
  }

  /** Lets the process exit while this thread idles (ref() again before handing it work). */
  unref(): void {
    this.worker.unref();
  }

  ref(): void {
    this.worker.ref();
  }

  async close(): Promise<void> {
    this.closing = true;
    this.alive = false;
    await this.worker.terminate();
  }
}
