/**
 * Runs the workplace model for many replications (worker threads, deterministic for any worker
 * count) and returns the versioned result document that `wardsim run` prints: per zone and
 * weekday, per space and per activity, each figure as a mean with its 95% confidence half-width
 * across replications, plus the pooled distribution of each zone's daily peak.
 */
import { ENGINE_VERSION } from '../../version.js';
import type { WorkplaceJob, WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { aggregateResults, compactSummaries, type SummaryTree } from '../aggregateResults.js';
import { contentHash } from '../contentHash.js';
import { runReplications, type RunOptions } from '../runReplications.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, spaceDemandOf, type SpaceDemand } from './spaceDemand.js';
import { DAY_GROUPS, pooledPeakDistribution, replicationFigures } from './workplaceFigures.js';

export interface WorkplaceRunOptions extends Omit<RunOptions, 'stopping'> {
  seed?: number | string;
  /** Shortage and blocking targets of the `needed` block (defaults 0.05 and 0.1). */
  alpha?: number;
  beta?: number;
  /** Hash of the scenario document the model came from (carried into the result). */
  scenarioHash?: string;
  /** Full summaries (sd, percentiles across replications) instead of `{ mean, ci95 }`. */
  full?: boolean;
}

/** Provenance every workplace result carries. */
export interface WorkplaceStamp {
  engineVersion: string;
  scenarioHash: string;
  /** Hash of the model actually simulated (after defaults and plan overrides). */
  inputHash: string;
  seed: number | string;
  replications: number;
  stoppedBy: string;
  workers: number;
  wallMs: number;
}

export interface WorkplaceRunResult extends WorkplaceStamp {
  daysPerReplication: number;
  coreHours: { fromMin: number; toMin: number };
  events: number;
  staff: { total: number; deskUsers: number };
  staffDaysPerDay: unknown;
  /** staffDays summed over all replications (absent + remote + fieldAllDay + office = total). */
  staffDaysTotal: Record<string, number>;
  zones: Record<string, { staff: number; desks: number; overflowTo: string[]; figures: unknown; peakDemandDistribution: Record<string, Record<string, number>> }>;
  office: { staff: number; desks: number; figures: unknown; peakDemandDistribution: Record<string, Record<string, number>> };
  touchdown: { desks: number; figures: unknown };
  spaces: Record<string, { kind: string; count: number; capacityPersons: number; figures: unknown }>;
  activities: Record<string, unknown>;
  /** What this office needs (desks at α, units at β; method as `wardsim size`), in the area check's terms. */
  needed: { alpha: number; beta: number; spaceDemand: SpaceDemand };
}

/** Sizing-curve depth of a run: enough units to find every answer of an ordinary office. */
const RUN_MAX_UNITS = 40;

export async function simulateWorkplace(model: WorkplaceModel, options: WorkplaceRunOptions = {}): Promise<WorkplaceRunResult> {
  const seed = options.seed ?? 1;
  const maxUnits = Math.max(RUN_MAX_UNITS, 2 * Math.max(0, ...model.spaces.map((s) => s.count)) + 10);
  const job: WorkplaceJob = { model, sizingMaxUnits: maxUnits };
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const beta = options.beta ?? DEFAULT_BETA;
  const outcome = await runReplications<WorkplaceReplicationResult>({ model: 'workplace', input: job, seed }, { ...options, replications: options.replications ?? 20 });
  const results = outcome.results;
  const tree = aggregateResults(results.map(replicationFigures)) as Record<string, SummaryTree>;
  const present = (t: SummaryTree | undefined) => (t === undefined ? {} : options.full ? t : compactSummaries(t));
  const sub = (t: SummaryTree, key: string) => (t as Record<string, SummaryTree>)[key];
  const distributions = (hists: number[][][]) => Object.fromEntries(DAY_GROUPS.map((g) => [g, pooledPeakDistribution(hists, g)]));

  const zones: WorkplaceRunResult['zones'] = {};
  model.zones.forEach((z, i) => {
    zones[z.id] = {
      staff: results[0].zones[i].staff,
      desks: z.desks,
      overflowTo: z.overflowTo,
      figures: present(sub(tree.zones, z.id)),
      peakDemandDistribution: distributions(results.map((r) => r.zones[i].peakDemandDays)),
    };
  });
  const spaces: WorkplaceRunResult['spaces'] = {};
  for (const s of model.spaces) spaces[s.id] = { kind: s.kind, count: s.count, capacityPersons: s.capacityPersons, figures: present(sub(tree.spaces, s.id)) };
  const staffDaysTotal: Record<string, number> = { total: 0, absent: 0, remote: 0, fieldAllDay: 0, fieldPartDay: 0, office: 0 };
  for (const r of results) for (const key of Object.keys(staffDaysTotal)) staffDaysTotal[key] += r.staffDays[key as keyof typeof r.staffDays];
  const total = model.departments.reduce((s, d) => s + d.headcount.counter + d.headcount.backOffice + d.headcount.manager + d.headcount.field, 0);

  return {
    ...stamp(model, seed, outcome, options.scenarioHash),
    daysPerReplication: model.days,
    coreHours: { fromMin: model.coreFromMin, toMin: model.coreToMin },
    events: results.reduce((s, r) => s + r.events, 0),
    staff: { total, deskUsers: results[0].office.staff },
    staffDaysPerDay: present(tree.staffDaysPerDay),
    staffDaysTotal,
    zones,
    office: {
      staff: results[0].office.staff,
      desks: model.zones.reduce((s, z) => s + z.desks, 0) + model.touchdownDesks,
      figures: present(tree.office),
      peakDemandDistribution: distributions(results.map((r) => r.office.peakDemandDays)),
    },
    touchdown: { desks: model.touchdownDesks, figures: present(tree.touchdown) },
    spaces,
    activities: present(tree.activities) as Record<string, unknown>,
    needed: { alpha, beta, spaceDemand: spaceDemandOf(model, results, alpha, beta) },
  };
}

/** The provenance block of a workplace result. */
export function stamp(
  model: WorkplaceModel,
  seed: number | string,
  outcome: { replications: number; stoppedBy: string; workers: number; wallMs: number },
  scenarioHash: string | undefined,
): WorkplaceStamp {
  const inputHash = contentHash(model);
  return {
    engineVersion: ENGINE_VERSION,
    scenarioHash: scenarioHash ?? inputHash,
    inputHash,
    seed,
    replications: outcome.replications,
    stoppedBy: outcome.stoppedBy,
    workers: outcome.workers,
    wallMs: Math.round(outcome.wallMs),
  };
}

