/**
 * Worker thread of the hardening corpus and the fuzzers: runs one bad input at a time through the
 * real CLI dispatcher (in-process, as tests/cliHarness.ts does) or the real HTTP API (inject), and
 * posts what came back. The pool around it (casePool.ts) kills the thread on a hang.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parentPort } from 'node:worker_threads';
import { buildApp, type WardsimApp } from '../../api/index.js';
import { runWardsim } from '../../bin/main.js';
import type { CaseOutcome, CaseRequest } from './caseTypes.js';

let app: WardsimApp | undefined;

async function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<CaseOutcome> {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (chunk: string | Uint8Array) => ((stdout += String(chunk)), true) },
    stderr: { write: (chunk: string | Uint8Array) => ((stderr += String(chunk)), true) },
    cwd,
    env: { WARDSIM_NO_PROGRESS: '1', ...env },
  };
  const exit = await runWardsim(args, io);
  return { exit, stdout, stderr };
}

async function runApi(request: Extract<CaseRequest, { kind: 'api' }>): Promise<CaseOutcome> {
  app ??= await buildApp({ dataDir: mkdtempSync(join(tmpdir(), 'wardsim-hardening-')), limits: { ratePerMinute: 0 } });
  const r = await app.inject({
    method: request.method,
    url: request.url,
    payload: request.body,
    headers: { 'content-type': request.contentType ?? 'application/json' },
  });
  return { exit: r.statusCode, stdout: r.body, stderr: '' };
}

parentPort?.on('message', (request: CaseRequest) => {
  const started = performance.now();
  const run = request.kind === 'cli' ? runCli(request.args, request.cwd, request.env) : runApi(request);
  run.then(
    (outcome) => parentPort?.postMessage({ ...outcome, ms: performance.now() - started }),
    (err: unknown) =>
      parentPort?.postMessage({
        exit: -1,
        stdout: '',
        stderr: `thrown: ${err instanceof Error ? err.stack : String(err)}`,
        ms: 0,
      }),
  );
});
