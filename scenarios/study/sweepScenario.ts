/**
 * `kind: "sweep"` — one scenario over a grid of settings (`--set PATH=v1,v2,…` per parameter, or
 * the scenario's `sweep` block): every cell is a variant, all cells run on the same replications
 * (common random numbers), one row per cell with its settings and headline KPIs.
 */
import { InputError, type InputIssue } from '../../engine/inputError.js';
import type { SweepResult } from '../../engine/results/index.js';
import { compileScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import type { Scenario } from '../scenarioSchema.js';
import { validateScenario } from '../validateScenario.js';
import { envelopeOf } from './envelope.js';
import { sweepHash } from './inputHashes.js';
import { estimateOf, scenarioRunPart } from './scenarioRunPart.js';
import { serviceTargetCheck } from './serviceTarget.js';
import type { StudyOptions } from './studyOptions.js';
import { runStudy, type PartKey } from './studyRunner.js';
import { checkPathInSchema, parsePath, withValueAt, type PathSegment } from './sweepPath.js';
import { MAX_SWEEP_CELLS } from './studyLimits.js';

export type SweepValue = number | string | boolean | null;

export interface SweepParameter {
  path: string;
  values: SweepValue[];
}

export { MAX_SWEEP_CELLS };
/** The most parameters of one grid. */
export const MAX_SWEEP_PARAMETERS = 4;

/** The parameters of the scenario's own `sweep` block. */
export function sweepBlockParameters(scenario: Scenario): SweepParameter[] {
  return Object.entries(scenario.sweep?.set ?? {}).map(([path, values]) => ({ path, values }));
}

/** The cells of a sweep: each parameter checked against the schema, each cell validated as a scenario. */
export interface SweepGrid {
  parameters: { path: string; values: SweepValue[] }[];
  /** The values of each cell, in parameter order (the first parameter varies slowest). */
  cells: SweepValue[][];
  scenarios: Scenario[];
}

/** Builds and checks the grid (throws InputError naming the path, value or limit); runs nothing. */
export function sweepGrid(resolved: ResolvedScenario, parameters: readonly SweepParameter[]): SweepGrid {
  const where = (p: SweepParameter) => `--set ${p.path}`;
  if (parameters.length === 0 || parameters.length > MAX_SWEEP_PARAMETERS) {
    throw new InputError(
      [
        {
          path: '--set',
          message: `expected 1 to ${MAX_SWEEP_PARAMETERS} parameters (--set PATH=v1,v2,… or a "sweep" block), got ${parameters.length}`,
        },
      ],
      'WSM_SWEEP_PATH_UNKNOWN',
    );
  }
  const parsed = parameters.map((p) => {
    const segments = parsePath(p.path, where(p));
    if (
      'key' in segments[0] &&
      ['floorplan', 'variants', 'sweep', 'extends', 'id', 'name', 'nameJa', 'seed', 'replications'].includes(
        segments[0].key,
      )
    ) {
      throw new InputError(
        [
          {
            path: where(p),
            message: `expected a model setting, got ${JSON.stringify(p.path)} (plans and names are compared with wardsim compare; seed and replications are options)`,
          },
        ],
        'WSM_SWEEP_PATH_UNKNOWN',
      );
    }
    checkPathInSchema(segments, p.path, where(p));
    if (p.values.length === 0)
      throw new InputError(
        [{ path: where(p), message: 'expected at least one value, got none' }],
        'WSM_SWEEP_VALUE_INVALID',
      );
    return { ...p, segments };
  });
  const count = parsed.reduce((n, p) => n * p.values.length, 1);
  if (count > MAX_SWEEP_CELLS) {
    throw new InputError(
      [
        {
          path: '--set',
          message: `expected at most ${MAX_SWEEP_CELLS} cells, got ${parsed.map((p) => p.values.length).join(' × ')} = ${count}`,
        },
      ],
      'WSM_SWEEP_TOO_MANY_CELLS',
    );
  }

  const base = { ...(resolved.scenario as unknown as Record<string, unknown>) };
  delete base.variants;
  delete base.sweep;
  const cells = cartesian(parsed.map((p) => p.values));
  const issues: InputIssue[] = [];
  const scenarios = cells.map((values) => {
    let doc = base;
    parsed.forEach((p, k) => (doc = withValueAt(doc, p.segments as PathSegment[], values[k], p.path, where(p))));
    try {
      return validateScenario(doc);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      const setting = parsed.map((p, k) => `${p.path}=${JSON.stringify(values[k])}`).join(', ');
      for (const i of err.issues)
        issues.push({ code: 'WSM_SWEEP_VALUE_INVALID', path: i.path, message: `with ${setting}: ${i.message}` });
      return undefined;
    }
  });
  if (issues.length > 0) throw new InputError(dedupe(issues), 'WSM_SWEEP_VALUE_INVALID');
  return {
    parameters: parsed.map((p) => ({ path: p.path, values: p.values })),
    cells,
    scenarios: scenarios as Scenario[],
  };
}

export async function sweepScenario(
  resolved: ResolvedScenario,
  parameters: readonly SweepParameter[],
  options: StudyOptions & { parts?: PartKey[] } = {},
): Promise<SweepResult> {
  const started = performance.now();
  const grid = sweepGrid(resolved, parameters);
  const parsed = grid.parameters;
  const compiled = grid.scenarios.map((scenario) =>
    compileScenario({ scenario, uri: resolved.uri, plan: resolved.plan }),
  );
  const study = await runStudy(compiled, options, options.parts);
  const info = { ...study.outcome, wallMs: performance.now() - started };
  const rows = study.runs.map((run, cell) => {
    const part = scenarioRunPart(run, info);
    return {
      cell,
      settings: Object.fromEntries(parsed.map((p, k) => [p.path, grid.cells[cell][k]])),
      inputHash: run.compiled.inputHash,
      kpis: Object.fromEntries(run.kpis.map((k) => [k.id, estimateOf(run.columns[k.id])])),
      serviceTargetMet: serviceTargetCheck(part)?.status ?? null,
      replicationKpis: part.replicationKpis,
    };
  });
  const baseCompiled = compileScenario(resolved);
  return {
    ...envelopeOf('sweep', {
      inputHash: sweepHash(baseCompiled, parsed, options.parts, study.stoppingRule),
      seed: study.seed,
      replications: study.outcome.replications,
      stoppingRule: study.stoppingRule,
      stoppedBy: study.outcome.stoppedBy,
      wallMs: performance.now() - started,
      workers: study.outcome.workers,
    }),
    scenario: { ...baseCompiled.identity, inputHash: baseCompiled.inputHash },
    parameters: parsed.map((p) => ({ path: p.path, values: p.values })),
    rows,
  };
}

/** Every combination, the first parameter varying slowest. */
function cartesian(lists: readonly SweepValue[][]): SweepValue[][] {
  return lists.reduce<SweepValue[][]>((acc, list) => acc.flatMap((prefix) => list.map((v) => [...prefix, v])), [[]]);
}

function dedupe(issues: InputIssue[]): InputIssue[] {
  const seen = new Set<string>();
  return issues.filter((i) => !seen.has(i.path + i.message) && seen.add(i.path + i.message)).slice(0, 50);
}
