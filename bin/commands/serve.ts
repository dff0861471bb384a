import { intFlag, parseCommandArgs, positionals, redisFlag } from '../flags.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim serve [--port 3000] [--host 127.0.0.1] [--data ./data] [--rate-limit 600] [--redis URL]

Starts the HTTP API and the browser UI (docs/api.md): a Fastify server with an embedded SQLite
store under --data (created on first start, loaded with the bundled scenario and floor-plan
library). No other server to install. OpenAPI at /docs. Ctrl-C stops it; runs it was working on
are run again at the next start.

Options:
  --port N      port to listen on (default 3000; 0 = any free port)
  --host H      address to bind (default 127.0.0.1: this machine only)
  --data DIR    folder of the store (default ./data)
  --rate-limit N  requests a minute per client address (default 600; 0 = no limit)
  --redis URL   run the replications on the \`wardsim worker\`s of this Redis (docs/distributed.md)
  -h, --help    this help

Environment: WARDSIM_TOKEN — when set, every write (POST, PUT, DELETE) needs
Authorization: Bearer <token>. WARDSIM_REDIS_URL — the Redis, when --redis is not given.
`;

export const serve: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        'rate-limit': { type: 'string' },
        redis: { type: 'string' },
      },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    positionals(parsed, 'arguments', HELP, 0, 0);
    const v = parsed.values;
    const port = intFlag(v, 'port', 0, 65535) ?? 3000;
    const host = typeof v.host === 'string' ? v.host : '127.0.0.1';
    const dataDir = typeof v.data === 'string' ? v.data : 'data';
    const rate = intFlag(v, 'rate-limit', 0, 1_000_000);
    const redisUrl = (await redisFlag(v, io.env))?.url;
    const onNotice = (line: string) => io.stderr.write(`wardsim: ${line}\n`);
    // Imported only now: the server (Fastify, SQLite, the UI) is not needed for --help or a usage error.
    const { startServer } = await import('../../api/index.js');
    const server = await startServer({
      port,
      host,
      dataDir,
      cwd: io.cwd,
      redisUrl,
      onNotice,
      token: io.env.WARDSIM_TOKEN || undefined,
      limits: rate === undefined ? {} : { ratePerMinute: rate },
    });
    io.stderr.write(`wardsim serving ${server.url} (data: ${dataDir}; API docs ${server.url}/docs)\n`);
    if (redisUrl !== undefined) io.stderr.write('wardsim: replications go to the Redis queue (wardsim worker)\n');
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    io.stderr.write('wardsim: stopping\n');
    await server.close();
    return 0;
  },
};
