/**
 * `kind: "comparison"` — a base scenario against variants on common random numbers: every
 * scenario runs on the same replication indices of one study, so each headline KPI's difference
 * is paired replication by replication.
 */
import { InputError } from '../../engine/inputError.js';
import type { ComparisonResult, KpiDefinition } from '../../engine/results/index.js';
import { compileScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { compareKpi } from './pairedDifference.js';
import { envelopeOf } from './envelope.js';
import { comparisonHash } from './inputHashes.js';
import { scenarioRunPart } from './scenarioRunPart.js';
import { serviceTargetCheck } from './serviceTarget.js';
import type { StudyOptions } from './studyOptions.js';
import { runStudy, type PartKey } from './studyRunner.js';
import { MAX_COMPARED } from './studyLimits.js';

export interface CompareOptions extends StudyOptions {
  parts?: PartKey[];
}

export { MAX_COMPARED };

export async function compareScenarios(
  resolved: readonly ResolvedScenario[],
  options: CompareOptions = {},
): Promise<ComparisonResult> {
  const started = performance.now();
  if (resolved.length < 2 || resolved.length > MAX_COMPARED) {
    throw new InputError(
      [
        {
          path: '',
          message: `expected a base and 1 to ${MAX_COMPARED - 1} variants (files, or "variants" in the base), got ${resolved.length} scenario(s)`,
        },
      ],
      'WSM_COMPARE_INVALID',
    );
  }
  const compiled = resolved.map(compileScenario);
  const study = await runStudy(compiled, options, options.parts);
  const info = { ...study.outcome, wallMs: performance.now() - started };
  const runs = study.runs.map((r) => scenarioRunPart(r, info, options.full));
  const [base, ...variants] = study.runs;
  const option = (i: number) => ({ ...runs[i].scenario, serviceTarget: serviceTargetCheck(runs[i]) });
  const shared = (v: typeof base) => base.kpis.filter((k) => v.kpis.some((x) => x.id === k.id));
  if (variants.some((v) => shared(v).length === 0)) {
    throw new InputError(
      [
        {
          path: '',
          message:
            'expected every variant to share a part (visitors or workplace) with the base, got one that shares none',
        },
      ],
      'WSM_COMPARE_INVALID',
    );
  }
  return {
    ...envelopeOf('comparison', {
      inputHash: comparisonHash(compiled, options.parts, study.stoppingRule, options.full === true),
      seed: study.seed,
      replications: study.outcome.replications,
      stoppingRule: study.stoppingRule,
      stoppedBy: study.outcome.stoppedBy,
      wallMs: performance.now() - started,
      workers: study.outcome.workers,
    }),
    base: option(0),
    variants: variants.map((v, j) => ({
      ...option(j + 1),
      metrics: Object.fromEntries(
        shared(v).map((k: KpiDefinition) => [k.id, compareKpi(base.columns[k.id], v.columns[k.id], k)]),
      ),
    })),
    runs,
  };
}
