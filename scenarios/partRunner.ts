/**
 * A scenario part that `wardsim run` can simulate (visitors, workplace …). Each part module
 * provides one PartRunner; the run command runs every part the scenario contains.
 */
import type { PlanInputs, SpaceDemandInput } from './planInputs.js';
import type { Scenario } from './scenarioSchema.js';

export type Lang = 'ja' | 'en';

export interface PartRunOptions {
  seed: number | string;
  replications: number;
  /** Worker threads (0 = this thread). */
  workers?: number;
  onProgress?: (done: number, target: number) => void;
  signal?: AbortSignal;
  /** Derived from the scenario's floor plan, when it names one. */
  plan?: PlanInputs;
}

export interface PartRunner<R = unknown> {
  /** The scenario key of the part. */
  key: 'visitors' | 'workplace';
  title: Record<Lang, string>;
  run(scenario: Scenario, options: PartRunOptions): Promise<R>;
  /** Human-readable summary for the terminal. */
  render(result: R, lang: Lang): string;
  /** What this part's result says the building must hold, for the area check against a plan. */
  spaceDemand?(result: R): SpaceDemandInput;
}
