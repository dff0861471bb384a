/**
 * The real server on a loopback port: a run followed through its events to the end; the server
 * killed (SIGKILL) during a second run and started again on the same store: the first result is
 * still served, the second run is marked interrupted and run again to the end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const DATA = mkdtempSync(join(tmpdir(), 'wardsim-server-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const c of children) c.kill('SIGKILL');
});

/** Starts `wardsim serve --port 0` and resolves with its URL (printed on standard error). */
function serve(): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'bin/wardsim.ts', 'serve', '--port', '0', '--data', DATA],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    children.push(child);
    let err = '';
    const timer = setTimeout(() => reject(new Error(`server did not start: ${err}`)), 60_000);
    child.stderr?.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /serving (http:\/\/[\d.:]+)/.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve({ url: m[1], child });
      }
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${err}`)));
  });
}

async function json<T>(url: string, init?: RequestInit): Promise<T> {
  const r = await fetch(url, init);
  return (await r.json()) as T;
}

const post = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** Reads the server-sent events of a run until its last event. */
async function follow(url: string): Promise<string[]> {
  const r = await fetch(url);
  expect(r.headers.get('content-type')).toMatch(/text\/event-stream/);
  const text = await r.text();
  return [...text.matchAll(/^event: (\w+)$/gm)].map((m) => m[1]);
}

async function waitFor<T>(f: () => Promise<T>, ok: (x: T) => boolean, timeoutMs = 120_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const x = await f();
    if (ok(x) || Date.now() > end) return x;
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('wardsim serve on a loopback port', () => {
  it('follows a run to its result, survives SIGKILL during a second run, and runs that one again after a restart', async () => {
    const first = await serve();
    const health = await json<{ status: string }>(`${first.url}/health`);
    expect(health.status).toBe('ok');
    const lib = await json<{ scenarios: unknown[] }>(`${first.url}/api/scenarios`);
    expect(lib.scenarios.length).toBeGreaterThan(5);

    const a = await json<{ id: string }>(
      `${first.url}/api/runs`,
      post({ kind: 'run', scenarioId: 'sapporo-kita-peak', replications: 4, parts: ['visitors'] }),
    );
    const eventsA = await follow(`${first.url}/api/runs/${a.id}/events`);
    expect(eventsA.at(-1)).toBe('done');
    const resultA = await (await fetch(`${first.url}/api/runs/${a.id}/result`)).text();
    expect(JSON.parse(resultA).kind).toBe('scenario-run');

    // A long run: the workplace year, many replications.
    const b = await json<{ id: string }>(
      `${first.url}/api/runs`,
      post({ kind: 'run', scenarioId: 'sapporo-kita-office', replications: 120 }),
    );
    await waitFor(
      () => json<{ status: string; progress: number }>(`${first.url}/api/runs/${b.id}`),
      (s) => s.status === 'running' && s.progress > 0,
    );
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));

    const second = await serve();
    expect(await (await fetch(`${second.url}/api/runs/${a.id}/result`)).text()).toBe(resultA);
    const eventsB = await follow(`${second.url}/api/runs/${b.id}/events`);
    expect(eventsB).toContain('interrupted');
    expect(eventsB.at(-1)).toBe('done');
    const statusB = await json<{ status: string; restarts: number }>(`${second.url}/api/runs/${b.id}`);
    expect(statusB).toMatchObject({ status: 'done', restarts: 1 });
    const resultB = await json<{ kind: string; replications: number }>(`${second.url}/api/runs/${b.id}/result`);
    expect(resultB).toMatchObject({ kind: 'scenario-run', replications: 120 });
    second.child.kill('SIGTERM');
  }, 300_000);
});
