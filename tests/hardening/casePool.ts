/**
 * A few worker threads that run cases (caseWorker.ts) with a time limit and a memory cap each: a
 * case that hangs or exhausts its heap kills only its thread, which is replaced, and is reported
 * as a hang or a crash instead of stopping the test run.
 */
import { Worker } from 'node:worker_threads';
import type { CaseOutcome, CaseRequest, CaseResult } from './caseTypes.js';

const WORKER_URL = new URL('./caseWorker.ts', import.meta.url);

/** Heap per case thread: far above what a rejected input needs, far below the machine's memory. */
const HEAP_MB = 1536;

function startWorker(): Worker {
  // The tests run from TypeScript: the thread registers tsx's loader before importing the entry.
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL.href)}); })`;
  return new Worker(boot, { eval: true, resourceLimits: { maxOldGenerationSizeMb: HEAP_MB } });
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

export class CasePool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(
    size: number,
    readonly timeoutMs: number,
  ) {
    for (let i = 0; i < size; i++) this.slots.push({ worker: startWorker(), busy: false });
  }

  async run(request: CaseRequest): Promise<CaseResult> {
    const slot = await this.acquire();
    try {
      return await this.runOn(slot, request);
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((s) => !s.busy);
      if (free) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private runOn(slot: Slot, request: CaseRequest): Promise<CaseResult> {
    return new Promise<CaseResult>((resolve) => {
      const worker = slot.worker;
      const done = (result: CaseResult, replace: boolean) => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        if (replace) {
          void worker.terminate();
          slot.worker = startWorker();
        }
        resolve(result);
      };
      const onMessage = (outcome: CaseOutcome) => done(outcome, false);
      const onError = (err: Error) => done({ failure: 'crash', detail: err.message }, true);
      const onExit = (code: number) => done({ failure: 'crash', detail: `the thread exited (${code})` }, true);
      const timer = setTimeout(
        () => done({ failure: 'hang', detail: `no answer after ${this.timeoutMs} ms` }, true),
        this.timeoutMs,
      );
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
