/**
 * The workplace part for `wardsim run`: builds the model from the scenario (with a linked floor
 * plan's zones, desks and spaces when there is one), runs it on worker threads and summarises it.
 */
import { contentHash } from '../../engine/runner/contentHash.js';
import { simulateWorkplace, type WorkplaceRunResult } from '../../engine/runner/sizing/simulateWorkplace.js';
import type { PartRunner } from '../partRunner.js';
import type { Scenario } from '../scenarioSchema.js';
import { buildWorkplaceModel } from './buildWorkplaceModel.js';
import { renderWorkplaceRun } from './renderWorkplaceRun.js';
import { t } from './workplaceText.js';

export interface WorkplacePartResult extends WorkplaceRunResult {
  /** The plan the desks and spaces came from, and what it changed. */
  plan?: { name: string; notes: string[] };
}

export const workplacePartRunner: PartRunner<WorkplacePartResult> = {
  key: 'workplace',
  title: { ja: '執務空間', en: 'Workplace' },
  async run(scenario: Scenario, options) {
    if (scenario.workplace === undefined) throw new Error('the scenario has no workplace part');
    const planInput = options.plan?.workplace;
    const { model, planNotes } = buildWorkplaceModel(scenario.workplace, planInput, scenario.floorplan?.departments);
    const result = await simulateWorkplace(model, {
      seed: options.seed,
      replications: options.replications,
      workers: options.workers,
      signal: options.signal,
      scenarioHash: contentHash(scenario),
      onProgress: options.onProgress ? (p) => options.onProgress?.(p.done, p.target) : undefined,
    });
    return planInput && options.plan ? { ...result, plan: { name: options.plan.planName, notes: planNotes } } : result;
  },
  spaceDemand(result) {
    return result.needed.spaceDemand;
  },
  render(result, lang) {
    const text = renderWorkplaceRun(result, lang);
    if (!result.plan) return text;
    const notes = result.plan.notes.map((n) => `  ${n}`).join('\n');
    return `${t(lang, `Desks and spaces from the plan ${result.plan.name}:`, `座席・スペースは平面図 ${result.plan.name} から:`)}\n${notes || t(lang, '  (no change)', '  （変更なし）')}\n\n${text}`;
  },
};
