/**
 * Aggregates per-replication results of any model: every numeric leaf becomes a Summary across
 * replications, arrays of numbers are summarized element by element, nested objects are walked.
 * Replications are taken in index order, so the sums — and thus the numbers — are identical
 * whatever the number of workers.
 */
import { summarize, type Summary } from './summarize.js';

export type SummaryTree = Summary | SummaryTree[] | { [key: string]: SummaryTree };

/** Keys that identify a replication rather than measure it. */
const SKIP = new Set(['replication']);

/** Summaries of every numeric field of `results` (all of the same shape). */
export function aggregateResults(results: readonly unknown[]): SummaryTree {
  return aggregate(results);
}

function aggregate(values: readonly unknown[]): SummaryTree {
  const first = values.find((v) => v !== undefined && v !== null);
  if (typeof first === 'number' || first === undefined || first === null) {
    return summarize(values.map((v) => (typeof v === 'number' ? v : NaN)));
  }
  if (Array.isArray(first)) {
    const length = Math.max(...values.map((v) => (Array.isArray(v) ? v.length : 0)));
    return Array.from({ length }, (_, i) => aggregate(values.map((v) => (Array.isArray(v) ? v[i] : undefined))));
  }
  const out: { [key: string]: SummaryTree } = {};
  for (const key of Object.keys(first as object)) {
    if (SKIP.has(key)) continue;
    out[key] = aggregate(values.map((v) => (v as Record<string, unknown> | undefined)?.[key]));
  }
  return out;
}

/** The compact form used in CLI output: each Summary reduced to `{ mean, ci95 }`. */
export function compactSummaries(tree: SummaryTree): unknown {
  if (Array.isArray(tree)) return tree.map(compactSummaries);
  if (isSummary(tree)) return { mean: tree.mean, ci95: tree.ci95 };
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, compactSummaries(v)]));
}

function isSummary(tree: SummaryTree): tree is Summary {
  return typeof tree === 'object' && tree !== null && 'ci95' in tree && 'n' in tree && !Array.isArray(tree);
}

/** Reads a number at a dotted path (`stations.counter.waitMin`) of one replication's result. */
export function valueAtPath(result: unknown, path: string): number {
  let node: unknown = result;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return NaN;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'number' ? node : NaN;
}
