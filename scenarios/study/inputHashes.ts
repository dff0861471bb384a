/**
 * The inputHash of each result kind, from what determines its numbers (docs/results.md): the
 * resolved scenarios' own hashes, the parts, the stopping rule (its type only, for a fixed count:
 * the count is keyed separately) and the kind's settings. The study functions stamp their results
 * with these, and the API computes them before running, to find a stored result.
 */
import { contentHash } from '../../engine/runner/contentHash.js';
import type { StoppingRule } from '../../engine/results/index.js';
import type { CompiledScenario } from '../compile/compileScenario.js';
import { VISITOR_KPIS, WORKPLACE_KPIS } from './kpiValues.js';
import { stoppingRuleOf, type StudyOptions } from './studyOptions.js';

export type PartKey = 'visitors' | 'workplace';

/** The parts of `compiled` a study runs: those it has, limited to `requested`. */
export function partsOf(compiled: CompiledScenario, requested?: readonly PartKey[]): PartKey[] {
  return (['visitors', 'workplace'] as const).filter(
    (p) => compiled[p] !== undefined && (requested === undefined || requested.includes(p)),
  );
}

/** The stopping rule of a study of these scenarios (precision: the watched KPIs of their parts). */
export function studyStoppingRule(
  options: StudyOptions,
  compiled: readonly CompiledScenario[],
  requested?: readonly PartKey[],
): StoppingRule {
  const kpis = compiled.flatMap((c) => {
    const parts = partsOf(c, requested);
    return [
      ...(parts.includes('visitors') ? VISITOR_KPIS : []),
      ...(parts.includes('workplace') ? WORKPLACE_KPIS : []),
    ];
  });
  const ids = [...new Set(kpis.filter((k) => k.precision).map((k) => k.id))];
  return stoppingRuleOf(options, compiled[0].scenario.replications, ids);
}

/** The rule as far as it changes numbers beyond the replication count (which is keyed apart). */
export function ruleKey(rule: StoppingRule): unknown {
  return rule.type === 'fixed' ? 'fixed' : rule;
}

export function scenarioRunHash(
  c: CompiledScenario,
  parts: readonly PartKey[],
  rule: StoppingRule,
  full: boolean,
): string {
  return contentHash({ kind: 'scenario-run', scenario: c.inputHash, parts, rule: ruleKey(rule), full });
}

export function comparisonHash(
  cs: readonly CompiledScenario[],
  requested: readonly PartKey[] | undefined,
  rule: StoppingRule,
  full: boolean,
): string {
  return contentHash({
    kind: 'comparison',
    scenarios: cs.map((c) => c.inputHash),
    parts: requested ?? null,
    rule: ruleKey(rule),
    full,
  });
}

export function sweepHash(
  c: CompiledScenario,
  parameters: readonly { path: string; values: unknown[] }[],
  requested: readonly PartKey[] | undefined,
  rule: StoppingRule,
): string {
  return contentHash({
    kind: 'sweep',
    scenario: c.inputHash,
    parameters: parameters.map((p) => ({ path: p.path, values: p.values })),
    parts: requested ?? null,
    rule: ruleKey(rule),
  });
}

export function staffingHash(c: CompiledScenario, settings: Record<string, unknown>): string {
  return contentHash({ kind: 'staffing-plan', scenario: c.inputHash, settings });
}

export function sizingHash(c: CompiledScenario, settings: Record<string, unknown>): string {
  return contentHash({ kind: 'workplace-sizing', scenario: c.inputHash, settings });
}
