/**
 * What the method section says about this particular study, read once from the bundle: which parts
 * ran, the base option's blocks, the counts the checklist quotes, and how each variant's inputs
 * differ from the base. The section describes only parts the study has, so it never claims a
 * model ran that did not.
 */
import type {
  AssumptionEntry,
  ReportBundle,
  ScenarioRunPart,
  VisitorRunBlock,
  WorkplaceRunBlock,
} from '../../../engine/results/index.js';
import { reportOptions } from '../../../engine/results/index.js';

export interface MethodFacts {
  options: ScenarioRunPart[];
  base: ScenarioRunPart;
  isComparison: boolean;
  /** The first option's block of each part (the base's when it has one). */
  visitors: VisitorRunBlock | null;
  workplace: WorkplaceRunBlock | null;
  /** Plan of the first option linked to one. */
  plan: ScenarioRunPart['plan'];
  planZones: number | null;
  hasArea: boolean;
  /** Headline KPI ids reported by any option, in the order of the first that has each. */
  kpiIds: string[];
}

export function methodFacts(bundle: ReportBundle): MethodFacts {
  const options = reportOptions(bundle);
  const base = options[0];
  const first = <T>(pick: (o: ScenarioRunPart) => T | null | undefined): T | null => {
    for (const o of options) {
      const v = pick(o);
      if (v !== null && v !== undefined) return v;
    }
    return null;
  };
  const kpiIds: string[] = [];
  for (const o of options) for (const id of Object.keys(o.kpis)) if (!kpiIds.includes(id)) kpiIds.push(id);
  return {
    options,
    base,
    isComparison: bundle.main.kind === 'comparison',
    visitors: first((o) => o.visitors),
    workplace: first((o) => o.workplace),
    plan: first((o) => o.plan),
    planZones: first((o) => o.planDrawing?.zones.length),
    hasArea: options.some((o) => (o.areaCheck?.length ?? 0) > 0 || o.officeStandards !== undefined),
    kpiIds,
  };
}

/** Counter departments of a visitor block (the one-stop desk is not a department). */
export function counterDepartments(v: VisitorRunBlock): number {
  return v.staff.filter((s) => s.kind === 'department').length;
}

/** Counter positions of the departments' lines (lines with unlimited positions are not counted). */
export function counterPositions(v: VisitorRunBlock): number {
  return v.queues.filter((q) => q.kind === 'counter' && q.id !== 'onestop').reduce((a, q) => a + (q.counters ?? 0), 0);
}

/** Register paths whose value differs between two options (present in one only counts as differing). */
export function differingInputs(base: readonly AssumptionEntry[], variant: readonly AssumptionEntry[]): string[] {
  const valueAt = (entries: readonly AssumptionEntry[]) => new Map(entries.map((e) => [e.path, e.value]));
  const a = valueAt(base);
  const b = valueAt(variant);
  const paths = [...new Set([...a.keys(), ...b.keys()])];
  return paths.filter((p) => a.get(p) !== b.get(p));
}

/** Counts of the base option's register by status tag, for the checklist. */
export function registerCounts(entries: readonly AssumptionEntry[]): {
  entries: number;
  sources: number;
  assumed: number;
  unverified: number;
  unsourced: number;
} {
  const has = (e: AssumptionEntry, tag: string) => (e.status ?? '').split(' ').includes(tag);
  return {
    entries: entries.length,
    sources: new Set(entries.map((e) => e.source).filter((s) => s !== null)).size,
    assumed: entries.filter((e) => has(e, 'A')).length,
    unverified: entries.filter((e) => has(e, 'U')).length,
    unsourced: entries.filter((e) => e.source === null).length,
  };
}
