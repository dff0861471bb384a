/**
 * The visitor part of `wardsim run`: builds the model input from the scenario (and the linked
 * plan's walking times), runs the replications on worker threads, aggregates them with 95%
 * confidence intervals and renders a summary in Japanese or English.
 */
import { aggregateResults, compactSummaries, type SummaryTree } from '../../engine/runner/aggregateResults.js';
import { contentHash } from '../../engine/runner/contentHash.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { compileVisitorModel } from '../../engine/models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { valueAt } from '../../engine/models/visitors/staffRoster.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import type { PartRunner, PartRunOptions } from '../partRunner.js';
import type { Scenario } from '../scenarioSchema.js';
import type { SpaceDemandInput } from '../planInputs.js';
import { renderVisitorResult } from './renderVisitorResult.js';
import { clockText, toVisitorInput } from './toVisitorInput.js';
import type { VisitorPart } from './visitorSchema.js';

export interface VisitorLabels {
  intervals: string[];
  hours: string[];
  procedures: { id: string; name: string; nameJa: string }[];
  queues: { id: string; name: string; nameJa: string; kind: string; counters: number | null }[];
  staff: { id: string; kind: string; onCounter: number[] }[];
}

export interface VisitorRunResult {
  engineVersion: string;
  /** Hash of the model input (the scenario part with defaults and plan walking resolved). */
  scenarioHash: string;
  seed: number | string;
  replications: number;
  stoppedBy: string;
  workers: number;
  wallMs: number;
  day: {
    type: 'normal' | 'peak';
    open: string;
    close: string;
    intervalMin: number;
    expectedVisitors: number;
    organisation: string;
    renkei: boolean;
    kakanaiMadoguchi: boolean;
    serviceLevel: { target: number; withinMin: number };
  };
  labels: VisitorLabels;
  /** Every figure of VisitorReplicationResult as `{ mean, ci95 }` (or full summaries with `full`). */
  summary: Record<string, unknown>;
}

/** Runs the visitor part of `scenario` (also used by the API and the staffing command). */
export async function runVisitorPart(scenario: Scenario, options: PartRunOptions & { full?: boolean }): Promise<VisitorRunResult> {
  const part = scenario.visitors as VisitorPart;
  const input = toVisitorInput(part, options.plan?.walking);
  const outcome = await runReplications<VisitorReplicationResult>(
    { model: 'visitors', input, seed: options.seed },
    { replications: options.replications, workers: options.workers, signal: options.signal, onProgress: (p) => options.onProgress?.(p.done, p.target) },
  );
  const tree = aggregateResults(outcome.results) as Record<string, SummaryTree>;
  delete tree.events;
  return {
    engineVersion: ENGINE_VERSION,
    scenarioHash: contentHash(input),
    seed: options.seed,
    replications: outcome.replications,
    stoppedBy: outcome.stoppedBy,
    workers: outcome.workers,
    wallMs: Math.round(outcome.wallMs),
    day: {
      type: part.day?.type ?? 'normal',
      open: clockText(input.openMin),
      close: clockText(input.closeMin),
      intervalMin: input.intervalMin,
      expectedVisitors: input.expectedVisitors,
      organisation: input.organisation.type,
      renkei: input.organisation.renkei,
      kakanaiMadoguchi: input.kakanai,
      serviceLevel: input.serviceLevel,
    },
    labels: visitorLabels(part, input),
    summary: (options.full ? tree : compactSummaries(tree)) as Record<string, unknown>,
  };
}

/** Names of intervals, hours, procedures, queues and staff groups, for tables and charts. */
export function visitorLabels(part: VisitorPart, input: VisitorInput): VisitorLabels {
  const model = compileVisitorModel(input);
  const dept = new Map(part.departments.map((d) => [d.id, d]));
  const queueNames: Record<string, [string, string]> = {
    onestop: ['one-stop desk', 'ワンストップ窓口'],
    'onestop-seats': ['one-stop seats', 'ワンストップ席'],
    concierge: ['concierge', '総合案内'],
    reception: ['reception kiosk', '受付・発券'],
  };
  return {
    intervals: Array.from({ length: model.bins }, (_, i) => clockText(input.openMin + i * input.intervalMin)),
    hours: Array.from({ length: model.hours }, (_, h) => `${String(model.firstHour + h).padStart(2, '0')}:00`),
    procedures: part.procedures.map((p) => ({ id: p.id, name: p.name ?? p.id, nameJa: p.nameJa ?? p.name ?? p.id })),
    queues: model.queues
      .filter((q) => q.id !== 'concierge' && q.id !== 'reception')
      .map((q) => {
        const d = dept.get(q.id);
        const [en, ja] = queueNames[q.id] ?? [d?.name ?? q.id, d?.nameJa ?? d?.name ?? q.id];
        return { id: q.id, name: en, nameJa: ja, kind: ['counter', 'specialist', 'seats'][q.kind] ?? 'other', counters: Number.isFinite(q.counters) ? q.counters : null };
      }),
    staff: model.groups.map((g) => ({
      id: g.id,
      kind: g.kind,
      onCounter: Array.from({ length: model.bins }, (_, i) => valueAt(g.onCounter, input.openMin + i * input.intervalMin)),
    })),
  };
}

export const visitorPartRunner: PartRunner<VisitorRunResult> = {
  key: 'visitors',
  title: { ja: '来庁者・窓口', en: 'Visitors and counters' },
  run: (scenario, options) => runVisitorPart(scenario, options),
  render: (result, lang) => renderVisitorResult(result, lang),
  spaceDemand(result): SpaceDemandInput {
    const seats = (result.summary.waitingArea as { personsP95: { mean: number | null } } | undefined)?.personsP95.mean;
    const counters: Record<string, number> = {};
    for (const q of result.labels.queues) if (q.kind === 'counter' && q.counters !== null && q.id !== 'onestop') counters[q.id] = q.counters;
    return { waitingSeatsP95: seats ?? undefined, counterPositionsByDepartment: counters };
  },
};
