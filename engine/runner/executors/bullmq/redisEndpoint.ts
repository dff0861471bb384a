/**
 * A Redis named on the command line (`--redis URL`) or by WARDSIM_REDIS_URL, checked: what a
 * command does with it — queue a study's replications there, or serve them as a worker.
 */
import { withExecutor } from '../ambientExecutor.js';
import { BullmqExecutor } from './bullmqExecutor.js';
import { checkRedisUrl } from './redisUrl.js';
import { startWorker, type RunningWorker, type WorkerOptions } from './startWorker.js';

export class RedisEndpoint {
  readonly url: string;

  /** @param source where `raw` came from (`--redis`, `WARDSIM_REDIS_URL`), named in errors. */
  constructor(
    raw: string,
    readonly source: string,
  ) {
    this.url = checkRedisUrl(raw, source);
  }

  /** Runs `study` with every replication inside it queued on this Redis, then disconnects. */
  async run<T>(study: () => Promise<T>, notice: (line: string) => void): Promise<T> {
    const executor = new BullmqExecutor({ url: this.url, source: this.source, notice });
    try {
      await executor.connect(); // an unreachable Redis is bad input, found before any work
      return await withExecutor(executor, study);
    } finally {
      await executor.close();
    }
  }

  /** Serves the queue's batches until closed (`wardsim worker`). */
  startWorker(options: Omit<WorkerOptions, 'url' | 'source'>): Promise<RunningWorker> {
    return startWorker({ ...options, url: this.url, source: this.source });
  }
}
