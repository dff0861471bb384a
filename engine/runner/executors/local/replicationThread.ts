/**
 * Worker-thread entry of the local executor: holds one job and runs replications of it on request
 * (via comlink). A replication is a pure function of (job, index), so any thread can run any index.
 */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import { runWorkReplication, type WorkJob } from '../jobKinds.js';

let job: WorkJob | null = null;

const api = {
  init(next: WorkJob): void {
    job = next;
  },
  run(replication: number): unknown {
    if (job === null) throw new Error('worker has no job (init was not called)');
    return runWorkReplication(job, replication);
  },
};

export type ReplicationThreadApi = typeof api;

if (parentPort === null) throw new Error('replicationThread must run in a worker thread');
expose(api, nodeEndpoint(parentPort));
