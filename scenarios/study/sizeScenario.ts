/** `kind: "workplace-sizing"` — desks per zone (α), booths and rooms (β), the curves behind them, a telework sweep. */
import { sizingHash } from './inputHashes.js';
import { InputError } from '../../engine/inputError.js';
import { DEFAULT_SWEEP, sizeWorkplace } from '../../engine/runner/sizing/sizeWorkplace.js';
import type { WorkplaceSizingResult } from '../../engine/results/index.js';
import { compileScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { envelopeOf } from './envelope.js';
import { headcountOf, paperStorage } from '../programme/paperStorage.js';
import { workBudgetFor } from '../../engine/runner/workBudget.js';
import { spaceCountRunsEstimate, workplaceReplicationEvents } from './workEstimate.js';
import type { CurveMode } from '../../engine/runner/sizing/spaceCountSearch.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_SIZE_REPLICATIONS } from './studyLimits.js';

export interface SizeScenarioOptions {
  alpha?: number;
  beta?: number;
  /** Replications (default 100), each the scenario's working days. */
  replications?: number;
  seed?: number | string;
  workers?: number;
  /** Largest number of units tried per space. */
  maxUnits?: number;
  /** Add the telework sweep (0 %, 10 %, … 70 % of eligible staff remote). */
  teleworkSweep?: boolean;
  /** Space counts simulated where requests depend on the count: 'window' (default) or 'all'. */
  curves?: CurveMode;
  signal?: AbortSignal;
  onProgress?: (done: number, target: number) => void;
  /** Run even past the work budget (`--force`). */
  force?: boolean;
  /** The work budget in simulated events (default WORK_BUDGET_EVENTS). */
  maxEvents?: number;
}

export { DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_SIZE_REPLICATIONS };

export async function sizeScenario(
  resolved: ResolvedScenario,
  options: SizeScenarioOptions = {},
): Promise<WorkplaceSizingResult> {
  const compiled = compileScenario(resolved);
  const w = compiled.workplace;
  if (w === undefined)
    throw new InputError(
      [{ path: 'workplace', message: 'expected a workplace part to size, got none' }],
      'WSM_PART_MISSING',
    );
  const seed = options.seed ?? resolved.scenario.seed ?? 1;
  const replications = options.replications ?? DEFAULT_SIZE_REPLICATIONS;
  const settings = sizeSettings(options);
  const budget = workBudgetFor(options);
  // The sizing run, with the sweep one more run per remote share, and the simulated space counts.
  const sweepRuns = options.teleworkSweep ? DEFAULT_SWEEP.length : 0;
  const countRuns = spaceCountRunsEstimate(w.model, settings.curves, options.maxUnits);
  const eventsPerReplication = workplaceReplicationEvents({ model: w.model }) * (1 + sweepRuns + countRuns);
  budget?.plan(eventsPerReplication, replications, 'the sizing');
  const r = await sizeWorkplace(w.model, {
    workBudget: budget && { budget, eventsOf: (x) => (x as { events?: number }).events ?? 0 },
    seed,
    alpha: settings.alpha,
    beta: settings.beta,
    replications,
    workers: options.workers,
    maxUnits: options.maxUnits,
    sweep: options.teleworkSweep ? DEFAULT_SWEEP : undefined,
    curves: settings.curves,
    signal: options.signal,
    onProgress: options.onProgress,
  });
  const zoneName = (id: string) => w.labels.zones[id] ?? { name: id, nameJa: id };
  const spaceName = (id: string) => w.labels.spaces[id] ?? { name: id, nameJa: id };
  const { replications: reps, stoppedBy, workers, wallMs, attendanceLimits, ...rest } = r;
  return {
    ...envelopeOf('workplace-sizing', {
      inputHash: sizingHash(compiled, settings),
      seed,
      replications: reps,
      stoppingRule: { type: 'fixed', replications },
      stoppedBy,
      wallMs,
      workers,
    }),
    scenario: { ...compiled.identity, inputHash: compiled.inputHash },
    plan: compiled.plan
      ? {
          name: compiled.plan.name,
          nameJa: compiled.plan.nameJa,
          planHash: compiled.plan.planHash,
          grossAreaM2: compiled.plan.grossAreaM2,
        }
      : null,
    planNotes: w.planNotes,
    ...rest,
    desks: {
      ...rest.desks,
      zones: rest.desks.zones.map((z) => ({
        ...z,
        ...zoneName(z.id),
        desksNeededByWeekday:
          z.desksNeededByWeekday as WorkplaceSizingResult['desks']['zones'][number]['desksNeededByWeekday'],
      })),
    },
    spaces: { ...rest.spaces, items: rest.spaces.items.map((s) => ({ ...s, ...spaceName(s.id) })) },
    // Telework cap and satellite office: only when the scenario has either (the document keeps its shape otherwise).
    ...(attendanceLimits === undefined
      ? {}
      : { attendanceLimits: attendanceLimits as WorkplaceSizingResult['attendanceLimits'] }),
    ...(w.model.paper === undefined ? {} : { paper: paperStorage(w.model.paper, headcountOf(w.model)) }),
  };
}

// A type alias, not an interface: the settings are hashed as a plain record (inputHashes.ts).
export type SizeSettings = { alpha: number; beta: number; maxUnits: number | null; sweep: boolean; curves: CurveMode };

/** The settings that change a sizing's numbers. */
export function sizeSettings(options: SizeScenarioOptions): SizeSettings {
  return {
    alpha: options.alpha ?? DEFAULT_ALPHA,
    beta: options.beta ?? DEFAULT_BETA,
    maxUnits: options.maxUnits ?? null,
    sweep: options.teleworkSweep === true,
    curves: options.curves ?? 'window',
  };
}
