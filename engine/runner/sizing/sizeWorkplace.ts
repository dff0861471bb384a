/**
 * `wardsim size`: the fewest desks per zone (shortage on at most α of days), the fewest units of
 * each booth, focus-seat and room kind (blocking at most β), the curves behind each answer, and
 * optionally a telework sweep showing desks needed as the remote share of eligible staff rises.
 * One run of the configured office gives every desk and space curve (see sizeDesks.ts and
 * sizeSpaces.ts for why no per-candidate re-runs are needed); one more run gives the desk demand
 * at every telework level at once (deskDemandSweep.ts), every level on the same people and days.
 */
import { WEEKDAYS, type WorkplaceJob, type WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { DeskSweepReplicationResult } from '../../models/workplace/deskDemandSweep.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { runReplications, type RunOptions } from '../runReplications.js';
import { attendanceBoundDesks, officeDayProbabilities } from './attendanceBound.js';
import { sizeDesks, type DeskAnswer, type Estimate } from './sizeDesks.js';
import { sizeSpace, type SpaceAnswer } from './sizeSpaces.js';
import { stamp, type WorkplaceStamp } from './simulateWorkplace.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, demandOf, departmentsOf, type SpaceDemand } from './spaceDemand.js';

export { DEFAULT_ALPHA, DEFAULT_BETA };
/** Remote shares of eligible staff in the default sweep: 0 %, 10 %, …, 70 %. */
export const DEFAULT_SWEEP = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

export interface SizeOptions extends Omit<RunOptions, 'stopping' | 'onProgress'> {
  seed?: number | string;
  scenarioHash?: string;
  alpha?: number;
  beta?: number;
  /** Largest number of units considered per space (default max(40, 2 × largest count + 10)). */
  maxUnits?: number;
  /** Remote shares for the telework sweep; absent = no sweep. */
  sweep?: number[];
  onProgress?: (done: number, target: number) => void;
}

export interface ZoneDeskSizing extends DeskAnswer {
  id: string;
  staff: number;
  desksNow: number;
  /** P(shortage day) at today's desks if the zone had no overflow. */
  pShortageNow: Estimate;
  /** Desks needed if the zone were sized for each weekday on its own. */
  desksNeededByWeekday: Record<string, number>;
  /** The everyone-in-at-once formula (Poisson-binomial): an upper bound. */
  desksNeededAttendanceBound: number;
}

export interface SpaceSizing extends SpaceAnswer {
  id: string;
  kind: string;
  capacityPersons: number;
  unitsNow: number;
  pBlockedNow: Estimate | null;
}

export interface TeleworkSweepRow {
  remoteShare: number;
  desksNeededByZone: Record<string, number>;
  desksNeededTotal: number;
  /** Desks if the whole office shared one pool. */
  pooledDesksNeeded: number;
}

export interface WorkplaceSizingResult extends WorkplaceStamp {
  alpha: number;
  beta: number;
  daysPerReplication: number;
  desks: {
    rule: string;
    zones: ZoneDeskSizing[];
    totalNow: number;
    totalNeeded: number;
    touchdownNow: number;
    /** The whole office as one pool of shared desks (every zone may use every desk). */
    pooled: DeskAnswer & { staff: number };
  };
  spaces: { rule: string; maxUnits: number; items: SpaceSizing[] };
  /** The answer in the floor-plan area check's format (wardsim floorplan check --demand). */
  spaceDemand: SpaceDemand;
  sweep?: { replications: number; rows: TeleworkSweepRow[] };
}

export async function sizeWorkplace(model: WorkplaceModel, options: SizeOptions = {}): Promise<WorkplaceSizingResult> {
  const seed = options.seed ?? 1;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const beta = options.beta ?? DEFAULT_BETA;
  const replications = options.replications ?? 100;
  const maxUnits = options.maxUnits ?? Math.max(40, 2 * Math.max(0, ...model.spaces.map((s) => s.count)) + 10);
  const sweep = [...new Set(options.sweep ?? [])].sort((a, b) => a - b);
  for (const share of sweep) if (!(share >= 0 && share <= 1)) throw new RangeError(`sweep: expected remote shares from 0 to 1, got ${share}`);
  const target = replications * (sweep.length > 0 ? 2 : 1);
  let done = 0;
  const run = async <R>(job: WorkplaceJob) => {
    const base = done;
    const out = await runReplications<R>(
      { model: 'workplace', input: job, seed },
      { ...options, replications, onProgress: (p) => options.onProgress?.(base + p.done, target) },
    );
    done += out.replications;
    return out;
  };

  const outcome = await run<WorkplaceReplicationResult>({ model, sizingMaxUnits: maxUnits });
  const results = outcome.results;
  const bound = officeDayProbabilities({ model });
  const zones: ZoneDeskSizing[] = model.zones.map((z, i) => {
    const hists = results.map((r) => r.zones[i].peakDemandDays);
    const answer = sizeDesks(hists, alpha);
    const now = answer.curve[Math.min(z.desks, answer.curve.length - 1)];
    return {
      id: z.id,
      staff: results[0].zones[i].staff,
      desksNow: z.desks,
      ...answer,
      pShortageNow: { mean: now.mean, ci95: now.ci95 },
      desksNeededByWeekday: Object.fromEntries(WEEKDAYS.map((d, w) => [d, sizeDesks(hists, alpha, [w]).desksNeeded])),
      desksNeededAttendanceBound: attendanceBoundDesks(bound[i], alpha),
    };
  });
  const pooled = sizeDesks(
    results.map((r) => r.office.peakDemandDays),
    alpha,
  );
  const items: SpaceSizing[] = model.spaces.map((s, i) => {
    const answer = sizeSpace(
      results.map((r) => (r.shadows as NonNullable<typeof r.shadows>)[i]),
      results.map((r) => r.days),
      results[0].coreMinPerDay,
      beta,
    );
    const now = s.count <= maxUnits ? answer.curve[s.count] : null;
    return {
      id: s.id,
      kind: s.kind,
      capacityPersons: s.capacityPersons,
      unitsNow: s.count,
      ...answer,
      pBlockedNow: now === null ? null : { mean: now.mean, ci95: now.ci95 },
    };
  });

  let sweepResult: WorkplaceSizingResult['sweep'];
  if (sweep.length > 0) {
    // One pass per replication carries every telework level (deskDemandSweep.ts).
    const levels = (await run<DeskSweepReplicationResult>({ model, sweepShares: sweep })).results;
    const rows: TeleworkSweepRow[] = sweep.map((share, l) => {
      const byZone = Object.fromEntries(model.zones.map((z, i) => [z.id, sizeDesks(levels.map((r) => r.zones[i].peakDemandDays[l]), alpha).desksNeeded]));
      return {
        remoteShare: share,
        desksNeededByZone: byZone,
        desksNeededTotal: Object.values(byZone).reduce((a, b) => a + b, 0),
        pooledDesksNeeded: sizeDesks(levels.map((r) => r.office.peakDemandDays[l]), alpha).desksNeeded,
      };
    });
    sweepResult = { replications, rows };
  }

  const totalNeeded = zones.reduce((a, z) => a + z.desksNeeded, 0);
  return {
    ...stamp(model, seed, outcome, options.scenarioHash),
    alpha,
    beta,
    daysPerReplication: model.days,
    desks: {
      rule: 'per zone, the fewest desks S with P(daily peak demand > S) ≤ alpha, the zone on its own (no overflow)',
      zones,
      totalNow: model.zones.reduce((a, z) => a + z.desks, 0),
      totalNeeded,
      touchdownNow: model.touchdownDesks,
      pooled: { staff: results[0].office.staff, ...pooled },
    },
    spaces: { rule: 'per space, the fewest units with P(a request that wants it first finds none free) ≤ beta', maxUnits, items },
    spaceDemand: demandOf(
      zones.map((z) => ({ ...z, departments: departmentsOf(model, z.id) })),
      items,
    ),
    ...(sweepResult ? { sweep: sweepResult } : {}),
  };
}
