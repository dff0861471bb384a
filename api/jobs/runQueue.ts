/**
 * The in-process job queue: runs wait in order and at most `concurrency` run at once (each run
 * already spreads its replications over every core). Progress is written to the store and
 * published as events a few times a second; a finished result is stored with its status in one
 * transaction; a cancelled run stops its replications. With an executor (BullMQ when Redis is
 * configured) every run computes its replications there instead of on this machine's threads.
 */
import { withExecutor } from '../../engine/runner/executors/ambientExecutor.js';
import type { ReplicationExecutor } from '../../engine/runner/executors/replicationExecutor.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { runStudyRequest, type StudyRequest, type StudyResult } from '../../scenarios/study/index.js';
import { problemFromError } from '../errors.js';
import type { RunStore } from '../store/runStore.js';
import type { RunHub } from './runHub.js';

/** Progress is written and published at most this often. */
const PROGRESS_EVERY_MS = 250;

export class RunQueue {
  private readonly waiting: string[] = [];
  private readonly running = new Map<string, AbortController>();
  private idle: Promise<void> = Promise.resolve();
  private settle: (() => void) | undefined;
  private executor: ReplicationExecutor | undefined;

  constructor(
    private readonly store: RunStore,
    private readonly hub: RunHub,
    private readonly resolve: (runId: string) => Promise<StudyRequest>,
    private readonly concurrency = 1,
  ) {}

  enqueue(id: string): void {
    if (this.waiting.includes(id) || this.running.has(id)) return;
    this.waiting.push(id);
    if (this.settle === undefined) this.idle = new Promise((r) => (this.settle = r));
    this.pump();
  }

  /** Runs started from now on compute their replications on `executor` (docs/distributed.md). */
  useExecutor(executor: ReplicationExecutor): void {
    this.executor = executor;
  }

  /** Cancels a queued or running run; false when it is neither. */
  cancel(id: string): boolean {
    const at = this.waiting.indexOf(id);
    if (at >= 0) {
      this.waiting.splice(at, 1);
      this.store.setStatus(id, 'cancelled', { finishedAt: new Date().toISOString() });
      this.hub.publish(id, 'cancelled', {});
      this.checkIdle();
      return true;
    }
    const controller = this.running.get(id);
    if (controller === undefined) return false;
    controller.abort(new Error('cancelled'));
    return true;
  }

  /** Resolves when nothing is queued or running (tests, shutdown). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  /** Stops taking runs and cancels the running ones (server shutdown: they will be interrupted). */
  stop(): void {
    this.waiting.length = 0;
    for (const c of this.running.values()) c.abort(new Error('server stopping'));
  }

  private pump(): void {
    while (this.running.size < this.concurrency && this.waiting.length > 0) {
      const id = this.waiting.shift() as string;
      const controller = new AbortController();
      this.running.set(id, controller);
      void this.execute(id, controller).finally(() => {
        this.running.delete(id);
        this.pump();
        this.checkIdle();
      });
    }
  }

  private checkIdle(): void {
    if (this.waiting.length === 0 && this.running.size === 0 && this.settle) {
      this.settle();
      this.settle = undefined;
    }
  }

  private async execute(id: string, controller: AbortController): Promise<void> {
    const started = performance.now();
    this.store.setStatus(id, 'running', { startedAt: new Date().toISOString() });
    this.hub.publish(id, 'started', {});
    let last = 0;
    const onProgress = (done: number, target: number) => {
      const now = performance.now();
      if (now - last < PROGRESS_EVERY_MS && done < target) return;
      last = now;
      const progress = target > 0 ? Math.min(1, done / target) : 0;
      this.store.setProgress(id, progress, null);
      this.hub.publish(id, 'progress', { done, target, progress });
    };
    try {
      const request = await this.resolve(id);
      const study = () => runStudyRequest(request, controller.signal, onProgress);
      const result: StudyResult = await (this.executor ? withExecutor(this.executor, study) : study());
      const wallMs = performance.now() - started;
      this.store.saveResult(id, result.kind, JSON.stringify(result), scenarioHashesOf(result), wallMs);
      this.hub.publish(id, 'done', {
        resultUrl: `/api/runs/${id}/result`,
        kind: result.kind,
        inputHash: result.inputHash,
        engineVersion: ENGINE_VERSION,
      });
    } catch (err) {
      const finishedAt = new Date().toISOString();
      if (controller.signal.aborted) {
        if ((controller.signal.reason as Error | undefined)?.message === 'server stopping') return; // marked interrupted at the next start
        this.store.setStatus(id, 'cancelled', { finishedAt });
        this.hub.publish(id, 'cancelled', {});
        return;
      }
      const problem = problemFromError(err, `/api/runs/${id}`) ?? {
        title: 'the run failed',
        detail: err instanceof Error ? err.message : String(err),
        status: 500,
      };
      this.store.setStatus(id, 'failed', { finishedAt, error: problem });
      this.hub.publish(id, 'failed', { error: problem });
    }
  }
}

/** The scenario hashes a result is about (to find staffing plans for a report). */
function scenarioHashesOf(r: StudyResult): string[] {
  if (r.kind === 'comparison') return r.runs.map((x) => x.scenario.inputHash);
  return [r.scenario.inputHash];
}
