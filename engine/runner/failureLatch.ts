/**
 * "Wait for this promise unless the whole thing fails first", for many waits on one failure.
 *
 * Why not `Promise.race([p, failure])` with one long-lived `failure` promise: every race adds a
 * reaction to `failure` that holds the race's own promise, and with it `p`'s value, until
 * `failure` settles — which for a healthy worker or run is never. A run that raced each
 * replication's result kept every result alive (40 KB each on the 北区 peak day). Here a wait
 * registers its reject only while it is pending.
 */
export class FailureLatch {
  private readonly pending = new Set<(err: unknown) => void>();
  private reason: { err: unknown } | null = null;

  /** True once fail() was called. */
  get failed(): boolean {
    return this.reason !== null;
  }

  /** Rejects every pending and later guard() with `err` (the first failure wins). */
  fail(err: unknown): void {
    if (this.reason !== null) return;
    this.reason = { err };
    for (const reject of this.pending) reject(err);
    this.pending.clear();
  }

  /** `p`'s outcome, or the failure's if it comes first. */
  guard<T>(p: Promise<T>): Promise<T> {
    if (this.reason !== null) {
      p.catch(() => undefined); // abandoned: its rejection is not the caller's concern any more
      return Promise.reject(this.reason.err);
    }
    return new Promise<T>((resolve, reject) => {
      this.pending.add(reject);
      p.then(
        (value) => {
          this.pending.delete(reject);
          resolve(value);
        },
        (err: unknown) => {
          this.pending.delete(reject);
          reject(err);
        },
      );
    });
  }
}
