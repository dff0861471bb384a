/** `kind: "staffing-plan"` — the fewest counter staff per interval for a service level (simulation vs Erlang C). */
import { staffingHash } from './inputHashes.js';
import { InputError } from '../../engine/inputError.js';
import { optimiseStaffing } from '../../engine/runner/staffing/optimiseStaffing.js';
import type { StaffingPlanResult } from '../../engine/results/index.js';
import { compileScenario, type CompiledScenario } from '../compile/compileScenario.js';
import { groupLabel } from '../compile/visitorLabels.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { envelopeOf } from './envelope.js';
import { workBudgetFor } from '../../engine/runner/workBudget.js';
import { visitorDayEvents } from './workEstimate.js';
import { counterPositionsOf } from './counterPositions.js';
import { DEFAULT_STAFF_REPLICATIONS } from './studyLimits.js';

export interface StaffScenarioOptions {
  /** Share served within `withinMin` in every interval (default: the scenario's service level). */
  target?: number;
  withinMin?: number;
  intervalMin?: 15 | 30 | 60;
  /** Busy ÷ at-counter staff time at most this per interval (default 0.85). */
  maxOccupancy?: number;
  /** Simulated days per evaluation, the same days for every plan (default 20). */
  replications?: number;
  seed?: number | string;
  workers?: number;
  signal?: AbortSignal;
  /** Simulated days done and the estimate of the total. */
  onProgress?: (done: number, target: number) => void;
  /** Run even past the work budget (`--force`). */
  force?: boolean;
  /** The work budget in simulated events (default WORK_BUDGET_EVENTS). */
  maxEvents?: number;
}

export { DEFAULT_STAFF_REPLICATIONS };

export async function staffScenario(
  resolved: ResolvedScenario,
  options: StaffScenarioOptions = {},
): Promise<StaffingPlanResult> {
  const compiled = compileScenario(resolved);
  if (compiled.visitors === undefined)
    throw new InputError(
      [{ path: 'visitors', message: 'expected a visitors part to staff, got none' }],
      'WSM_PART_MISSING',
    );
  const input = compiled.visitors.input;
  const replications = options.replications ?? DEFAULT_STAFF_REPLICATIONS;
  const seed = options.seed ?? resolved.scenario.seed ?? 1;
  const settings = staffSettings(compiled, options);
  // The search evaluates about 3 plans per interval (its own estimate); each runs every day. When
  // the counter positions bind, a second search within them follows: planned as twice the work.
  const budget = workBudgetFor(options);
  const positions = counterPositionsOf(compiled);
  const eventsPerEvaluation = visitorDayEvents(input) * replications;
  const bins = Math.ceil((input.closeMin - input.openMin) / settings.intervalMin);
  budget?.plan(eventsPerEvaluation, 2 * (3 * bins + 20), 'the staffing search');
  let evaluated = 0;
  const plan = await optimiseStaffing(input, {
    ...settings,
    replications,
    seed,
    workers: options.workers ?? 2,
    signal: options.signal,
    positions: Object.fromEntries(Object.entries(positions).map(([id, p]) => [id, p.positions])),
    // Progress counts simulated days: evaluations × days per evaluation.
    onProgress: (done, estimate) => {
      budget?.spend(eventsPerEvaluation * (done - evaluated), done * replications);
      evaluated = done;
      options.onProgress?.(done * replications, estimate * replications);
    },
  });
  const labels = compiled.visitors.labels;
  const finite = (xs: number[]) => xs.map((x) => (Number.isFinite(x) ? x : null));
  return {
    ...envelopeOf('staffing-plan', {
      inputHash: staffingHash(compiled, settings),
      seed,
      replications,
      stoppingRule: { type: 'fixed', replications },
      stoppedBy: 'count',
      wallMs: plan.wallMs,
      workers: options.workers ?? 2,
    }),
    scenario: { ...compiled.identity, inputHash: compiled.inputHash },
    evaluations: plan.evaluations,
    target: plan.target,
    intervals: plan.intervals,
    groups: plan.groups.map((g) => ({
      ...g,
      name: groupLabel(labels, g.id).name,
      nameJa: groupLabel(labels, g.id).nameJa,
      counters: Number.isFinite(g.counters) ? g.counters : null,
      erlangCServiceLevel: finite(g.erlangCServiceLevel),
      serviceLevel: finite(g.serviceLevel),
      occupancy: finite(g.occupancy),
      positions: Number.isFinite(g.positions) ? g.positions : null,
      positionsSource: positions[g.id]?.source ?? 'scenario',
    })),
    totals: plan.totals,
    feasible: plan.feasible,
    positionsBind: plan.positionsBind,
  };
}

/** The optimiser's targets: the options', else the scenario's service level and interval. */
export function staffSettings(
  compiled: CompiledScenario,
  options: StaffScenarioOptions,
): { target: number; withinMin: number; intervalMin: 15 | 30 | 60; maxOccupancy: number } {
  const input = compiled.visitors?.input;
  return {
    target: options.target ?? input?.serviceLevel.target ?? 0.8,
    withinMin: options.withinMin ?? input?.serviceLevel.withinMin ?? 15,
    intervalMin: options.intervalMin ?? ((input?.intervalMin ?? 15) as 15 | 30 | 60),
    maxOccupancy: options.maxOccupancy ?? 0.85,
  };
}
