/**
 * Summaries of whole sets of replication results, for callers that hold them all (tests,
 * benchmarks); runs stream theirs through SummaryAccumulator instead. Replications are taken in
 * index order, so the numbers are identical whatever the number of workers.
 */
import { SummaryAccumulator, type StreamSummary, type StreamSummaryTree } from './summaryAccumulator.js';

export type SummaryTree = StreamSummaryTree;

/** Summaries of every numeric field of `results` (all of the same shape), in the given order. */
export function aggregateResults(results: readonly unknown[]): SummaryTree {
  const acc = new SummaryAccumulator();
  for (const r of results) acc.add(r);
  return acc.summary();
}

/** The compact form of results: each summary reduced to `{ mean, ci95 }`. */
export function compactSummaries(tree: SummaryTree): unknown {
  if (Array.isArray(tree)) return tree.map(compactSummaries);
  if (isSummary(tree)) return { mean: tree.mean, ci95: tree.ci95 };
  return Object.fromEntries(Object.entries(tree).map(([k, v]) => [k, compactSummaries(v)]));
}

function isSummary(tree: SummaryTree): tree is StreamSummary {
  return typeof tree === 'object' && tree !== null && !Array.isArray(tree) && 'ci95' in tree && 'n' in tree;
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
