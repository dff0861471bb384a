/**
 * Follows one run through its server-sent events (`progress`, then `done`, `failed` or
 * `cancelled`): the status the views show, progress samples for the ETA, and listeners to tell.
 * The stream is closed at the last event — EventSource would otherwise reconnect for ever.
 */
import { api, eventsUrl } from './apiClient.js';
import type { ProgressEvent, RunState, RunStatus } from './apiTypes.js';
import { browser, type EventSourceLike, type MessageEventLike } from './dom.js';
import { etaMs, type ProgressSample } from './eta.js';

export interface WatchState {
  status: RunState;
  progress: number;
  /** Replications done and the current target, when the server says. */
  done: number | null;
  target: number | null;
  etaMs: number | null;
  error: unknown;
}

const FINAL = new Set<RunState>(['done', 'failed', 'cancelled']);

export class RunWatch {
  readonly state: WatchState;
  private readonly samples: ProgressSample[] = [];
  private readonly listeners = new Set<(s: WatchState) => void>();
  private source: EventSourceLike | null = null;

  constructor(
    readonly runId: string,
    initial?: Partial<RunStatus>,
  ) {
    this.state = {
      status: initial?.status ?? 'queued',
      progress: initial?.progress ?? 0,
      done: null,
      target: null,
      etaMs: null,
      error: initial?.error ?? null,
    };
    if (!FINAL.has(this.state.status)) this.open();
  }

  get finished(): boolean {
    return FINAL.has(this.state.status);
  }

  /** Calls `f` now and at every change; returns the unsubscribe. */
  subscribe(f: (s: WatchState) => void): () => void {
    this.listeners.add(f);
    f(this.state);
    return () => this.listeners.delete(f);
  }

  cancel(): Promise<unknown> {
    return api.cancelRun(this.runId);
  }

  private open(): void {
    const src = new (browser().EventSource)(eventsUrl(this.runId));
    this.source = src;
    const json = (e: MessageEventLike): Record<string, unknown> => {
      try {
        const v = JSON.parse(e.data) as unknown;
        return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
      } catch {
        return {};
      }
    };
    src.addEventListener('queued', () => this.update({ status: 'queued' }));
    src.addEventListener('started', () => this.update({ status: 'running' }));
    src.addEventListener('interrupted', () => this.update({ status: 'interrupted' }));
    src.addEventListener('progress', (e) => {
      const d = json(e) as ProgressEvent;
      const progress = typeof d.progress === 'number' ? d.progress : this.state.progress;
      this.samples.push({ atMs: Date.now(), progress });
      this.update({
        status: 'running',
        progress,
        done: d.done ?? null,
        target: d.target ?? null,
        etaMs: etaMs(this.samples),
      });
    });
    src.addEventListener('done', () => this.end({ status: 'done', progress: 1, etaMs: 0 }));
    src.addEventListener('failed', (e) => this.end({ status: 'failed', error: json(e).error ?? null }));
    src.addEventListener('cancelled', () => this.end({ status: 'cancelled' }));
    // A dropped stream reconnects by itself (Last-Event-ID); if the run ended meanwhile, ask once.
    src.onerror = () => {
      void api.run(this.runId).then(
        (s) => {
          if (FINAL.has(s.status)) this.end({ status: s.status, progress: s.progress, error: s.error ?? null });
        },
        () => undefined,
      );
    };
  }

  private end(patch: Partial<WatchState>): void {
    if (this.finished) return;
    this.source?.close();
    this.source = null;
    this.update(patch);
  }

  private update(patch: Partial<WatchState>): void {
    if (this.finished && patch.status !== undefined && !FINAL.has(patch.status)) return; // late events after the end
    Object.assign(this.state, patch);
    for (const f of this.listeners) f(this.state);
  }
}
