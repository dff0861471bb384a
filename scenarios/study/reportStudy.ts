/**
 * What a report is made from (engine/results/reportBundle.ts): by running — the scenario, or the
 * comparison of options, the staffing plan of every option with visitors, and optionally the
 * telework sweep of the base — or by reading saved results (`report --from`).
 */
import { InputError } from '../../engine/inputError.js';
import type {
  CityStudyResult,
  ComparisonResult,
  ReportBundle,
  ScenarioRunResult,
  StaffingPlanResult,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
import { resultProblems } from '../../engine/results/validateResult.js';
import { parseJsonText } from '../load/parseJsonText.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { displayUri, type ScenarioResolver } from '../load/resolver.js';
import { compareScenarios } from './compareScenarios.js';
import { runScenario } from './runScenario.js';
import { sizeScenario } from './sizeScenario.js';
import { staffScenario } from './staffScenario.js';
import type { StudyOptions } from './studyOptions.js';

export interface ReportStudyOptions extends Omit<StudyOptions, 'onProgress'> {
  /** Run the staffing optimiser for every option with visitors (default true). */
  staffing?: boolean;
  /** Simulated days per evaluation of the staffing optimiser (default 20). */
  staffReplications?: number;
  /** Add the telework sweep of the base's workplace (default false). */
  teleworkSweep?: boolean;
  /** Progress of each phase ("run", "staff 1/3", "size"). */
  onProgress?: (phase: string, done: number, target: number) => void;
}

export async function reportStudy(
  scenarios: readonly ResolvedScenario[],
  options: ReportStudyOptions = {},
): Promise<ReportBundle> {
  const progress = (phase: string) => (done: number, target: number) => options.onProgress?.(phase, done, target);
  const study = { ...options, onProgress: progress('run') };
  const main = scenarios.length > 1 ? await compareScenarios(scenarios, study) : await runScenario(scenarios[0], study);
  let staffing: StaffingPlanResult[] = [];
  if (options.staffing !== false) {
    // The options' staffing searches run side by side: each evaluation is a short batch of days,
    // so one search alone leaves the worker pool idle between its batches. Each keeps its own
    // seeds, so the plans are those of a search run alone; progress is their sum.
    const withVisitors = scenarios.filter((s) => s.scenario.visitors !== undefined);
    const done = withVisitors.map(() => 0);
    const target = withVisitors.map(() => 0);
    const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
    const onStaffProgress = progress(`staff ×${withVisitors.length}`);
    staffing = await Promise.all(
      withVisitors.map((s, i) =>
        staffScenario(s, {
          seed: options.seed,
          replications: options.staffReplications,
          workers: options.workers,
          signal: options.signal,
          force: options.force,
          maxEvents: options.maxEvents,
          onProgress: (d, t) => {
            done[i] = d;
            target[i] = t;
            onStaffProgress(sum(done), sum(target));
          },
        }),
      ),
    );
  }
  const base = scenarios[0];
  const sizing =
    options.teleworkSweep === true && base.scenario.workplace !== undefined
      ? await sizeScenario(base, {
          seed: options.seed,
          workers: options.workers,
          signal: options.signal,
          force: options.force,
          maxEvents: options.maxEvents,
          teleworkSweep: true,
          onProgress: progress('size'),
        })
      : null;
  return { main, staffing, sizing };
}

/** A bundle from saved result files: one scenario-run or comparison, any staffing plans, at most one sizing. */
/** Saved results for a report: one city study (its own report), or the documents of one study's report. */
export type SavedReport = { city: CityStudyResult } | { bundle: ReportBundle };

/** Reads and checks saved results (`wardsim report --from`): a city study alone, or a report bundle. */
export async function loadSavedReport(refs: readonly string[], resolver: ScenarioResolver): Promise<SavedReport> {
  const docs = await readResults(refs, resolver);
  const city = docs.findIndex((d) => d.kind === 'city-study');
  if (city < 0) return { bundle: bundleOf(docs, refs) };
  if (docs.length > 1) {
    const message = 'expected a city-study result alone (it has its own report), got it with other results';
    throw new InputError([{ path: refs[city], message }], 'WSM_RESULT_INVALID');
  }
  return { city: docs[0] as unknown as CityStudyResult };
}

/** The report bundle of saved results: one scenario-run or comparison, staffing plans, at most one sizing. */
export async function loadReportBundle(refs: readonly string[], resolver: ScenarioResolver): Promise<ReportBundle> {
  return bundleOf(await readResults(refs, resolver), refs);
}

async function readResults(refs: readonly string[], resolver: ScenarioResolver): Promise<{ kind: string }[]> {
  const docs: { kind: string }[] = [];
  for (const ref of refs) {
    const source = await resolver.read(ref, undefined, ref);
    const doc = parseJsonText(source.text, displayUri(source.uri));
    const problems = resultProblems(doc);
    if (problems.length > 0) {
      const issues = problems.slice(0, 20).map((p) => ({ path: `${ref}: ${p.path}`, message: p.message }));
      throw new InputError(issues, 'WSM_RESULT_INVALID');
    }
    docs.push(doc as { kind: string });
  }
  return docs;
}

function bundleOf(docs: readonly { kind: string }[], refs: readonly string[]): ReportBundle {
  let main: ScenarioRunResult | ComparisonResult | undefined;
  const staffing: StaffingPlanResult[] = [];
  let sizing: WorkplaceSizingResult | null = null;
  docs.forEach((doc, i) => {
    const kind = doc.kind;
    if ((kind === 'scenario-run' || kind === 'comparison') && main === undefined) {
      main = doc as unknown as ScenarioRunResult | ComparisonResult;
    } else if (kind === 'staffing-plan') staffing.push(doc as unknown as StaffingPlanResult);
    else if (kind === 'workplace-sizing' && sizing === null) sizing = doc as unknown as WorkplaceSizingResult;
    else {
      const message = `expected one scenario-run or comparison, staffing plans and at most one workplace sizing, got another ${kind}`;
      throw new InputError([{ path: refs[i], message }], 'WSM_RESULT_INVALID');
    }
  });
  if (main === undefined) {
    const message = 'expected a scenario-run or comparison result among the files, got none';
    throw new InputError([{ path: '--from', message }], 'WSM_RESULT_INVALID');
  }
  return { main, staffing, sizing };
}
