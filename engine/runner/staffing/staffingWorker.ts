/**
 * Worker-thread entry of the staffing optimiser: holds one scenario input and simulates
 * replications of the plans it is sent (via comlink), returning one row per replication.
 */
import { expose } from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import { parentPort } from 'node:worker_threads';
import type { VisitorInput } from '../../models/visitors/visitorInput.js';
import { simulatePlanRows, type SizedGroup } from './staffingEvaluator.js';

let job: { base: VisitorInput; sized: SizedGroup[]; seed: number | string } | null = null;

const api = {
  init(base: VisitorInput, sized: SizedGroup[], seed: number | string): void {
    job = { base, sized, seed };
  },
  evaluate(levels: number[][], from: number, to: number): Float64Array {
    if (job === null) throw new Error('staffing worker has no job (init was not called)');
    return simulatePlanRows(job.base, job.sized, levels, job.seed, from, to);
  },
};

export type StaffingWorkerApi = typeof api;

if (parentPort === null) throw new Error('staffingWorker must run in a worker thread');
expose(api, nodeEndpoint(parentPort));
