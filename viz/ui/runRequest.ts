/**
 * The run form's values as a RunRequest (docs/api.md): the stored scenario, or the edited one as
 * a document; kind-specific options only for their kind. Pure, so the form's meaning is tested.
 */
import type { RunKind, RunRequest } from './apiTypes.js';

export interface RunForm {
  kind: RunKind;
  replications: number;
  seed: string;
  parts: ('visitors' | 'workplace')[];
  compareWith: string[];
  sweep: { path: string; values: string }[];
  target: number;
  withinMin: number;
  alpha: number;
  beta: number;
  teleworkSweep: boolean;
  fresh: boolean;
}

type SweepValue = number | string | boolean | null;

/** "0, 0.2, 0.4" → [0, 0.2, 0.4]; true/false/null as such; anything else as text. */
export function parseValues(text: string): SweepValue[] {
  return text
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '')
    .map((t): SweepValue => {
      if (t === 'true' || t === 'false') return t === 'true';
      if (t === 'null') return null;
      const n = Number(t);
      return Number.isFinite(n) ? n : t.replace(/^"(.*)"$/, '$1');
    });
}

export const seedOf = (text: string): number | string | undefined => {
  const t = text.trim();
  if (t === '') return undefined;
  return /^-?\d+$/.test(t) ? Number(t) : t;
};

export interface RunTarget {
  /** A stored scenario… */
  scenarioId?: string;
  /** …or the edited one (it extends `originalId`). */
  scenario?: Record<string, unknown>;
  originalId: string;
}

export function runRequestOf(f: RunForm, target: RunTarget): RunRequest {
  const req: RunRequest = { kind: f.kind, replications: f.replications };
  if (target.scenario) req.scenario = target.scenario;
  else req.scenarioId = target.scenarioId ?? target.originalId;
  const seed = seedOf(f.seed);
  if (seed !== undefined) req.seed = seed;
  if (f.fresh) req.fresh = true;
  if ((f.kind === 'run' || f.kind === 'compare' || f.kind === 'sweep') && f.parts.length > 0) req.parts = f.parts;
  if (f.kind === 'compare') {
    // An edited scenario has no options of its own (variants are not inherited): compare it with the original.
    const others = f.compareWith.length ? f.compareWith : target.scenario ? [target.originalId] : [];
    if (others.length) req.compareWith = others;
  }
  if (f.kind === 'sweep') {
    const set = Object.fromEntries(
      f.sweep.filter((p) => p.path.trim() !== '').map((p) => [p.path.trim(), parseValues(p.values)]),
    );
    if (Object.keys(set).length) req.set = set;
  }
  if (f.kind === 'staff') {
    req.target = f.target;
    req.withinMin = f.withinMin;
  }
  if (f.kind === 'size') {
    req.alpha = f.alpha;
    req.beta = f.beta;
    req.teleworkSweep = f.teleworkSweep;
  }
  return req;
}
