/** `kind: "scenario-run"` — one scenario: visitors and counters, the workplace, the area check against its plan. */
import type { ScenarioRunResult } from '../../engine/results/index.js';
import { InputError } from '../../engine/inputError.js';
import { compileScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { envelopeOf } from './envelope.js';
import { scenarioRunPart } from './scenarioRunPart.js';
import type { StudyOptions } from './studyOptions.js';
import { scenarioRunHash } from './inputHashes.js';
import { runStudy, type PartKey } from './studyRunner.js';

export interface RunScenarioOptions extends StudyOptions {
  /** Only these parts (default: every part the scenario has). */
  parts?: PartKey[];
}

export async function runScenario(
  resolved: ResolvedScenario,
  options: RunScenarioOptions = {},
): Promise<ScenarioRunResult> {
  const started = performance.now();
  const compiled = compileScenario(resolved);
  const has = (p: PartKey) => compiled[p] !== undefined && (options.parts === undefined || options.parts.includes(p));
  if (!has('visitors') && !has('workplace')) {
    const which = options.parts ? options.parts.join(' or ') : 'visitors or workplace';
    throw new InputError(
      [{ path: options.parts ? '--part' : '', message: `expected a scenario with a ${which} part, got none` }],
      'WSM_PART_MISSING',
    );
  }
  const study = await runStudy([compiled], options, options.parts);
  const part = scenarioRunPart(study.runs[0], { ...study.outcome, wallMs: performance.now() - started }, options.full);
  return {
    ...envelopeOf('scenario-run', {
      inputHash: scenarioRunHash(compiled, study.runs[0].parts, study.stoppingRule, options.full === true),
      seed: study.seed,
      replications: study.outcome.replications,
      stoppingRule: study.stoppingRule,
      stoppedBy: study.outcome.stoppedBy,
      wallMs: performance.now() - started,
      workers: study.outcome.workers,
    }),
    ...part,
  };
}
