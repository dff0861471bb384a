/**
 * Every Redis name wardsim uses, in one place. BullMQ's queues live under the `wardsim` prefix
 * (`wardsim:batches:*`, `wardsim:runs:*`); a run's own keys are `wardsim:run:<id>:*`, deleted
 * when the run ends; each live worker keeps `wardsim:worker:<id>` (expiring) to say it is there.
 */
export const PREFIX = 'wardsim';

/** Batches of replications: the children of a run's flow, processed in sandboxes. */
export const BATCH_QUEUE = 'batches';
/** Run parents: moved here by BullMQ once every batch is done; a worker then drops them. */
export const RUN_QUEUE = 'runs';

/** The run's job (serialised once; every batch of the run refers to it). */
export const runJobKey = (runId: string): string => `${PREFIX}:run:${runId}:job`;
/** The run's results: a stream of (replication index, worker, result) entries. */
export const runResultsKey = (runId: string): string => `${PREFIX}:run:${runId}:results`;
export const workerKey = (workerId: string): string => `${PREFIX}:worker:${workerId}`;
export const WORKER_KEY_PATTERN = `${PREFIX}:worker:*`;
