/**
 * Runs the workplace model for many replications (worker threads, deterministic for any worker
 * count) and returns the workplace block of a scenario run: per zone and weekday, per space and
 * per activity, each figure as a mean with its 95% confidence half-width across replications,
 * the pooled distribution of each zone's daily peak, and the sizing answers (`needed`), read
 * from the same accumulator as `wardsim size`.
 */
import type { WorkplaceJob, WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { compactSummaries } from '../aggregateResults.js';
import { runReplications, type RunOptions } from '../runReplications.js';
import type { StreamSummaryTree } from '../summaryAccumulator.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, spaceDemandOf, type SpaceDemand } from './spaceDemand.js';
import { WorkplaceAccumulator } from './workplaceAccumulator.js';
import { attendanceLimitsOf } from './attendanceLimitFigures.js';

export interface WorkplaceRunOptions extends Omit<RunOptions<WorkplaceReplicationResult>, 'onResult' | 'keepResults'> {
  seed?: number | string;
  /** Shortage and blocking targets of the `needed` block (defaults 0.05 and 0.1). */
  alpha?: number;
  beta?: number;
  /** Full summaries (sd, extremes across replications) instead of `{ mean, ci95 }`. */
  full?: boolean;
}

/** How a workplace run or sizing went (the study layer wraps it in the result envelope). */
export interface WorkplaceRunInfo {
  replications: number;
  stoppedBy: string;
  workers: number;
  wallMs: number;
}

type Estimate = { mean: number | null; ci95: number | null };

export interface WorkplaceZoneRun {
  staff: number;
  desks: number;
  overflowTo: string[];
  /** Figures per day group (all, mon … fri); pShortageDayWithOverflow is the simulated share of short days. */
  figures: unknown;
  /** P(the zone's daily peak > its desks): the zone on its own, no overflow (the sizing definition). */
  pShortageDayAlone: Estimate;
  /** Fewest desks with pShortageDayAlone ≤ α. */
  desksNeeded: number;
  /** desks → P(the zone's daily peak > desks), the curve desksNeeded is read from. */
  shortageCurve: { desks: number; mean: number | null; ci95: number | null }[];
  peakDemandDistribution: Record<string, Record<string, number>>;
}

export interface WorkplaceRunResult extends WorkplaceRunInfo {
  daysPerReplication: number;
  coreHours: { fromMin: number; toMin: number };
  events: number;
  staff: { total: number; deskUsers: number };
  staffDaysPerDay: unknown;
  /** staffDays summed over all replications (absent + remote + fieldAllDay + office = total). */
  staffDaysTotal: Record<string, number>;
  zones: Record<string, WorkplaceZoneRun>;
  office: {
    staff: number;
    desks: number;
    figures: unknown;
    peakDemandDistribution: Record<string, Record<string, number>>;
  };
  touchdown: { desks: number; figures: unknown };
  spaces: Record<
    string,
    {
      kind: string;
      count: number;
      capacityPersons: number;
      figures: unknown;
      pBlockedAlone: Estimate | null;
      unitsNeeded: number | null;
      /** units → P(a first-choice request finds all taken), with the utilisation at that size. */
      blockingCurve: { units: number; mean: number | null; ci95: number | null; utilization: number | null }[];
    }
  >;
  activities: Record<string, unknown>;
  /** What this office needs (desks at α, units at β; method as `wardsim size`), in the area check's terms. */
  needed: { alpha: number; beta: number; spaceDemand: SpaceDemand };
  /** The telework cap and the satellite office, when the model has either (attendanceLimitFigures.ts). */
  attendanceLimits?: AttendanceLimitsRun;
}

export interface AttendanceLimitsRun {
  teleworkCapPersonsPerDay: number | null;
  satelliteSeatsPerDay: number | null;
  satelliteShare: number | null;
  /** Staff-days at the satellite office over all replications (with staffDaysTotal they sum to its total). */
  satelliteStaffDaysTotal: number;
  figures: unknown;
}

/** Sizing-curve depth: enough units to find every answer of an ordinary office. */
export function sizingDepth(model: WorkplaceModel): number {
  return Math.max(40, 2 * Math.max(0, ...model.spaces.map((s) => s.count)) + 10);
}

/**
 * Runs the configured office. `onReplication` sees each replication in index order (the study
 * layer takes its headline KPIs there); nothing is kept per replication.
 */
export async function simulateWorkplace(
  model: WorkplaceModel,
  options: WorkplaceRunOptions = {},
  onReplication?: (index: number, result: WorkplaceReplicationResult) => void,
): Promise<WorkplaceRunResult> {
  const seed = options.seed ?? 1;
  const job: WorkplaceJob = { model, sizingMaxUnits: sizingDepth(model) };
  const acc = new WorkplaceAccumulator(model);
  const outcome = await runReplications<WorkplaceReplicationResult>(
    { model: 'workplace', input: job, seed },
    {
      ...options,
      replications: options.replications ?? 20,
      keepResults: false,
      onResult: (i, r) => {
        acc.add(r);
        onReplication?.(i, r);
      },
    },
  );
  return workplaceRunResult(model, acc, outcome, options);
}

/** The run document from accumulated replications (also used when the replications ran inside a study job). */
export function workplaceRunResult(
  model: WorkplaceModel,
  acc: WorkplaceAccumulator,
  outcome: WorkplaceRunInfo,
  options: { alpha?: number; beta?: number; full?: boolean } = {},
): WorkplaceRunResult {
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const beta = options.beta ?? DEFAULT_BETA;
  const tree = acc.summary() as Record<string, StreamSummaryTree>;
  const present = (t: StreamSummaryTree | undefined) => (t === undefined ? {} : options.full ? t : compactSummaries(t));
  const sub = (t: StreamSummaryTree | undefined, key: string) =>
    (t as Record<string, StreamSummaryTree> | undefined)?.[key];

  const zones: WorkplaceRunResult['zones'] = {};
  model.zones.forEach((z, i) => {
    const answer = acc.zoneDesks(i, alpha);
    const now = answer.curve[Math.min(z.desks, answer.curve.length - 1)];
    zones[z.id] = {
      staff: acc.zoneStaff[i],
      desks: z.desks,
      overflowTo: z.overflowTo,
      figures: present(sub(tree.zones, z.id)),
      pShortageDayAlone: { mean: now.mean, ci95: now.ci95 },
      desksNeeded: answer.desksNeeded,
      shortageCurve: answer.curve,
      peakDemandDistribution: acc.zonePeakDistribution(i),
    };
  });
  const spaces: WorkplaceRunResult['spaces'] = {};
  model.spaces.forEach((s, i) => {
    const answer = acc.spaceUnits(i, beta);
    const now = s.count < answer.curve.length ? answer.curve[s.count] : undefined;
    spaces[s.id] = {
      kind: s.kind,
      count: s.count,
      capacityPersons: s.capacityPersons,
      figures: present(sub(tree.spaces, s.id)),
      pBlockedAlone: now === undefined ? null : { mean: now.mean, ci95: now.ci95 },
      unitsNeeded: answer.unitsNeeded,
      blockingCurve: answer.curve,
    };
  });
  const limits = attendanceLimitsOf(model, acc, options.full);
  const total = model.departments.reduce(
    (s, d) => s + d.headcount.counter + d.headcount.backOffice + d.headcount.manager + d.headcount.field,
    0,
  );

  return {
    replications: outcome.replications,
    stoppedBy: outcome.stoppedBy,
    workers: outcome.workers,
    wallMs: Math.round(outcome.wallMs),
    daysPerReplication: model.days,
    coreHours: { fromMin: model.coreFromMin, toMin: model.coreToMin },
    events: acc.events,
    staff: { total, deskUsers: acc.officeStaff },
    staffDaysPerDay: present(tree.staffDaysPerDay),
    staffDaysTotal: { ...acc.staffDaysTotal },
    zones,
    office: {
      staff: acc.officeStaff,
      desks: model.zones.reduce((s, z) => s + z.desks, 0) + model.touchdownDesks,
      figures: present(tree.office),
      peakDemandDistribution: acc.officePeakDistribution(),
    },
    touchdown: { desks: model.touchdownDesks, figures: present(tree.touchdown) },
    spaces,
    activities: present(tree.activities) as Record<string, unknown>,
    needed: { alpha, beta, spaceDemand: spaceDemandOf(model, acc, alpha, beta) },
    ...(limits === undefined ? {} : { attendanceLimits: limits }),
  };
}
