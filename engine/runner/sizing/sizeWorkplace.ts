/**
 * `wardsim size`: the fewest desks per zone (shortage on at most α of days), the fewest units of
 * each booth, focus-seat and room kind (blocking at most β), the curves behind each answer, and
 * optionally a telework sweep showing desks needed as the remote share of eligible staff rises.
 * One run of the configured office gives every desk curve and the replayed space curves (see
 * sizeDesks.ts and sizeSpaces.ts); where a space's requests depend on its count (blocked requests
 * dropped, no-shows: requestsDependOnUnits.ts) the counts that decide its answers are simulated
 * one by one on common random numbers (spaceCountSearch.ts). One more run gives the desk demand
 * at every telework level at once (deskDemandSweep.ts), every level on the same people and days.
 */
import { WEEKDAYS, type WorkplaceJob, type WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { DeskSweepReplicationResult } from '../../models/workplace/deskDemandSweep.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { runReplications, type RunOptions } from '../runReplications.js';
import { attendanceBoundDesks, officeDayProbabilities } from './attendanceBound.js';
import { answerFromCurve, ShortageCurveAccumulator, type DeskAnswer, type Estimate } from './sizeDesks.js';
import type { SpaceAnswer } from './sizeSpaces.js';
import { requestsDependOnUnits } from './requestsDependOnUnits.js';
import { searchSpaceCounts, type CurveMode, type SizedCurvePoint } from './spaceCountSearch.js';
import { simulateSpaceCount } from './simulateSpaceCount.js';
import { sizingDepth } from './simulateWorkplace.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, demandOf, departmentsOf, type SpaceDemand } from './spaceDemand.js';
import { WorkplaceAccumulator } from './workplaceAccumulator.js';
import { attendanceLimitsOf } from './attendanceLimitFigures.js';
import type { AttendanceLimitsRun } from './simulateWorkplace.js';

const ALL_WEEKDAYS = [0, 1, 2, 3, 4];

export { DEFAULT_ALPHA, DEFAULT_BETA };
/** Remote shares of eligible staff in the default sweep: 0 %, 10 %, …, 70 %. */
export const DEFAULT_SWEEP = [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7];

export interface SizeOptions extends Omit<RunOptions, 'stopping' | 'onProgress' | 'onResult' | 'keepResults'> {
  seed?: number | string;
  alpha?: number;
  beta?: number;
  /** Largest number of units considered per space (default max(40, 2 × largest count + 10)). */
  maxUnits?: number;
  /** Remote shares for the telework sweep; absent = no sweep. */
  sweep?: number[];
  /**
   * Counts simulated for spaces whose requests depend on the count: 'window' (default) only the
   * counts that decide the answers, 'all' every count until one blocks nothing.
   */
  curves?: CurveMode;
  onProgress?: (done: number, target: number) => void;
}

export interface ZoneDeskSizing extends DeskAnswer {
  id: string;
  staff: number;
  desksNow: number;
  /** P(the zone's daily peak > today's desks): the zone on its own, no overflow (the same figure as in a run). */
  pShortageDayAlone: Estimate;
  /** Desks needed if the zone were sized for each weekday on its own. */
  desksNeededByWeekday: Record<string, number>;
  /** The everyone-in-at-once formula (Poisson-binomial): an upper bound. */
  desksNeededAttendanceBound: number;
}

export interface SpaceSizing extends Omit<SpaceAnswer, 'curve'> {
  id: string;
  /** Blocked requests are dropped or bookings can be no-shows: the request stream depends on the count. */
  requestsDependOnUnits: boolean;
  /** units → blocking; `simulated` marks counts run on their own (the rest replay today's requests). */
  curve: SizedCurvePoint[];
  kind: string;
  capacityPersons: number;
  unitsNow: number;
  /** P(a first-choice request finds all of today's units taken), the space on its own (as in a run). */
  pBlockedAlone: Estimate | null;
}

export interface TeleworkSweepRow {
  remoteShare: number;
  desksNeededByZone: Record<string, number>;
  desksNeededTotal: number;
  /** Desks if the whole office shared one pool. */
  pooledDesksNeeded: number;
}

export interface WorkplaceSizingResult {
  replications: number;
  stoppedBy: string;
  workers: number;
  wallMs: number;
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
  spaces: { rule: string; maxUnits: number; curves: CurveMode; items: SpaceSizing[] };
  /** The answer in the floor-plan area check's format (wardsim floorplan check --demand). */
  spaceDemand: SpaceDemand;
  sweep?: { replications: number; rows: TeleworkSweepRow[] };
  attendanceLimits?: AttendanceLimitsRun;
}

export async function sizeWorkplace(model: WorkplaceModel, options: SizeOptions = {}): Promise<WorkplaceSizingResult> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const alpha = options.alpha ?? DEFAULT_ALPHA;
  const beta = options.beta ?? DEFAULT_BETA;
  const replications = options.replications ?? 100;
  const maxUnits = options.maxUnits ?? sizingDepth(model);
  const sweep = [...new Set(options.sweep ?? [])].sort((a, b) => a - b);
  for (const share of sweep)
    if (!(share >= 0 && share <= 1)) throw new RangeError(`sweep: expected remote shares from 0 to 1, got ${share}`);
  const dependent = model.spaces.map((_, i) => requestsDependOnUnits(model, i));
  // Typically two simulated counts per such space (workEstimate.ts); the target grows if more are needed.
  let target = replications * ((sweep.length > 0 ? 2 : 1) + 2 * dependent.filter(Boolean).length);
  let done = 0;
  const progress = (base: number) => (p: { done: number }) => {
    target = Math.max(target, base + p.done);
    options.onProgress?.(base + p.done, target);
  };
  const run = async <R>(job: WorkplaceJob, onResult: (r: R) => void) => {
    const base = done;
    const out = await runReplications<R>(
      { model: 'workplace', input: job, seed },
      { ...options, replications, keepResults: false, onResult: (_, r) => onResult(r), onProgress: progress(base) },
    );
    done += out.replications;
    return out;
  };
  const simulateCount = async (space: number, units: number) => {
    const base = done;
    const { onProgress: _, ...rest } = options;
    const runOptions = { ...rest, replications, onProgress: progress(base) };
    const point = await simulateSpaceCount(model, space, units, seed, runOptions);
    done += replications;
    return point;
  };

  const acc = new WorkplaceAccumulator(model);
  const outcome = await run<WorkplaceReplicationResult>({ model, sizingMaxUnits: maxUnits }, (r) => acc.add(r));
  const bound = officeDayProbabilities({ model });
  const zones: ZoneDeskSizing[] = model.zones.map((z, i) => {
    const answer = acc.zoneDesks(i, alpha);
    const now = answer.curve[Math.min(z.desks, answer.curve.length - 1)];
    return {
      id: z.id,
      staff: acc.zoneStaff[i],
      desksNow: z.desks,
      ...answer,
      pShortageDayAlone: { mean: now.mean, ci95: now.ci95 },
      desksNeededByWeekday: Object.fromEntries(WEEKDAYS.map((d, w) => [d, acc.zoneDesks(i, alpha, w).desksNeeded])),
      desksNeededAttendanceBound: attendanceBoundDesks(bound[i], alpha),
    };
  });
  const items: SpaceSizing[] = [];
  // One space after the other: each simulated count already uses every worker.
  for (const [i, s] of model.spaces.entries()) {
    const replayed = acc.spaceUnits(i, beta);
    const now = s.count <= maxUnits ? replayed.curve[s.count] : null;
    const answer = dependent[i]
      ? await searchSpaceCounts({
          replayed: replayed.curve,
          unitsNow: s.count,
          replayedNeeded: replayed.unitsNeeded,
          replayedNeededUpper: replayed.unitsNeededUpper,
          beta,
          mode: options.curves ?? 'window',
          simulate: (units) => simulateCount(i, units),
        })
      : { ...replayed, curve: replayed.curve.map((p) => ({ ...p, simulated: p.units === s.count })) };
    const at = answer.unitsNeeded === null ? null : answer.curve[answer.unitsNeeded];
    items.push({
      id: s.id,
      kind: s.kind,
      capacityPersons: s.capacityPersons,
      unitsNow: s.count,
      requestsDependOnUnits: dependent[i],
      unitsNeeded: answer.unitsNeeded,
      unitsNeededUpper: answer.unitsNeededUpper,
      pBlockedAtNeeded: at === null ? null : { mean: at.mean, ci95: at.ci95 },
      requestsPerDay: replayed.requestsPerDay,
      curve: answer.curve,
      pBlockedAlone: now === null ? null : { mean: now.mean, ci95: now.ci95 },
    });
  }

  let sweepResult: WorkplaceSizingResult['sweep'];
  if (sweep.length > 0) {
    // One pass per replication carries every telework level (deskDemandSweep.ts).
    const zoneCurves = sweep.map(() => model.zones.map(() => new ShortageCurveAccumulator(ALL_WEEKDAYS)));
    const officeCurves = sweep.map(() => new ShortageCurveAccumulator(ALL_WEEKDAYS));
    await run<DeskSweepReplicationResult>({ model, sweepShares: sweep }, (r) => {
      sweep.forEach((_, l) => {
        r.zones.forEach((z, i) => zoneCurves[l][i].add(z.peakDemandDays[l]));
        officeCurves[l].add(r.office.peakDemandDays[l]);
      });
    });
    const rows: TeleworkSweepRow[] = sweep.map((share, l) => {
      const byZone = Object.fromEntries(
        model.zones.map((z, i) => [z.id, answerFromCurve(zoneCurves[l][i].curve(), alpha).desksNeeded]),
      );
      return {
        remoteShare: share,
        desksNeededByZone: byZone,
        desksNeededTotal: Object.values(byZone).reduce((a, b) => a + b, 0),
        pooledDesksNeeded: answerFromCurve(officeCurves[l].curve(), alpha).desksNeeded,
      };
    });
    sweepResult = { replications, rows };
  }

  const totalNeeded = zones.reduce((a, z) => a + z.desksNeeded, 0);
  const limits = attendanceLimitsOf(model, acc);
  return {
    replications: outcome.replications,
    stoppedBy: outcome.stoppedBy,
    workers: outcome.workers,
    wallMs: Math.round(performance.now() - started),
    alpha,
    beta,
    daysPerReplication: model.days,
    desks: {
      rule: 'per zone, the fewest desks S with P(daily peak demand > S) ≤ alpha, the zone on its own (no overflow)',
      zones,
      totalNow: model.zones.reduce((a, z) => a + z.desks, 0),
      totalNeeded,
      touchdownNow: model.touchdownDesks,
      pooled: { staff: acc.officeStaff, ...acc.officeDesks(alpha) },
    },
    spaces: {
      rule:
        'per space, the fewest units with P(a request that wants it first finds none free) ≤ beta; ' +
        'counts simulated one by one where blocked requests are dropped or bookings can be no-shows',
      maxUnits,
      curves: options.curves ?? 'window',
      items,
    },
    spaceDemand: demandOf(
      zones.map((z) => ({ ...z, departments: departmentsOf(model, z.id) })),
      items,
    ),
    ...(sweepResult ? { sweep: sweepResult } : {}),
    // Telework cap and satellite office (attendanceLimitFigures.ts), only when the model has either.
    ...(limits === undefined ? {} : { attendanceLimits: limits }),
  };
}
