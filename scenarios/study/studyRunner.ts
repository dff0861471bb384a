/**
 * Runs several compiled scenarios (a run, the options of a comparison, the cells of a sweep) as
 * one study: each replication index simulates every distinct model input once, on the streams
 * of (seed, index), so every scenario sees the same random numbers and differences are paired.
 * Results stream into per-input accumulators in index order; per scenario only the headline-KPI
 * vectors grow with the replications.
 */
import { contentHash } from '../../engine/runner/contentHash.js';
import { runReplications, type RunOutcome } from '../../engine/runner/runReplications.js';
import { sizingDepth } from '../../engine/runner/sizing/simulateWorkplace.js';
import { WorkplaceAccumulator } from '../../engine/runner/sizing/workplaceAccumulator.js';
import { workBudgetFor } from '../../engine/runner/workBudget.js';
import type { StudyJobInput, StudyReplicationResult } from '../../engine/runner/studyReplication.js';
import type { KpiDefinition, StoppingRule } from '../../engine/results/index.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import { VISITOR_KPIS, visitorKpiValues, WORKPLACE_KPIS, workplaceKpiValues } from './kpiValues.js';
import { studyStoppingRule, type PartKey } from './inputHashes.js';
import type { StudyOptions } from './studyOptions.js';

export type { PartKey };
import { VisitorAccumulator } from './visitorAccumulator.js';
import { visitorDayEvents, workplaceReplicationEvents } from './workEstimate.js';

/** One scenario of a study and what its replications added up to. */
export interface ScenarioRun {
  compiled: CompiledScenario;
  parts: PartKey[];
  visitors?: VisitorAccumulator;
  workplace?: WorkplaceAccumulator;
  /** The headline KPIs this scenario reports (of its parts), in order. */
  kpis: KpiDefinition[];
  /** kpi id → value per replication. */
  columns: Record<string, number[]>;
}

export interface StudyRun {
  runs: ScenarioRun[];
  outcome: RunOutcome<StudyReplicationResult>;
  seed: number | string;
  stoppingRule: StoppingRule;
}

export async function runStudy(
  scenarios: CompiledScenario[],
  options: StudyOptions,
  parts?: PartKey[],
): Promise<StudyRun> {
  const first = scenarios[0].scenario;
  const seed = options.seed ?? first.seed ?? 1;
  const visitorInputs: StudyJobInput['visitors'] = [];
  const workplaceJobs: StudyJobInput['workplace'] = [];
  const visitorIndex = new Map<string, number>();
  const workplaceIndex = new Map<string, number>();
  const visitorAccs: VisitorAccumulator[] = [];
  const workplaceAccs: WorkplaceAccumulator[] = [];

  const plans = scenarios.map((c) => {
    const want = (p: PartKey) => c[p] !== undefined && (parts === undefined || parts.includes(p));
    let v = -1;
    let w = -1;
    if (want('visitors') && c.visitors) {
      const key = contentHash(c.visitors.input);
      v = visitorIndex.get(key) ?? -1;
      if (v < 0) {
        v = visitorInputs.push(c.visitors.input) - 1;
        visitorIndex.set(key, v);
        visitorAccs.push(new VisitorAccumulator());
      }
    }
    if (want('workplace') && c.workplace) {
      const key = contentHash(c.workplace.model);
      w = workplaceIndex.get(key) ?? -1;
      if (w < 0) {
        w = workplaceJobs.push({ model: c.workplace.model, sizingMaxUnits: sizingDepth(c.workplace.model) }) - 1;
        workplaceIndex.set(key, w);
        workplaceAccs.push(new WorkplaceAccumulator(c.workplace.model));
      }
    }
    return { v, w };
  });

  const runs: ScenarioRun[] = scenarios.map((compiled, i) => {
    const { v, w } = plans[i];
    const kpis = [...(v >= 0 ? VISITOR_KPIS : []), ...(w >= 0 ? WORKPLACE_KPIS : [])];
    const run: ScenarioRun = {
      compiled,
      parts: [...(v >= 0 ? ['visitors' as const] : []), ...(w >= 0 ? ['workplace' as const] : [])],
      kpis,
      columns: Object.fromEntries(kpis.map((k) => [k.id, [] as number[]])),
    };
    if (v >= 0) run.visitors = visitorAccs[v];
    if (w >= 0) run.workplace = workplaceAccs[w];
    return run;
  });

  const stoppingRule = studyStoppingRule(options, scenarios, parts);
  const budget = workBudgetFor(options);
  const eventsPerReplication =
    visitorInputs.reduce((n, v) => n + visitorDayEvents(v), 0) +
    workplaceJobs.reduce((n, w) => n + workplaceReplicationEvents(w), 0);
  budget?.plan(
    eventsPerReplication,
    stoppingRule.type === 'fixed' ? stoppingRule.replications : stoppingRule.minReplications,
    'the study',
  );
  const onResult = (index: number, r: StudyReplicationResult) => {
    r.visitors.forEach((x, u) => visitorAccs[u].add(x));
    r.workplace.forEach((x, u) => workplaceAccs[u].add(x));
    runs.forEach((run, i) => {
      const { v, w } = plans[i];
      const values = [
        ...(v >= 0 ? visitorKpiValues(r.visitors[v]) : []),
        ...(w >= 0 ? workplaceKpiValues(r.workplace[w], workplaceJobs[w].model) : []),
      ];
      run.kpis.forEach((k, j) => (run.columns[k.id][index] = values[j]));
    });
  };
  const outcome = await runReplications<StudyReplicationResult>(
    { model: 'study', input: { visitors: visitorInputs, workplace: workplaceJobs }, seed },
    {
      ...(stoppingRule.type === 'fixed'
        ? { replications: stoppingRule.replications }
        : {
            stopping: {
              relativeHalfWidth: stoppingRule.relativeHalfWidth,
              metrics: runs.flatMap((run, i) => run.kpis.filter((k) => k.precision).map((k) => `${i}:${k.id}`)),
              measure: (r) =>
                runs.flatMap((run) => run.kpis.filter((k) => k.precision).map((k) => run.columns[k.id][r.replication])),
              minReplications: stoppingRule.minReplications,
              maxReplications: stoppingRule.maxReplications,
            },
          }),
      workers: options.workers,
      signal: options.signal,
      keepResults: false,
      onResult,
      workBudget: budget && { budget, eventsOf: studyEvents },
      onProgress: options.onProgress ? (p) => options.onProgress?.(p.done, p.target) : undefined,
    },
  );
  return { runs, outcome, seed, stoppingRule };
}

/** Events one study replication simulated (every model input of it). */
function studyEvents(r: StudyReplicationResult): number {
  let n = 0;
  for (const v of r.visitors) n += v.events;
  for (const w of r.workplace) n += w.events;
  return n;
}
