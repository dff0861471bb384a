/** Where replications run: the executor seam, the local thread pool, and BullMQ on Redis. */
export type { ExecutionReport, ReplicationExecutor, ReplicationWork } from './replicationExecutor.js';
export { currentExecutor, withExecutor } from './ambientExecutor.js';
export { ReplicationError } from './replicationError.js';
export { runWorkBatch, runWorkReplication, WORK_KINDS, type StaffingJob, type WorkJob } from './jobKinds.js';
export { ThreadPoolExecutor } from './local/threadPoolExecutor.js';
export { BullmqExecutor, type BullmqExecutorOptions } from './bullmq/bullmqExecutor.js';
export type { DistributedRunStats } from './bullmq/distributedRun.js';
export { RedisEndpoint } from './bullmq/redisEndpoint.js';
export { startWorker, type RunningWorker, type WorkerOptions } from './bullmq/startWorker.js';
