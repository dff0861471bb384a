/**
 * The command line of distributed runs, without a Redis: `wardsim worker --help`, and the clear
 * errors for a missing or malformed URL and for a Redis that does not answer.
 */
import { describe, expect, it } from 'vitest';
import { wardsim, wardsimJson } from '../cliHarness.js';
import { freePort } from './redisServer.js';

type Errors = { errors: { code: string; path: string; message: string }[] };

describe('wardsim worker and --redis on the command line', () => {
  it('wardsim worker --help prints its usage, and wardsim --help lists the command', async () => {
    const help = await wardsim(['worker', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: wardsim worker --redis URL \[--concurrency N\] \[--lock-ms MS\]/);
    expect(help.stdout).toMatch(/--concurrency N/);
    expect((await wardsim(['--help'])).stdout).toMatch(/^ {2}worker {5}serve replications queued on Redis/m);
    expect((await wardsim(['run', '--help'])).stdout).toMatch(/--redis URL\s+queue the replications on Redis/);
  });

  it('a worker without a Redis, or with bad options, is refused with exit 2', async () => {
    const none = await wardsim(['worker'], { env: { WARDSIM_REDIS_URL: '' } });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/expected --redis URL \(or WARDSIM_REDIS_URL\)/);
    const zero = await wardsim(['worker', '--redis', 'redis://127.0.0.1:6379', '--concurrency', '0']);
    expect(zero.code).toBe(2);
    expect(zero.stderr).toBe('--concurrency: expected an integer from 1 to 256, got "0" [WSM_FLAG_INVALID]\n');
    const lock = await wardsim(['worker', '--redis', 'redis://127.0.0.1:6379', '--lock-ms', '10']);
    expect(lock.code).toBe(2);
    expect(lock.stderr).toBe('--lock-ms: expected an integer from 500 to 600000, got "10" [WSM_FLAG_INVALID]\n');
  });

  it('a malformed URL is WSM_FLAG_INVALID, and says where it came from', async () => {
    const flag = await wardsimJson<Errors>(['simulate', 'examples/mm8.json', '--redis', 'localhost:6379']);
    expect(flag.code).toBe(2);
    const message = expect.stringMatching(/expected a Redis URL such as redis:\/\/127\.0\.0\.1:6379/);
    expect(flag.json.errors).toEqual([{ code: 'WSM_FLAG_INVALID', path: '--redis', message }]);
  });

  it('a Redis that does not answer is WSM_REDIS_UNREACHABLE (exit 2), for a study and a worker', async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    const study = await wardsimJson<Errors>(['simulate', 'examples/mm8.json', '--redis', url]);
    expect(study.code).toBe(2);
    const message = expect.stringContaining(`got none at ${url}`);
    expect(study.json.errors[0]).toMatchObject({ code: 'WSM_REDIS_UNREACHABLE', path: '--redis', message });
    const worker = await wardsim(['worker', '--concurrency', '1'], { env: { WARDSIM_REDIS_URL: url } });
    expect(worker.code).toBe(2);
    const unreachable = /^WARDSIM_REDIS_URL: expected a Redis server that answers, got none at .* \[WSM_REDIS_\w+\]$/m;
    expect(worker.stderr).toContain('[WSM_REDIS_UNREACHABLE]');
    expect(worker.stderr).toMatch(unreachable);
  });
});
