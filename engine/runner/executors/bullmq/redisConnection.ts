/**
 * Connecting to Redis: a server that does not answer is bad input with a clear code
 * (WSM_REDIS_UNREACHABLE), found before any work is queued. Once connected, clients reconnect
 * on their own for ever; a run decides how long an outage it waits out (distributedRun.ts).
 */
import { Redis } from 'ioredis';
import { InputError } from '../../../inputError.js';
import { redactedUrl } from './redisUrl.js';

export { checkRedisUrl, redactedUrl } from './redisUrl.js';

/** How long the first connection may take before the server counts as unreachable. */
const CONNECT_TIMEOUT_MS = 5000;

/** A connected client; BullMQ's own clients are made from `redisOptions` and the URL. */
export async function connectRedis(url: string, source: string, name: string): Promise<Redis> {
  const client = new Redis(url, { ...redisOptions(name), lazyConnect: true });
  // Errors while reconnecting are expected (a restart); what matters is reported by the run.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.ping();
  } catch (err) {
    client.disconnect();
    const why = err instanceof Error ? err.message : String(err);
    const message = `expected a Redis server that answers, got none at ${redactedUrl(url)} (${why})`;
    throw new InputError([{ path: source, message }], 'WSM_REDIS_UNREACHABLE');
  }
  return client;
}

/** Options of every client, ours and BullMQ's. */
export interface ClientOptions {
  /** Null: a command waits for the reconnect rather than fails (BullMQ requires it). */
  maxRetriesPerRequest: null;
  connectTimeout: number;
  connectionName: string;
  retryStrategy: (times: number) => number;
}

export function redisOptions(name: string): ClientOptions {
  return {
    maxRetriesPerRequest: null,
    connectTimeout: CONNECT_TIMEOUT_MS,
    connectionName: name,
    retryStrategy: (times) => Math.min(100 * times, 1000),
  };
}
