/** Jobs for the fault tests: replications slow enough (~0.2 s) that a fault lands mid-batch. */
import { validateNetworkModel } from '../../engine/models/network/validateNetworkModel.js';
import type { NetworkModel } from '../../engine/models/network/networkSchema.js';

export const slowJob = {
  model: 'network' as const,
  input: validateNetworkModel({
    horizonMin: 1_000_000,
    warmupMin: 100,
    sources: [{ id: 'a', to: 's', interarrivalMin: { dist: 'exponential', mean: 1.25 } }],
    stations: [{ id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 } }],
  }),
  seed: 'faults',
};

/** A source with no arrival process: every replication throws (no validator sees it here, on purpose). */
export const brokenJob = {
  model: 'network' as const,
  input: {
    horizonMin: 10,
    sources: [{ id: 'x', to: 's' }],
    stations: [{ id: 's', servers: 1, serviceMin: { dist: 'exponential', mean: 1 } }],
  } as unknown as NetworkModel,
  seed: 1,
};

/** Polls `check` until it passes or `ms` run out (then its last failure is thrown). */
export async function eventually(check: () => Promise<void>, ms = 8000): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    try {
      return await check();
    } catch (err) {
      if (Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
