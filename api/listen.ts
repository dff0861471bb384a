/** Starts the API server on a port (buildApp + listen) and stops it cleanly. */
import { resolve } from 'node:path';
import { buildApp, type AppOptions, type WardsimApp } from './server.js';

export interface ServerOptions extends AppOptions {
  port: number;
  host: string;
  /** A relative dataDir is taken from here (default: the working directory). */
  cwd?: string;
  /** Redis whose `wardsim worker`s run the replications (docs/distributed.md); else this machine. */
  redisUrl?: string;
  /** Lines about distributed runs a person should see (a resubmission, no workers yet). */
  onNotice?: (line: string) => void;
}

export interface RunningServer {
  app: WardsimApp;
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = await buildApp({ ...options, dataDir: resolve(options.cwd ?? process.cwd(), options.dataDir) });
  const notice = options.onNotice ?? ((line: string) => app.log.warn(line));
  if (options.redisUrl !== undefined) await useRedis(app, options.redisUrl, notice);
  const address = await app.listen({ port: options.port, host: options.host });
  return { app, url: address, close: () => app.close() };
}

/** Runs go to the Redis queue; an unreachable Redis stops the start (WSM_REDIS_UNREACHABLE). */
async function useRedis(app: WardsimApp, url: string, notice: (line: string) => void): Promise<void> {
  // BullMQ and its Redis client load only for a server that uses them.
  const { BullmqExecutor } = await import('../engine/runner/executors/bullmq/bullmqExecutor.js');
  const executor = new BullmqExecutor({ url, source: '--redis', notice });
  try {
    await executor.connect();
  } catch (err) {
    await app.close();
    throw err;
  }
  app.ctx.queue.useExecutor(executor);
  app.addHook('onClose', async () => {
    // Stop the runs first (interrupted, run again at the next start), then disconnect.
    app.ctx.queue.stop();
    await Promise.race([app.ctx.queue.whenIdle(), new Promise((r) => setTimeout(r, 10_000).unref())]);
    await executor.close();
  });
}
