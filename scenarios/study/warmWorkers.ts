/**
 * Starts a study's worker threads before its input is loaded: a thread's boot (Node, then the
 * engine's modules, about 80 ms) then overlaps the main thread's loading and checking of the
 * scenario instead of following it. The run takes them from the shared pool as usual; unused
 * ones idle unref'd and never keep the process alive. Results do not depend on it.
 */
import { availableParallelism } from 'node:os';
import { sharedThreadPool } from '../../engine/runner/executors/local/threadPool.js';

/** The threads a local run with these options will use (the scenario's replications unknown: all). */
export function warmWorkers(options: { workers?: number; replications?: number }): void {
  const cores = availableParallelism();
  const n = Math.min(options.workers ?? cores, options.replications ?? cores);
  if (n > 0) sharedThreadPool.prestart(n);
}
