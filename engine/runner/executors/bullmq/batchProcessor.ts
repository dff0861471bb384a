/**
 * The sandboxed processor of `wardsim worker`: BullMQ runs it in a child process, so a long
 * replication never blocks the worker's event loop, which keeps renewing the batch's lock. It
 * runs the batch's replications in index order and sends their results on while it computes the
 * next ones — every 20 ms, so short replications share a round trip. Results are added only
 * while the run's job key exists (one Lua call), so a run that ended or was cancelled stops its
 * batches within a replication or two and nothing is left behind in Redis.
 */
import { UnrecoverableError, type SandboxedJob } from 'bullmq';
import { Redis } from 'ioredis';
import { ENGINE_VERSION } from '../../../version.js';
import { replicationsOf } from '../jobKinds.js';
import { redisOptions } from './redisConnection.js';
import { runJobKey, runResultsKey } from './redisKeys.js';
import { decodeSpec, encodeResult, FIELD, type BatchData, type RunSpec } from './wireFormat.js';

/** What a batch job returns; BullMQ keeps it with the run's parent job. */
export interface BatchOutcome {
  from: number;
  to: number;
  /** Results sent to the run. */
  sent: number;
  /** True when the run no longer wanted the batch (ended, cancelled) before its end. */
  stopped: boolean;
}

const workerId = `${process.env.WARDSIM_WORKER_ID ?? 'worker'}/${process.pid}`;
const redis = new Redis(process.env.WARDSIM_WORKER_REDIS_URL ?? '', redisOptions('wardsim-sandbox'));
redis.on('error', () => undefined); // an outage: commands wait for the reconnect
// The worker process is gone (killed, its machine lost): stop; BullMQ hands the batch to another worker.
process.on('disconnect', () => process.exit(1));

/** Results waiting to be sent are sent at least this often. */
const SEND_EVERY_MS = 20;

/** ARGV: the worker, then (index, field, value) per entry. */
const ADD_WHILE_RUNNING = `if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for k = 2, #ARGV, 3 do
  redis.call('XADD', KEYS[2], '*', '${FIELD.index}', ARGV[k], '${FIELD.worker}', ARGV[1], ARGV[k + 1], ARGV[k + 2])
end
return 1`;

/** Adds entries (index, field, value triples) to the run's results; resolves to 0 when the run is over. */
function addEntries(runId: string, entries: (string | Buffer)[]): Promise<number> {
  const keys = [runJobKey(runId), runResultsKey(runId)];
  return redis.eval(ADD_WHILE_RUNNING, keys.length, ...keys, workerId, ...entries) as Promise<number>;
}

/** Jobs of the last few runs, decoded once per sandbox. */
const specs = new Map<string, RunSpec>();
const SPECS_KEPT = 4;

/** The run's spec, or null once the run is over (its job key gone: ended, cancelled, expired). */
async function specOf(runId: string): Promise<RunSpec | null> {
  const cached = specs.get(runId);
  if (cached !== undefined) {
    if ((await redis.exists(runJobKey(runId))) === 1) return cached;
    specs.delete(runId);
    return null;
  }
  const bytes = await redis.getBuffer(runJobKey(runId));
  if (bytes === null) return null;
  const spec = decodeSpec(bytes);
  specs.set(runId, spec);
  if (specs.size > SPECS_KEPT) specs.delete(specs.keys().next().value as string);
  return spec;
}

function checkedData(data: unknown): BatchData {
  const d = data as Partial<BatchData> | null;
  const ok = typeof d?.runId === 'string' && Number.isInteger(d.from) && Number.isInteger(d.to);
  if (!ok || (d.from as number) >= (d.to as number)) {
    const got = JSON.stringify(data)?.slice(0, 200);
    throw new UnrecoverableError(`expected a wardsim batch {runId, from, to}, got ${got}`);
  }
  return d as BatchData;
}

export default async function processBatch(
  job: SandboxedJob<BatchData, BatchOutcome>,
  _token?: string,
  signal?: AbortSignal,
): Promise<BatchOutcome> {
  const { runId, from, to } = checkedData(job.data);
  const outcome: BatchOutcome = { from, to, sent: 0, stopped: true };
  const spec = await specOf(runId);
  if (spec === null) return outcome; // the run ended (or was cancelled) before this batch came up
  if (spec.engineVersion !== ENGINE_VERSION) {
    const versions = `worker ${workerId} runs wardsim engine ${ENGINE_VERSION}, the run needs ${spec.engineVersion}`;
    const message = `${versions}: run one version everywhere`;
    await addEntries(runId, [String(from), FIELD.error, message]);
    throw new UnrecoverableError(`replication ${from} failed: ${message}`);
  }
  const results = replicationsOf(spec.job, from, to);
  const waiting: (string | Buffer)[] = [];
  let sending: Promise<number> = Promise.resolve(1);
  let sentAt = performance.now();
  /** Sends what is waiting once the previous send is answered; false when the run is over. */
  const send = async (): Promise<boolean> => {
    if ((await sending) === 0) return false;
    if (waiting.length > 0) sending = addEntries(runId, waiting.splice(0));
    sentAt = performance.now();
    return true;
  };
  for (let index = from; index < to; index++) {
    if (signal?.aborted) return outcome;
    let result: unknown;
    try {
      result = results.next().value;
    } catch (err) {
      // A replication is deterministic: it would throw again anywhere, so no retry.
      const message = err instanceof Error ? err.message : String(err);
      waiting.push(String(index), FIELD.error, message);
      await send();
      await sending;
      throw new UnrecoverableError(`replication ${index} failed: ${message}`);
    }
    waiting.push(String(index), FIELD.result, encodeResult(result));
    outcome.sent++;
    if (performance.now() - sentAt >= SEND_EVERY_MS && !(await send())) return outcome; // the run is over
  }
  outcome.stopped = !(await send()) || (await sending) === 0;
  return outcome;
}
