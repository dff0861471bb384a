/**
 * Real result documents for the UI's unit tests, made once per test file with few replications
 * (and a short workplace year), so the mapping code is held against the engine's actual shapes.
 */
import type {
  ComparisonResult,
  ScenarioRunResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../../engine/results/index.js';
import {
  compareScenarios,
  loadScenario,
  runScenario,
  sizeScenario,
  staffScenario,
  sweepScenario,
  type ResolvedScenario,
} from '../../../scenarios/study/index.js';

/** A library scenario with its workplace year cut to `days` (the charts need the shape, not precision). */
export async function shortScenario(id: string, days = 10): Promise<ResolvedScenario> {
  const r = await loadScenario(`library:${id}`);
  const workplace = r.scenario.workplace ? { ...r.scenario.workplace, days } : undefined;
  return { ...r, scenario: { ...r.scenario, ...(workplace ? { workplace } : {}) } };
}

let run: Promise<ScenarioRunResult> | undefined;
/** The peak day on the current plan: visitors, workplace, area check, plan drawing. */
export const currentPlanRun = (): Promise<ScenarioRunResult> =>
  (run ??= shortScenario('sapporo-kita-peak-current-plan').then((s) =>
    runScenario(s, { replications: 2, workers: 0 }),
  ));

export const comparison = async (): Promise<ComparisonResult> =>
  compareScenarios(
    [await shortScenario('sapporo-kita-peak-current-plan'), await shortScenario('sapporo-kita-peak-option-a')],
    {
      replications: 2,
      workers: 0,
      parts: ['visitors'],
    },
  );

export const sweep = async (): Promise<SweepResult> =>
  sweepScenario(
    await shortScenario('sapporo-kita-peak'),
    [
      { path: 'visitors.levers.callback.share', values: [0, 0.4] },
      { path: 'visitors.levers.reservations.share', values: [0, 0.1, 0.2] },
    ],
    { replications: 2, workers: 0, parts: ['visitors'] },
  );

export const sizing = async (): Promise<WorkplaceSizingResult> =>
  sizeScenario(await shortScenario('sapporo-kita-office'), { replications: 2, workers: 0, teleworkSweep: true });

/** The peak day's staffing plan and a run of the same scenario (its schedule: the staff at the counter). */
export const staffingAndRun = async (): Promise<[StaffingPlanResult, ScenarioRunResult]> => {
  const s = await shortScenario('sapporo-kita-peak');
  return [
    await staffScenario(s, { replications: 1, workers: 0 }),
    await runScenario(s, { replications: 2, workers: 0, parts: ['visitors'] }),
  ];
};
