/**
 * The executor a whole study runs on, without threading an option through every study function:
 * `withExecutor(e, () => runScenario(…))` makes every runReplications (and staffing evaluation)
 * inside use `e`. AsyncLocalStorage follows the awaits, so concurrent API runs keep their own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { ReplicationExecutor } from './replicationExecutor.js';

const ambient = new AsyncLocalStorage<ReplicationExecutor>();

/** Runs `study` with `executor` as the default executor of every run inside it. */
export function withExecutor<T>(executor: ReplicationExecutor, study: () => Promise<T>): Promise<T> {
  return ambient.run(executor, study);
}

/** The executor set by the nearest enclosing withExecutor, if any. */
export function currentExecutor(): ReplicationExecutor | undefined {
  return ambient.getStore();
}
