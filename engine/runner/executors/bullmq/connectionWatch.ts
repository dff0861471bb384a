/**
 * Watches a client's connection during a run: an outage longer than `timeoutMs` calls `onLost`
 * (the run then fails with a clear error rather than hanging), and a reconnect calls
 * `onBack` (the run then checks whether Redis kept its state).
 */
import type { Redis } from 'ioredis';

export class ConnectionWatch {
  private timer: NodeJS.Timeout | undefined;
  private readonly down = () => {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => this.onLost(), this.timeoutMs);
  };
  private readonly up = () => {
    if (this.timer === undefined) return;
    clearTimeout(this.timer);
    this.timer = undefined;
    this.onBack();
  };

  constructor(
    private readonly clients: readonly Redis[],
    private readonly timeoutMs: number,
    private readonly onLost: () => void,
    private readonly onBack: () => void,
  ) {
    for (const c of clients) {
      c.on('close', this.down);
      c.on('ready', this.up);
    }
  }

  stop(): void {
    clearTimeout(this.timer);
    for (const c of this.clients) {
      c.off('close', this.down);
      c.off('ready', this.up);
    }
  }
}
