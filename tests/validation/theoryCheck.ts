/**
 * Shared helpers of the validation suite: run a model for R replications on the worker pool
 * and compare a figure with exact theory through the simulation's own confidence interval.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { expect } from 'vitest';
import { validateNetworkModel } from '../../engine/models/network/validateNetworkModel.js';
import type { NetworkReplicationResult } from '../../engine/models/network/networkResult.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { valueAtPath } from '../../engine/runner/aggregateResults.js';

export async function simulate(model: unknown, replications: number, seed = 2026): Promise<NetworkReplicationResult[]> {
  const input = validateNetworkModel(model);
  const out = await runReplications<NetworkReplicationResult>(
    { model: 'network', input, seed },
    { replications, workers: 2 },
  );
  return out.results;
}

export interface CiCheck {
  mean: number;
  halfWidth99: number;
  relativeHalfWidth: number;
}

/** Mean and 99% CI half-width (Student t) of a figure across replications. */
export function ci99(results: NetworkReplicationResult[], path: string): CiCheck {
  const xs = results.map((r) => valueAtPath(r, path));
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  const halfWidth99 = tQuantile(0.995, n - 1) * (sd / Math.sqrt(n));
  return { mean, halfWidth99, relativeHalfWidth: halfWidth99 / Math.abs(mean) };
}

/**
 * Theory must lie inside the simulation's 99% CI, and the CI must be tight: its half-width at
 * most `maxRelative` (2%) of the mean, so a loose run cannot pass by being vague.
 */
export function expectTheoryInCi(
  results: NetworkReplicationResult[],
  path: string,
  theory: number,
  maxRelative = 0.02,
): CiCheck {
  const c = ci99(results, path);
  const context = `${path}: simulated ${c.mean.toFixed(5)} ± ${c.halfWidth99.toFixed(5)} (99% CI), theory ${theory.toFixed(5)}`;
  expect(c.relativeHalfWidth, `${context} — CI too wide`).toBeLessThanOrEqual(maxRelative);
  expect(Math.abs(c.mean - theory), context).toBeLessThanOrEqual(c.halfWidth99);
  return c;
}
