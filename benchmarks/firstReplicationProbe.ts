/**
 * Loaded with `node --import` by startup.ts: when the engine hands out its first replication
 * (the `wardsim:replication-start` diagnostics channel), writes one stderr line with the epoch
 * time in ms, so the benchmark can time launch → first replication from outside the process.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';

const onStart = () => {
  unsubscribe('wardsim:replication-start', onStart);
  process.stderr.write(`wardsim-first-replication-at ${performance.timeOrigin + performance.now()}\n`);
};
subscribe('wardsim:replication-start', onStart);
