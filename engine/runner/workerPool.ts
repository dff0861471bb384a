/** The local thread pool now lives with the executors (executors/local/); this keeps the old imports working. */
export {
  InlineExecutor,
  sharedThreadPool,
  ThreadExecutor,
  ThreadPool,
  type ReplicationSlot,
} from './executors/local/threadPool.js';
