/** The coordinator's connections: one client for commands and the BullMQ objects built on it. */
import { FlowProducer, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { connectRedis } from './redisConnection.js';
import { BATCH_QUEUE, PREFIX, RUN_QUEUE } from './redisKeys.js';

export interface BullmqConnections {
  client: Redis;
  flow: FlowProducer;
  runs: Queue;
  batches: Queue;
}

/** Connects (InputError WSM_REDIS_UNREACHABLE when Redis does not answer). */
export async function openConnections(url: string, source: string): Promise<BullmqConnections> {
  const client = await connectRedis(url, source, 'wardsim-coordinator');
  client.setMaxListeners(0); // each run in flight watches the connection (the API runs several)
  const flow = new FlowProducer({ connection: client, prefix: PREFIX });
  const runs = new Queue(RUN_QUEUE, { connection: client, prefix: PREFIX });
  const batches = new Queue(BATCH_QUEUE, { connection: client, prefix: PREFIX });
  // Connection trouble is the run's to report (distributedRun.ts), not an unhandled 'error' event.
  flow.on('error', () => undefined);
  runs.on('error', () => undefined);
  batches.on('error', () => undefined);
  return { client, flow, runs, batches };
}

/** Closes everything, giving up after `ms` (a Redis that is away would keep a clean close waiting). */
export async function closeConnections(c: BullmqConnections, ms = 2000): Promise<void> {
  if (c.client.status !== 'ready') ms = 0; // nothing to close cleanly
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise((resolve) => (timer = setTimeout(resolve, ms)));
  const closing = Promise.all([c.flow.close(), c.runs.close(), c.batches.close()]).then(() => c.client.quit());
  await Promise.race([closing.catch(() => undefined), late]).finally(() => clearTimeout(timer));
  c.client.disconnect();
}
