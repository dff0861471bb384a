/**
 * What a report is made from: the main result (one scenario's run, or a comparison of options),
 * the staffing plans of its options, and optionally a workplace sizing with the telework sweep.
 * `wardsim report` builds one by running; `wardsim report --from` reads saved results.
 */
import type { ComparisonResult } from './comparisonSchema.js';
import type { ScenarioRunPart, ScenarioRunResult } from './scenarioRunSchema.js';
import type { StaffingPlanResult } from './staffingPlanSchema.js';
import type { WorkplaceSizingResult } from './workplaceSizingSchema.js';

export interface ReportBundle {
  main: ScenarioRunResult | ComparisonResult;
  /** Staffing plans, matched to options by scenario.inputHash. */
  staffing: StaffingPlanResult[];
  sizing: WorkplaceSizingResult | null;
}

/** The options of a bundle, base first: each a scenario run. */
export function reportOptions(bundle: ReportBundle): ScenarioRunPart[] {
  return bundle.main.kind === 'comparison' ? bundle.main.runs : [bundle.main];
}

/** How and where the report was made (for the reproducibility stamp). */
export interface ReportContext {
  lang: 'ja' | 'en';
  /** The command that reproduces the report, as typed. */
  command: string;
  /** ISO date-time of generation. */
  generatedAt: string;
  /** The wardsim git commit, when the software runs from a git checkout. */
  commit: string | null;
}
