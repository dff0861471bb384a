/**
 * Worker-thread entry: holds one job and runs replications of it on request (via comlink).
 * A replication is a pure function of (job, index), so any worker can run any index.
 */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { runJobReplication, type ReplicationJob } from './modelRegistry.js';

let job: ReplicationJob | null = null;

const api = {
  init(next: ReplicationJob): void {
    job = next;
  },
  run(replication: number): unknown {
    if (job === null) throw new Error('worker has no job (init was not called)');
    return runJobReplication(job, replication);
  },
};

export type ReplicationWorkerApi = typeof api;

if (parentPort === null) throw new Error('replicationWorker must run in a worker thread');
expose(api, nodeEndpoint(parentPort));
