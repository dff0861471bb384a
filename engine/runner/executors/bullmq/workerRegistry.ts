/**
 * Live workers announce themselves in `wardsim:worker:<id>` (a key that expires unless renewed),
 * so a run can size its batches by the worker processes there are and say so when there are none.
 */
import type { Redis } from 'ioredis';
import { WORKER_KEY_PATTERN, workerKey } from './redisKeys.js';

export interface WorkerInfo {
  id: string;
  host: string;
  pid: number;
  /** Sandboxed processes, each running one batch at a time. */
  concurrency: number;
  engineVersion: string;
  startedAt: string;
}

const RENEW_EVERY_MS = 10_000;

/** Announces `info` until the returned function is called (which withdraws it). */
export function announceWorker(client: Redis, info: WorkerInfo): () => Promise<void> {
  const put = () =>
    client.set(workerKey(info.id), JSON.stringify(info), 'PX', 3 * RENEW_EVERY_MS).catch(() => undefined);
  void put();
  const timer = setInterval(() => void put(), RENEW_EVERY_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await client.del(workerKey(info.id)).catch(() => undefined);
  };
}

/** The workers that announced themselves within the last half minute. */
export async function liveWorkers(client: Redis): Promise<WorkerInfo[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, found] = await client.scan(cursor, 'MATCH', WORKER_KEY_PATTERN, 'COUNT', 1000);
    cursor = next;
    keys.push(...found);
  } while (cursor !== '0');
  if (keys.length === 0) return [];
  const values = await client.mget(...keys);
  return values.flatMap((v) => {
    if (v === null) return [];
    try {
      return [JSON.parse(v) as WorkerInfo];
    } catch {
      return [];
    }
  });
}
