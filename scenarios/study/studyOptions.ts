/** Options every study function takes, and how they turn into a replication count or a stopping rule. */
import { MAX_REPLICATIONS } from '../../engine/runner/runReplications.js';
import type { StoppingRule } from '../../engine/results/index.js';

export interface StudyOptions {
  /** Master seed (default: the scenario's, else 1). */
  seed?: number | string;
  /**
   * Replications to run; with `precision`, the most to run (default: the scenario's, else 100; 1000 with precision).
   */
  replications?: number;
  /** Stop when every watched KPI's 95% half-width is within this share of its mean. */
  precision?: number;
  /** With `precision`: run at least this many (default 10). */
  minReplications?: number;
  /** Worker threads (0 = this thread; default: the machine's cores). Results do not depend on it. */
  workers?: number;
  signal?: AbortSignal;
  /** Replications done and the current target (the maximum until a precision rule is met). */
  onProgress?: (done: number, target: number) => void;
  /** Full summaries (sd, extremes) instead of `{ mean, ci95 }`. */
  full?: boolean;
  /** Run even past the work budget (`--force`; engine/runner/workBudget.ts). */
  force?: boolean;
  /** The work budget in simulated events (default WORK_BUDGET_EVENTS). */
  maxEvents?: number;
}

export const DEFAULT_REPLICATIONS = 100;
export const DEFAULT_MAX_WITH_PRECISION = 1000;
export const DEFAULT_MIN_WITH_PRECISION = 10;

/** The stopping rule a study reports (precision rule or a fixed count). */
export function stoppingRuleOf(
  options: StudyOptions,
  scenarioReplications: number | undefined,
  kpis: string[],
): StoppingRule {
  if (options.precision === undefined) {
    return { type: 'fixed', replications: options.replications ?? scenarioReplications ?? DEFAULT_REPLICATIONS };
  }
  const maxReplications = Math.min(MAX_REPLICATIONS, options.replications ?? DEFAULT_MAX_WITH_PRECISION);
  return {
    type: 'precision',
    relativeHalfWidth: options.precision,
    kpis,
    minReplications: Math.min(maxReplications, Math.max(2, options.minReplications ?? DEFAULT_MIN_WITH_PRECISION)),
    maxReplications,
  };
}
