/**
 * Worker-thread entry of zoneDistanceThreads.ts: takes rows of a zone distance matrix from the
 * shared counter until none is left, writing them into the shared outputs. Stays alive between
 * jobs (the main thread unrefs and eventually terminates it).
 */
import { parentPort } from 'node:worker_threads';
import {
  CONTROL_FAILED,
  CONTROL_HEADER,
  CONTROL_NEXT,
  CONTROL_WORKER_DONE,
  rowSearch,
  writeRow,
  type RowsJob,
} from './zoneDistanceRows.js';

function runJob(job: RowsJob): void {
  const control = new Int32Array(job.control);
  const n = job.network.zoneIds.length;
  try {
    if (Atomics.load(control, CONTROL_NEXT) >= n) return; // the main thread did every row already
    const search = rowSearch(job.network);
    const lengthOut = new Float64Array(job.lengthM);
    const timeOut = new Float64Array(job.timeMin);
    let claimed = 0;
    for (;;) {
      const i = Atomics.add(control, CONTROL_NEXT, 1);
      if (i >= n) break;
      if (++claimed === job.exitAfterRows) process.exit(1);
      writeRow(search, i, lengthOut, timeOut);
      Atomics.store(control, CONTROL_HEADER + i, 1);
      Atomics.add(control, CONTROL_WORKER_DONE, 1);
      Atomics.notify(control, CONTROL_WORKER_DONE);
    }
  } catch {
    Atomics.store(control, CONTROL_FAILED, 1);
    Atomics.notify(control, CONTROL_WORKER_DONE);
  }
}

const port = parentPort;
if (port === null) throw new Error('zoneDistanceRowsWorker.ts must run as a worker thread');
port.on('message', (job: RowsJob) => runJob(job));
port.postMessage('ready');
