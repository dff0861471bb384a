/**
 * The rows of a large zone distance matrix on two threads, behind a synchronous call: the main
 * thread and one helper worker (zoneDistanceRowsWorker.ts) take rows from a shared atomic
 * counter until none is left, then the main thread waits (Atomics.wait) for the rows the worker
 * has in hand and copies the worker's rows out of shared memory. Every row is computed by
 * writeRow from the same network, so the matrix is the single-thread one to the bit.
 *
 * NOTE (start cost): the worker is started on the first large matrix and kept (unref'd, so it
 * never holds the process open) for the next one, and terminated after IDLE_MS without work. A
 * plan link computes the staff and the visitor matrix back to back, and a thread's start (from
 * dist ~30 ms; from TypeScript source, under tsx or vitest, 100–300 ms) would otherwise be paid
 * on every matrix. The counter also hides a start in progress: the main thread takes rows from
 * the first moment and the worker joins whenever it is up; if it is not up before the last row
 * is taken, the main thread has done them all and waits for nothing.
 *
 * NOTE (failure): a worker that does not start, throws, or dies can never hang the caller. The
 * main thread only ever waits for rows the worker has claimed; a job that throws raises
 * CONTROL_FAILED; a thread that dies mid-row (its 'error' and 'exit' events cannot reach a
 * blocked main thread) is caught by the timeout on Atomics.wait: when no worker row finishes for
 * stallMs, the main thread computes the rows still missing itself and retires the worker. Rows
 * the worker is still writing then go to shared memory nobody reads. After MAX_FAILURES such
 * failures the process stops using a helper thread.
 */
import { Worker } from 'node:worker_threads';
import {
  CONTROL_FAILED,
  CONTROL_HEADER,
  CONTROL_NEXT,
  CONTROL_WORKER_DONE,
  rowSearch,
  writeRow,
  type RowsJob,
} from './zoneDistanceRows.js';
import type { WalkingNetwork } from './walkingNetwork.js';

/** A helper thread idle this long is terminated. */
const IDLE_MS = 15_000;
/** Default of ThreadOptions.stallMs: far above one row's search (~0.2 ms on 2,100 zones). */
const STALL_MS = 2_000;
const MAX_FAILURES = 3;

export interface ThreadOptions {
  /** The main thread gives up on the worker when no worker row finishes for this long (ms). */
  stallMs?: number;
  /** Tests only: the worker thread exits after claiming this many rows (RowsJob.exitAfterRows). */
  workerExitAfterRows?: number;
}

/** What the last threaded matrix did (for tests and benchmarks). */
export interface RowsReport {
  /** Rows computed by the worker and copied from shared memory. */
  workerRows: number;
  /** Rows the main thread computed after giving up on the worker (0 unless it failed). */
  fallbackRows: number;
  /** The worker failed (threw, died or stalled) during this matrix. */
  workerFailed: boolean;
}

/** Process-wide counts: threads started, and the report of the last threaded matrix. */
export const zoneDistanceThreadStats: { threadStarts: number; lastRun: RowsReport | undefined } = {
  threadStarts: 0,
  lastRun: undefined,
};

interface Helper {
  worker: Worker;
  /** Resolves true once the worker listens for jobs, false if it failed or exited first. */
  ready: Promise<boolean>;
  idle: NodeJS.Timeout | undefined;
}

let helper: Helper | undefined;
let failures = 0;

/**
 * Starts the worker entry next to this module, as engine/runner/threadWorker.ts does: under
 * vitest or tsx this module runs from TypeScript source, and the thread registers tsx's loader
 * before importing the .ts entry (a loader tsx's CLI passes in execArgv does not serve worker
 * threads); built code (dist/) loads the .js entry directly.
 */
function startRowsThread(): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const url = new URL(`./zoneDistanceRowsWorker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(url);
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}

function helperThread(): Helper | undefined {
  if (helper !== undefined) {
    clearTimeout(helper.idle);
    helper.idle = undefined;
    return helper;
  }
  if (failures >= MAX_FAILURES) return undefined;
  let worker: Worker;
  try {
    worker = startRowsThread();
  } catch {
    failures++;
    return undefined;
  }
  zoneDistanceThreadStats.threadStarts++;
  worker.unref();
  let settle: (up: boolean) => void = () => {};
  const h: Helper = { worker, ready: new Promise<boolean>((resolve) => (settle = resolve)), idle: undefined };
  worker.once('message', () => settle(true));
  worker.on('error', () => {
    failures++;
    settle(false);
    if (helper === h) helper = undefined;
  });
  worker.once('exit', () => {
    settle(false);
    if (helper === h) helper = undefined;
  });
  helper = h;
  return h;
}

function retire(h: Helper): void {
  if (helper === h) helper = undefined;
  clearTimeout(h.idle);
  void h.worker.terminate();
}

/**
 * Starts the helper thread ahead of a large matrix (a server can call it at start-up, tests to
 * make sure the worker takes part); resolves true once it listens for jobs.
 */
export function startZoneDistanceThread(): Promise<boolean> {
  const h = helperThread();
  if (h === undefined) return Promise.resolve(false);
  if (h.idle === undefined) h.idle = setTimeout(() => retire(h), IDLE_MS).unref();
  return h.ready;
}

/** Terminates the helper thread, if any (tests; a process exits without it). */
export async function stopZoneDistanceThread(): Promise<void> {
  const h = helper;
  if (h === undefined) return;
  helper = undefined;
  clearTimeout(h.idle);
  await h.worker.terminate();
}

/**
 * Fills the row-major n × n outputs on this thread and the helper thread. False (outputs
 * untouched) when no helper thread can be had: the caller then computes every row itself.
 */
export function rowsOnTwoThreads(
  network: WalkingNetwork,
  lengthOut: Float64Array,
  timeOut: Float64Array,
  options: ThreadOptions = {},
): boolean {
  const h = helperThread();
  if (h === undefined) return false;
  const n = network.zoneIds.length;
  const control = new Int32Array(new SharedArrayBuffer(4 * (CONTROL_HEADER + n)));
  const job: RowsJob = {
    network,
    control: control.buffer as SharedArrayBuffer,
    lengthM: new SharedArrayBuffer(8 * n * n),
    timeMin: new SharedArrayBuffer(8 * n * n),
    exitAfterRows: options.workerExitAfterRows,
  };
  try {
    h.worker.postMessage(job);
  } catch {
    failures++;
    retire(h);
    return false;
  }
  const search = rowSearch(network);
  const mine = new Uint8Array(n);
  let own = 0;
  for (;;) {
    const i = Atomics.add(control, CONTROL_NEXT, 1);
    if (i >= n) break;
    writeRow(search, i, lengthOut, timeOut);
    mine[i] = 1;
    own++;
  }
  // Every row is taken; wait for those the worker has in hand (none if it never started).
  const stallMs = options.stallMs ?? STALL_MS;
  let failed = false;
  for (;;) {
    const seen = Atomics.load(control, CONTROL_WORKER_DONE);
    if (own + seen >= n) break;
    if (Atomics.load(control, CONTROL_FAILED) === 1) failed = true;
    else if (Atomics.wait(control, CONTROL_WORKER_DONE, seen, stallMs) === 'timed-out') failed = true;
    if (failed) break;
  }
  let fallbackRows = 0;
  if (failed) {
    failures++;
    retire(h);
    for (let i = 0; i < n; i++) {
      if (mine[i] === 1 || Atomics.load(control, CONTROL_HEADER + i) === 1) continue;
      writeRow(search, i, lengthOut, timeOut);
      mine[i] = 1;
      fallbackRows++;
    }
  } else {
    h.idle = setTimeout(() => retire(h), IDLE_MS).unref();
  }
  const lengthShared = new Float64Array(job.lengthM);
  const timeShared = new Float64Array(job.timeMin);
  let workerRows = 0;
  for (let i = 0; i < n; i++) {
    if (mine[i] === 1) continue;
    const row = i * n;
    lengthOut.set(lengthShared.subarray(row, row + n), row);
    timeOut.set(timeShared.subarray(row, row + n), row);
    workerRows++;
  }
  zoneDistanceThreadStats.lastRun = { workerRows, fallbackRows, workerFailed: failed };
  return true;
}
