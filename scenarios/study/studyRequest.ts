/**
 * One study asked for as data — a kind, its scenarios and options — as the HTTP API and job
 * queues receive it: its inputHash before running (to find a stored result), and the run itself.
 */
import type {
  ComparisonResult,
  ScenarioRunResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
import { compileScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import { compareScenarios } from './compareScenarios.js';
import {
  comparisonHash,
  partsOf,
  scenarioRunHash,
  sizingHash,
  staffingHash,
  studyStoppingRule,
  sweepHash,
  type PartKey,
} from './inputHashes.js';
import { runScenario } from './runScenario.js';
import { sizeScenario, sizeSettings, DEFAULT_SIZE_REPLICATIONS } from './sizeScenario.js';
import { staffScenario, staffSettings, DEFAULT_STAFF_REPLICATIONS } from './staffScenario.js';
import type { StudyOptions } from './studyOptions.js';
import { sweepBlockParameters, sweepScenario, type SweepParameter } from './sweepScenario.js';

export const STUDY_KINDS = ['run', 'staff', 'size', 'compare', 'sweep'] as const;
export type StudyKind = (typeof STUDY_KINDS)[number];

export interface StudyRequestOptions extends Omit<StudyOptions, 'signal' | 'onProgress'> {
  parts?: PartKey[];
  /** sweep: the grid (else the scenario's sweep block). */
  set?: SweepParameter[];
  /** staff */
  target?: number;
  withinMin?: number;
  intervalMin?: 15 | 30 | 60;
  maxOccupancy?: number;
  /** size */
  alpha?: number;
  beta?: number;
  teleworkSweep?: boolean;
}

export interface StudyRequest {
  kind: StudyKind;
  /** The scenario, or for compare the base and the variants. */
  scenarios: ResolvedScenario[];
  options: StudyRequestOptions;
}

export type StudyResult =
  ScenarioRunResult | ComparisonResult | SweepResult | StaffingPlanResult | WorkplaceSizingResult;

/** What identifies the result before it exists: the cache key of a stored run. */
export interface StudyKey {
  inputHash: string;
  seed: number | string;
  /** The fixed count, or the most replications a precision rule may run. */
  replications: number;
}

export function studyKey(req: StudyRequest): StudyKey {
  const compiled = req.scenarios.map(compileScenario);
  const first = compiled[0];
  const o = req.options;
  const seed = o.seed ?? first.scenario.seed ?? 1;
  const rule = studyStoppingRule(o, compiled, o.parts);
  const replications = rule.type === 'fixed' ? rule.replications : rule.maxReplications;
  switch (req.kind) {
    case 'run':
      return { inputHash: scenarioRunHash(first, partsOf(first, o.parts), rule, o.full === true), seed, replications };
    case 'compare':
      return { inputHash: comparisonHash(compiled, o.parts, rule, o.full === true), seed, replications };
    case 'sweep':
      return {
        inputHash: sweepHash(first, o.set ?? sweepBlockParameters(first.scenario), o.parts, rule),
        seed,
        replications,
      };
    case 'staff':
      return {
        inputHash: staffingHash(first, staffSettings(first, o)),
        seed,
        replications: o.replications ?? DEFAULT_STAFF_REPLICATIONS,
      };
    case 'size':
      return {
        inputHash: sizingHash(first, sizeSettings(o)),
        seed,
        replications: o.replications ?? DEFAULT_SIZE_REPLICATIONS,
      };
  }
}

export async function runStudyRequest(
  req: StudyRequest,
  signal?: AbortSignal,
  onProgress?: (done: number, target: number) => void,
): Promise<StudyResult> {
  const o = { ...req.options, signal, onProgress };
  const [first] = req.scenarios;
  switch (req.kind) {
    case 'run':
      return runScenario(first, o);
    case 'compare':
      return compareScenarios(req.scenarios, o);
    case 'sweep':
      return sweepScenario(first, req.options.set ?? sweepBlockParameters(first.scenario), o);
    case 'staff':
      return staffScenario(first, o);
    case 'size':
      return sizeScenario(first, o);
  }
}
