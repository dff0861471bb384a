/**
 * Runs a validated queueing-network model for many replications and returns its result document
 * (`kind: "network-run"`, engine/results/networkRunSchema.ts), which the CLI prints and the API
 * stores. Replications stream into running summaries in index order; per replication only each
 * station's mean wait is kept (the vector a comparison would pair).
 */
import { ENGINE_VERSION } from '../version.js';
import type { NetworkModel } from '../models/network/networkSchema.js';
import type { NetworkReplicationResult } from '../models/network/networkResult.js';
import { FORMAT_VERSION, type NetworkRunResult, type StoppingRule } from '../results/index.js';
import { compactSummaries } from './aggregateResults.js';
import { contentHash } from './contentHash.js';
import { runReplications, type RunOptions } from './runReplications.js';
import { SummaryAccumulator, type StreamSummaryTree } from './summaryAccumulator.js';

export interface NetworkRunOptions extends Omit<
  RunOptions<NetworkReplicationResult>,
  'stopping' | 'onResult' | 'keepResults'
> {
  seed?: number | string;
  /** Relative 95% CI half-width on every station's mean wait; enables the stopping rule. */
  precision?: number;
  minReplications?: number;
  maxReplications?: number;
  /** Full summaries (sd, extremes across replications) instead of `{ mean, ci95 }`. */
  full?: boolean;
}

export type { NetworkRunResult };

export async function simulateNetwork(model: NetworkModel, options: NetworkRunOptions = {}): Promise<NetworkRunResult> {
  const seed = options.seed ?? 1;
  const waitKpis = model.stations.map((s) => `${s.id}.waitMin`);
  const stoppingRule: StoppingRule =
    options.precision === undefined
      ? { type: 'fixed', replications: options.replications ?? 10 }
      : {
          type: 'precision',
          relativeHalfWidth: options.precision,
          kpis: waitKpis,
          minReplications: options.minReplications ?? 10,
          maxReplications: options.maxReplications ?? 1000,
        };
  const acc = new SummaryAccumulator();
  const columns: Record<string, number[]> = Object.fromEntries(waitKpis.map((k) => [k, []]));
  let events = 0;
  const outcome = await runReplications<NetworkReplicationResult>(
    { model: 'network', input: model, seed },
    {
      ...options,
      replications: stoppingRule.type === 'fixed' ? stoppingRule.replications : undefined,
      stopping:
        stoppingRule.type === 'precision'
          ? { ...stoppingRule, metrics: model.stations.map((s) => `stations.${s.id}.waitMin`) }
          : undefined,
      keepResults: false,
      onResult: (i, r) => {
        const { events: n, conservation: _c, observedMin: _o, ...figures } = r;
        events += n;
        acc.add(figures);
        model.stations.forEach((s, k) => (columns[waitKpis[k]][i] = r.stations[s.id].waitMin));
      },
    },
  );
  const tree = acc.summary() as { stations?: Record<string, StreamSummaryTree>; system?: StreamSummaryTree };
  const present = (t: StreamSummaryTree | undefined) => (t === undefined ? {} : options.full ? t : compactSummaries(t));
  return {
    kind: 'network-run',
    formatVersion: FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    inputHash: contentHash({
      kind: 'network-run',
      model,
      rule: stoppingRule.type === 'fixed' ? 'fixed' : stoppingRule,
      full: options.full === true,
    }),
    seed,
    replications: outcome.replications,
    stoppingRule,
    stoppedBy: outcome.stoppedBy,
    wallMs: Math.round(outcome.wallMs),
    workers: outcome.workers,
    model: { name: model.name ?? null },
    warmupMin: model.warmupMin ?? 0,
    horizonMin: model.horizonMin,
    events,
    stations: model.stations.map((s) => ({
      id: s.id,
      ...(present(tree.stations?.[s.id]) as object),
    })) as NetworkRunResult['stations'],
    system: present(tree.system) as NetworkRunResult['system'],
    replicationKpis: Object.fromEntries(
      Object.entries(columns).map(([k, xs]) => [k, xs.map((x) => (Number.isFinite(x) ? x : null))]),
    ),
  };
}
