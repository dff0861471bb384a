/**
 * What the HTTP API sends and takes (docs/api.md), as the UI reads it. Declared here rather than
 * imported from api/ so the browser bundle never pulls server code in.
 */
import type {
  ComparisonResult,
  ScenarioRunResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';

export interface ScenarioSummary {
  id: string;
  name: string;
  nameJa: string;
  description: string | null;
  source: 'library' | 'user';
  parts: ('visitors' | 'workplace')[];
  /** `library:floorplans/<id>`, `store:floorplans/<id>` or null. */
  floorplan: string | null;
  variants: number;
  readOnly: boolean;
}

export interface ScenarioDetail extends ScenarioSummary {
  /** The document as stored (it may `extends` another). */
  document: Record<string, unknown>;
  /** Validated, merged: parts inlined. */
  resolved: Record<string, unknown>;
}

export interface FloorPlanSummary {
  id: string;
  name: string;
  nameJa: string;
  source: 'library' | 'user';
  levels: number[];
  grossAreaM2: number;
  zones: number;
  readOnly: boolean;
}

export type RunKind = 'run' | 'staff' | 'size' | 'compare' | 'sweep';
export type RunState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled' | 'interrupted';

export interface RunStatus {
  id: string;
  kind: RunKind;
  status: RunState;
  progress: number;
  phase: string | null;
  scenarioIds: string[];
  inputHash: string;
  seed: number | string;
  replications: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  wallMs: number | null;
  restarts: number;
  error?: unknown;
}

export interface RunRequest {
  kind: RunKind;
  scenarioId?: string;
  scenario?: Record<string, unknown>;
  seed?: number | string;
  replications?: number;
  parts?: ('visitors' | 'workplace')[];
  fresh?: boolean;
  compareWith?: string[];
  set?: Record<string, (number | string | boolean | null)[]>;
  target?: number;
  withinMin?: number;
  alpha?: number;
  beta?: number;
  teleworkSweep?: boolean;
}

export interface RunAccepted {
  id: string;
  status: RunState;
  cached?: boolean;
}

export interface ValidateAnswer {
  valid: boolean;
  errors: { code: string; path: string; message: string }[];
}

/**
 * The answer of POST /api/floorplans/validate (kind `floorplan-check`, docs/results.md): the parts
 * the UI reads. A refused plan is `ok: false` with its issues, each naming the feature.
 */
export interface FloorPlanCheck {
  kind: 'floorplan-check';
  ok: boolean;
  issues: { code: string; path: string; message: string }[];
  name: string | null;
  levels: number[];
  grossAreaM2: number;
}

export type StudyResult =
  ScenarioRunResult | ComparisonResult | SweepResult | StaffingPlanResult | WorkplaceSizingResult;

/** `progress` event data (api/jobs/runQueue.ts): replications done of the current target. */
export interface ProgressEvent {
  done?: number;
  target?: number;
  progress?: number;
}
