/**
 * Runs a validated queueing-network model for many replications and returns the versioned
 * result document that the CLI prints and the API stores.
 */
import { ENGINE_VERSION } from '../version.js';
import type { NetworkModel } from '../models/network/networkSchema.js';
import type { NetworkReplicationResult } from '../models/network/networkResult.js';
import { aggregateResults, compactSummaries, type SummaryTree } from './aggregateResults.js';
import { contentHash } from './contentHash.js';
import { runReplications, type RunOptions } from './runReplications.js';

export interface NetworkRunOptions extends Omit<RunOptions, 'stopping'> {
  seed?: number | string;
  /** Relative 95% CI half-width on every station's mean wait; enables the stopping rule. */
  precision?: number;
  minReplications?: number;
  maxReplications?: number;
  /** Full summaries (sd, percentiles across replications) instead of `{ mean, ci95 }`. */
  full?: boolean;
}

export interface NetworkRunResult {
  engineVersion: string;
  modelHash: string;
  seed: number | string;
  replications: number;
  stoppedBy: string;
  workers: number;
  warmupMin: number;
  horizonMin: number | null;
  /** Events processed over all replications. */
  events: number;
  wallMs: number;
  stations: Record<string, unknown>;
  system: unknown;
}

export async function simulateNetwork(model: NetworkModel, options: NetworkRunOptions = {}): Promise<NetworkRunResult> {
  const seed = options.seed ?? 1;
  const stopping =
    options.precision === undefined
      ? undefined
      : {
          relativeHalfWidth: options.precision,
          metrics: model.stations.map((s) => `stations.${s.id}.waitMin`),
          minReplications: options.minReplications ?? 10,
          maxReplications: options.maxReplications ?? 1000,
        };
  const outcome = await runReplications<NetworkReplicationResult>({ model: 'network', input: model, seed }, { ...options, stopping });
  const tree = aggregateResults(outcome.results) as { stations: SummaryTree; system: SummaryTree };
  const present = (t: SummaryTree) => (options.full ? t : compactSummaries(t));
  return {
    engineVersion: ENGINE_VERSION,
    modelHash: contentHash(model),
    seed,
    replications: outcome.replications,
    stoppedBy: outcome.stoppedBy,
    workers: outcome.workers,
    warmupMin: model.warmupMin ?? 0,
    horizonMin: model.horizonMin,
    events: outcome.results.reduce((sum, r) => sum + r.events, 0),
    wallMs: Math.round(outcome.wallMs),
    stations: present(tree.stations) as Record<string, unknown>,
    system: present(tree.system),
  };
}
