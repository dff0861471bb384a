/**
 * The HTTP API under load, with autocannon on loopback against a real server process:
 * - GET of a stored result at a fixed 500 requests/s: p99 latency (target ≤ 10 ms);
 * - GET /health at 50 requests/s while a large job keeps both cores busy: p99 (target ≤ 50 ms).
 * Usage: node dist/benchmarks/api.js
 */
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { writeBenchResult } from './benchReport.js';

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const data = mkdtempSync(join(tmpdir(), 'wardsim-bench-api-'));
  const child = spawn(
    process.execPath,
    ['dist/bin/wardsim.js', 'serve', '--port', '0', '--data', data, '--rate-limit', '0'],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      err += d;
      const m = /serving (http:\/\/[\d.:]+)/.exec(err);
      if (m) resolve({ url: m[1], stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${err}`)));
  });
}

async function post(url: string, body: unknown): Promise<{ id: string }> {
  return (await (
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
  ).json()) as { id: string };
}

async function waitDone(base: string, id: string): Promise<void> {
  for (;;) {
    const s = (await (await fetch(`${base}/api/runs/${id}`)).json()) as { status: string };
    if (s.status === 'done') return;
    if (s.status === 'failed' || s.status === 'cancelled') throw new Error(`run ${id} ${s.status}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function load(url: string, rate: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({ url, connections: 10, overallRate: rate, duration: seconds });
}

export async function apiBench(): Promise<Record<string, number | boolean | string>> {
  const server = await startServer();
  try {
    // A scenario run (the usual result) and a three-option comparison (a large one).
    const run = await post(`${server.url}/api/runs`, {
      kind: 'run',
      scenarioId: 'sapporo-kita-peak-option-b',
      replications: 20,
    });
    const compare = await post(`${server.url}/api/runs`, {
      kind: 'compare',
      scenarioId: 'sapporo-kita-peak-current-plan',
      replications: 20,
    });
    await waitDone(server.url, run.id);
    await waitDone(server.url, compare.id);
    const resultUrl = `${server.url}/api/runs/${run.id}/result`;
    const compareUrl = `${server.url}/api/runs/${compare.id}/result`;
    const bytes = (await (await fetch(resultUrl)).arrayBuffer()).byteLength;
    const compareBytes = (await (await fetch(compareUrl)).arrayBuffer()).byteLength;
    await load(resultUrl, 100, 2); // warm-up
    const stored = await load(resultUrl, 500, 10);
    const storedLarge = await load(compareUrl, 500, 10);
    // A large job: both cores simulate while /health is polled.
    const big = await post(`${server.url}/api/runs`, {
      kind: 'run',
      scenarioId: 'sapporo-kita-office',
      replications: 2000,
      fresh: true,
    });
    await new Promise((r) => setTimeout(r, 1500));
    const health = await load(`${server.url}/health`, 50, 10);
    await fetch(`${server.url}/api/runs/${big.id}`, { method: 'DELETE' });
    return {
      resultBytes: bytes,
      storedRequestsPerSecond: Math.round(stored.requests.average),
      storedP99Ms: stored.latency.p99,
      storedP50Ms: stored.latency.p50,
      storedErrors: stored.errors + stored.non2xx,
      meetsStoredTarget: stored.latency.p99 <= 10,
      comparisonBytes: compareBytes,
      comparisonP99Ms: storedLarge.latency.p99,
      comparisonRequestsPerSecond: Math.round(storedLarge.requests.average),
      comparisonErrors: storedLarge.errors + storedLarge.non2xx,
      healthUnderLoadP99Ms: health.latency.p99,
      healthUnderLoadP50Ms: health.latency.p50,
      meetsHealthTarget: health.latency.p99 <= 50,
    };
  } finally {
    server.stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await apiBench();
  writeBenchResult('api', result);
  console.log(JSON.stringify(result)); // one line: runAll reads the last line
}
