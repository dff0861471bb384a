/**
 * Run events: each is stored in the run's event log (so a client that reconnects with
 * Last-Event-ID, even after a restart, gets what it missed) and handed to live listeners.
 */
import { EventEmitter } from 'node:events';
import type { RunEvent, RunStore } from '../store/runStore.js';

export class RunHub {
  private readonly emitter = new EventEmitter();

  constructor(private readonly store: RunStore) {
    this.emitter.setMaxListeners(0);
  }

  publish(runId: string, type: string, data: unknown): RunEvent {
    const event = this.store.addEvent(runId, type, data);
    this.emitter.emit(runId, event);
    return event;
  }

  subscribe(runId: string, listener: (e: RunEvent) => void): () => void {
    this.emitter.on(runId, listener);
    return () => this.emitter.off(runId, listener);
  }
}
