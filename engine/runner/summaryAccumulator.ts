/**
 * Summaries of every numeric leaf of a stream of replication results, kept as running moments
 * (Welford) so that memory depends on the shape of one result, never on how many replications
 * there are. Results must be added in replication-index order: floating-point sums depend on
 * the order, and index order makes the numbers identical for any number of workers.
 *
 * The first result fixes the shape (objects walked key by key, arrays element by element); a
 * later result may add keys or array elements, which then count from their first appearance.
 * Non-numbers and non-finite numbers (NaN: "undefined on this day") are left out of a leaf.
 */
import { ciHalfWidth } from './summarize.js';

/** A figure across replications. */
export interface StreamSummary {
  /** Replications with a finite value. */
  n: number;
  mean: number | null;
  sd: number | null;
  /** Half-width of the 95% confidence interval of the mean (Student t); null with n < 2. */
  ci95: number | null;
  min: number | null;
  max: number | null;
}

export type StreamSummaryTree = StreamSummary | StreamSummaryTree[] | { [key: string]: StreamSummaryTree };

/** Running mean and sum of squared deviations (Welford), plus the extremes. */
export class Moments {
  n = 0;
  mean = 0;
  m2 = 0;
  min = Infinity;
  max = -Infinity;

  add(x: number): void {
    if (!Number.isFinite(x)) return;
    this.n++;
    const d = x - this.mean;
    this.mean += d / this.n;
    this.m2 += d * (x - this.mean);
    if (x < this.min) this.min = x;
    if (x > this.max) this.max = x;
  }

  get sd(): number | null {
    return this.n > 1 ? Math.sqrt(this.m2 / (this.n - 1)) : null;
  }

  summary(): StreamSummary {
    if (this.n === 0) return { n: 0, mean: null, sd: null, ci95: null, min: null, max: null };
    const sd = this.sd;
    return {
      n: this.n,
      mean: this.mean,
      sd,
      ci95: sd === null ? null : ciHalfWidth(sd, this.n),
      min: this.min,
      max: this.max,
    };
  }
}

type Node = Moments | Node[] | Map<string, Node>;

/** Keys that identify a replication rather than measure it. */
const SKIP = new Set(['replication']);

export class SummaryAccumulator {
  private root: Node | undefined;
  /** Results added so far. */
  count = 0;

  add(result: unknown): void {
    this.root = addTo(this.root, result);
    this.count++;
  }

  /** The summary tree of everything added (an empty object before the first result). */
  summary(): StreamSummaryTree {
    return this.root === undefined ? {} : summaryOf(this.root);
  }
}

function addTo(node: Node | undefined, value: unknown): Node | undefined {
  if (typeof value === 'number') {
    const m = node instanceof Moments ? node : new Moments();
    m.add(value);
    return m;
  }
  if (Array.isArray(value)) {
    const list = Array.isArray(node) ? node : [];
    for (let i = 0; i < value.length; i++) {
      const next = addTo(list[i], value[i]);
      if (next !== undefined) list[i] = next;
    }
    return list;
  }
  if (typeof value === 'object' && value !== null) {
    const map = node instanceof Map ? node : new Map<string, Node>();
    for (const [key, v] of Object.entries(value)) {
      if (SKIP.has(key)) continue;
      const next = addTo(map.get(key), v);
      if (next !== undefined) map.set(key, next);
    }
    return map;
  }
  // null, strings, booleans: nothing to summarise, but keep a numeric leaf's place.
  return node;
}

function summaryOf(node: Node): StreamSummaryTree {
  if (node instanceof Moments) return node.summary();
  if (Array.isArray(node)) return Array.from(node, (n) => (n === undefined ? new Moments().summary() : summaryOf(n)));
  const out: { [key: string]: StreamSummaryTree } = {};
  for (const [k, v] of node) out[k] = summaryOf(v);
  return out;
}
