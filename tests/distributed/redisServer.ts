/**
 * A real redis-server for a test: on a free loopback port, in a temporary folder, killed after.
 * Missing redis-server fails the test with what to install (CI installs it: .ci/run); nothing is
 * skipped.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Redis } from 'ioredis';

export interface RedisServer {
  url: string;
  port: number;
  /** A client for the test's own checks. */
  client: Redis;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
  /** Starts it again on the same port and folder; `wipe` first deletes its data (a restart without persistence). */
  restart(options?: { wipe?: boolean }): Promise<void>;
  /** Kills it and removes its folder. */
  stop(): Promise<void>;
}

export function requireRedisServer(): void {
  const probe = spawnSync('redis-server', ['--version'], { encoding: 'utf8' });
  if (probe.error !== undefined || probe.status !== 0) {
    throw new Error(
      'redis-server is not installed: the distributed tests need a real Redis (Debian package redis-server: ' +
        'apt-get install -y redis-server; .ci/run installs it)',
    );
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts redis-server; `appendOnly` keeps its data across a restart (fsync on every write). */
export async function startRedis(options: { appendOnly?: boolean } = {}): Promise<RedisServer> {
  requireRedisServer();
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'wardsim-redis-'));
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--loglevel', 'warning'];
  args.push('--appendonly', options.appendOnly ? 'yes' : 'no', '--appendfsync', 'always');
  let proc: ChildProcess = spawn('redis-server', args, { stdio: 'ignore' });
  const url = `redis://127.0.0.1:${port}`;
  await waitForPing(url);
  const client = new Redis(url, { maxRetriesPerRequest: null });
  client.on('error', () => undefined);
  const kill = async () => {
    if (proc.exitCode !== null || proc.signalCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGKILL');
    await exited;
  };
  return {
    url,
    port,
    client,
    kill,
    async restart({ wipe = false } = {}) {
      await kill();
      if (wipe) for (const f of readdirSync(dir)) rmSync(join(dir, f), { recursive: true, force: true });
      proc = spawn('redis-server', args, { stdio: 'ignore' });
      await waitForPing(url);
    },
    async stop() {
      client.disconnect();
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function waitForPing(url: string, timeoutMs = 10_000): Promise<void> {
  const started = Date.now();
  for (;;) {
    const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
    probe.on('error', () => undefined);
    try {
      await probe.connect();
      await probe.ping();
      return;
    } catch {
      if (Date.now() - started > timeoutMs) {
        throw new Error(`redis-server did not answer on ${url} within ${timeoutMs} ms`);
      }
      await new Promise((r) => setTimeout(r, 50));
    } finally {
      probe.disconnect();
    }
  }
}
