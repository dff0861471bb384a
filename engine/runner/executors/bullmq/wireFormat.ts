/**
 * What crosses Redis. BullMQ job data is small JSON (which batch of which run); the run's job and
 * every replication result travel as V8 structured-clone bytes — the format worker threads use —
 * because JSON would turn NaN ("undefined on this day") into null, -0 into 0 and a Float64Array
 * into an object, and the numbers would no longer match a local run bit for bit.
 */
import { deserialize, serialize } from 'node:v8';
import { WORK_KINDS, type WorkJob } from '../jobKinds.js';

/** Data of a batch job in the batches queue: replications [from, to) of run `runId`. */
export interface BatchData {
  runId: string;
  from: number;
  to: number;
}

/** Data of a run's parent job (for people looking at the queues; nothing reads it back). */
export interface RunData {
  runId: string;
  model: WorkJob['model'];
  replications: number;
  batches: number;
  engineVersion: string;
}

/** What a worker needs to run any batch of a run. */
export interface RunSpec {
  engineVersion: string;
  job: WorkJob;
}

export const encodeSpec = (spec: RunSpec): Buffer => serialize(spec);

/** The spec from its bytes, or an error saying what is wrong with them. */
export function decodeSpec(bytes: Buffer): RunSpec {
  const spec = deserialize(bytes) as Partial<RunSpec> | null;
  const model = spec?.job?.model;
  if (typeof spec?.engineVersion !== 'string' || model === undefined || !WORK_KINDS.includes(model)) {
    throw new Error(`the run's job is not a wardsim job this worker knows (model ${JSON.stringify(model)})`);
  }
  return spec as RunSpec;
}

export const encodeResult = (result: unknown): Buffer => serialize(result);
export const decodeResult = (bytes: Buffer): unknown => deserialize(bytes);

/** Fields of a results-stream entry: the index, the worker, and either a result or an error. */
export const FIELD = { index: 'i', worker: 'w', result: 'r', error: 'e' } as const;

/** Batch job id: one per (run, first index), so adding a batch twice adds it once. */
export const batchJobId = (runId: string, epoch: number, from: number): string => `${runId}.${epoch}.${from}`;
export const runJobId = (runId: string, epoch: number): string => `${runId}.${epoch}`;
