/**
 * The visitor part of a run, accumulated one simulated day at a time (index order): every figure
 * as running moments, plus each hour's mean wait per day for the fan chart's quantiles across
 * days. `block()` turns them into the result contract's VisitorRunBlock: rows with ids and clock
 * labels, one unit style (`…Min`, `…Hours`, shares 0–1, `utilization`).
 */
import { quantileSorted } from '../../engine/core/quantileSorted.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { compactSummaries } from '../../engine/runner/aggregateResults.js';
import { SummaryAccumulator, type StreamSummaryTree } from '../../engine/runner/summaryAccumulator.js';
import type { Estimate, VisitorRunBlock } from '../../engine/results/index.js';
import type { VisitorLabels } from '../compile/visitorLabels.js';
import { clockText } from '../visitors/toVisitorInput.js';
import { closedSpansBlock } from './closedSpansBlock.js';
import { triageBlock } from './triageBlock.js';
import { modifierBlocks } from './modifierBlocks.js';

type Tree = Record<string, unknown>;
const NONE: Estimate = { mean: null, ci95: null };

export class VisitorAccumulator {
  private readonly figures = new SummaryAccumulator();
  /** hourWaits[h][day]: the mean wait of those who arrived in hour h, per simulated day. */
  private readonly hourWaits: number[][] = [];

  add(r: VisitorReplicationResult): void {
    const staff: Tree = {};
    for (const [id, g] of Object.entries(r.staff)) staff[id] = { ...g, overtimeStaffHours: g.overtimeStaffMin / 60 };
    const { events: _events, ...rest } = r;
    const video = r.video === undefined ? {} : { video: { ...r.video, staffHours: r.video.staffMin / 60 } };
    this.figures.add({
      ...rest,
      ...video,
      closing: { ...r.closing, overtimeStaffHours: r.closing.overtimeStaffMin / 60 },
      staff,
    });
    r.byHour.waitMean.forEach((x, h) => (this.hourWaits[h] ??= []).push(x));
  }

  block(input: VisitorInput, labels: VisitorLabels, dayType: 'normal' | 'peak', full = false): VisitorRunBlock {
    const tree = (
      full ? this.figures.summary() : compactSummaries(this.figures.summary() as StreamSummaryTree)
    ) as Tree;
    const est = (node: unknown): Estimate => (isEstimate(node) ? node : NONE);
    const at = (node: unknown, key: string): Tree => ((node as Tree | undefined)?.[key] ?? {}) as Tree;
    const col = (node: unknown, key: string, i: number): Estimate =>
      est(((node as Tree | undefined)?.[key] as unknown[] | undefined)?.[i]);
    const wait = at(tree, 'waitMin');
    const inOffice = at(tree, 'timeInOfficeMin');
    const closing = at(tree, 'closing');
    const byHour = at(tree, 'byHour');
    const byInterval = at(tree, 'byInterval');
    const v = at(tree, 'visitors');

    return {
      day: {
        type: dayType,
        open: clockText(input.openMin),
        close: clockText(input.closeMin),
        intervalMin: input.intervalMin,
        expectedVisitors: input.expectedVisitors,
        organisation: input.organisation.type,
        renkei: input.organisation.renkei,
        kakanaiMadoguchi: input.kakanai,
        serviceLevel: input.serviceLevel,
      },
      procedures: labels.procedures.map((p) => {
        const x = at(at(tree, 'byProcedure'), p.id);
        const w = at(x, 'waitMin');
        return {
          ...p,
          arrived: est(x.arrived),
          served: est(x.served),
          waitMeanMin: est(w.mean),
          waitP90Min: est(w.p90),
          waitP95Min: est(w.p95),
          waitMaxMin: est(w.max),
          timeInOfficeMeanMin: est(x.timeInOfficeMin),
          countersVisited: est(x.countersVisited),
          walkingMin: est(x.walkingMin),
        };
      }),
      visitors: {
        demand: est(v.demand),
        diverted: est(v.diverted),
        booked: est(v.booked),
        noShows: est(v.noShows),
        arrived: est(v.arrived),
        served: est(v.served),
        abandoned: est(v.abandoned),
        balked: est(v.balked),
        turnedAway: est(v.turnedAway),
        unserved: est(v.unserved),
        comeBackAnotherDay: est(v.comeBackAnotherDay),
      },
      ...modifierBlocks(input, labels, tree, est),
      abandonmentShare: est(tree.abandonmentShare),
      serviceLevel: est(tree.serviceLevel),
      waitMeanMin: est(wait.mean),
      waitP50Min: est(wait.p50),
      waitP90Min: est(wait.p90),
      waitP95Min: est(wait.p95),
      waitMaxMin: est(wait.max),
      timeInOfficeMeanMin: est(inOffice.mean),
      timeInOfficeP90Min: est(inOffice.p90),
      timeInOfficeMaxMin: est(inOffice.max),
      countersVisited: est(tree.countersVisited),
      walkingMin: est(tree.walkingMin),
      waitingArea: {
        personsMean: est(at(tree, 'waitingArea').personsMean),
        personsP95: est(at(tree, 'waitingArea').personsP95),
        personsMax: est(at(tree, 'waitingArea').personsMax),
      },
      closing: {
        lastDepartureMin: est(closing.lastDepartureMin),
        servedAfterClose: est(closing.servedAfterClose),
        overtimeStaffHours: est(closing.overtimeStaffHours),
      },
      byHour: labels.hours.map((hour, h) => ({
        hour,
        arrivals: col(byHour, 'arrivals', h),
        waitMeanMin: col(byHour, 'waitMean', h),
        waitP50Min: col(byHour, 'waitP50', h),
        waitP90Min: col(byHour, 'waitP90', h),
        waitP95Min: col(byHour, 'waitP95', h),
        waitMaxMin: col(byHour, 'waitMax', h),
        waitMeanMinAcrossDays: quantilesAcrossDays(this.hourWaits[h] ?? []),
      })),
      byInterval: labels.intervals.map((start, i) => ({
        start,
        arrivals: col(byInterval, 'arrivals', i),
        served: col(byInterval, 'served', i),
        serviceLevel: col(byInterval, 'serviceLevel', i),
        waitingPersonsMean: col(byInterval, 'waitingPersonsMean', i),
        waitingPersonsMax: col(byInterval, 'waitingPersonsMax', i),
      })),
      queues: labels.queues.map((q) => {
        const x = at(at(tree, 'queues'), q.id);
        return {
          ...q,
          joins: est(x.joins),
          waitMeanMin: est(x.waitMin),
          waitMaxMin: est(x.waitMaxMin),
          serviceLevel: est(x.serviceLevel),
          abandoned: est(x.abandoned),
          byInterval: labels.intervals.map((start, i) => ({
            start,
            joins: col(x, 'joinsByInterval', i),
            withinTarget: col(x, 'withinTargetByInterval', i),
            serviceLevel: col(x, 'serviceLevelByInterval', i),
            waitMeanMin: col(x, 'waitByInterval', i),
            counterUtilization: col(x, 'counterUtilisation', i),
          })),
        };
      }),
      ...closedSpansBlock(input, labels, at(tree, 'closed'), est),
      ...triageBlock(input, at(tree, 'triage'), at(tree, 'returns'), est),
      staff: labels.staff.map((g) => {
        const x = at(at(tree, 'staff'), g.id);
        return {
          id: g.id,
          kind: g.kind,
          overtimeStaffHours: est(x.overtimeStaffHours),
          ...(g.phoneStaffMin === undefined ? {} : { phoneStaffHours: g.phoneStaffMin / 60 }),
          byInterval: labels.intervals.map((start, i) => ({
            start,
            onCounter: g.onCounter[i] ?? 0,
            utilization: col(x, 'utilisation', i),
            busyMin: col(x, 'busyMin', i),
          })),
        };
      }),
    };
  }
}

function isEstimate(node: unknown): node is Estimate {
  return typeof node === 'object' && node !== null && 'mean' in node && 'ci95' in node;
}

/** p05, p25, p50, p75, p95 of a daily figure over the days it was defined. */
export function quantilesAcrossDays(
  values: readonly number[],
): VisitorRunBlock['byHour'][number]['waitMeanMinAcrossDays'] {
  const xs = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const q = (p: number) => (xs.length === 0 ? null : quantileSorted(xs, p));
  return { p05: q(0.05), p25: q(0.25), p50: q(0.5), p75: q(0.75), p95: q(0.95) };
}
