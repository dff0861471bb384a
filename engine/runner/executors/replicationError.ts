/** A replication threw (or its worker died): the run fails with this, naming the index. */
export class ReplicationError extends Error {
  constructor(
    readonly replication: number,
    cause: unknown,
  ) {
    super(`replication ${replication} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'ReplicationError';
  }
}
