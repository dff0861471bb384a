import { concurrencyFlag, intFlag, parseCommandArgs, positionals, redisFlag, UsageError, usageLine } from '../flags.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim worker --redis URL [--concurrency N] [--lock-ms MS]

Serves the replications that studies queue on Redis (BullMQ): \`wardsim run | compare | sweep |
staff | size | simulate --redis URL\` and \`wardsim serve --redis URL\` hand out batches of
replications, and any number of workers on any number of machines take them. Each batch runs in
a sandboxed child process (BullMQ's sandboxed processors), so a CPU-heavy replication never
stalls the worker's event loop, which keeps the batch's lock. The numbers are the same as on one
machine, bit for bit (docs/distributed.md).

Progress and problems go to standard error. SIGINT or SIGTERM (Ctrl-C) finishes the batches in
hand and stops; a second one stops at once (those batches go back to the queue after --lock-ms).

Options:
  --redis URL        the Redis server, e.g. redis://10.0.0.5:6379 (default: WARDSIM_REDIS_URL)
  --concurrency N    batches at once, one sandboxed process each (default: the number of cores)
  --lock-ms MS       how long a batch stays with a worker that stopped answering before another
                     worker takes it over (default 30000; 500 to 600000)
  -h, --help         this help

Exit codes: 0 stopped by a signal, 2 bad options or a Redis that does not answer.
`;

const STRING = { type: 'string' } as const;

export const worker: Command = {
  async run(args, io) {
    const options = { redis: STRING, concurrency: STRING, 'lock-ms': STRING };
    const parsed = parseCommandArgs(args, options, HELP, io);
    if (parsed === null) return 0;
    positionals(parsed, 'arguments', HELP, 0, 0);
    const v = parsed.values;
    const concurrency = concurrencyFlag(v);
    const lockMs = intFlag(v, 'lock-ms', 500, 600_000) ?? 30_000;
    const redis = await redisFlag(v, io.env);
    if (redis === undefined) {
      throw new UsageError('expected --redis URL (or WARDSIM_REDIS_URL): the Redis to serve', usageLine(HELP));
    }

    const log = (line: string) => io.stderr.write(`wardsim worker: ${line}\n`);
    const running = await redis.startWorker({ concurrency, lockMs, log });
    await new Promise<void>((resolve) => {
      const stop = () => {
        log('stopping: finishing the batches in hand (signal again to stop at once)');
        process.once('SIGINT', () => void running.close(true));
        process.once('SIGTERM', () => void running.close(true));
        void running.close().then(resolve);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    log('stopped');
    return 0;
  },
};
