/** Figures of a day's sorted values (waits, times in the office): mean, quantiles, maximum. */
import { sortFloat64 } from '../../core/sortNumbers.js';
import type { WaitFigures } from './visitorResult.js';

export interface Group {
  start: number;
  count: number;
  figures: WaitFigures;
}

/**
 * Merges the sorted groups of `sorted[0..n)` into `out[0..n)`: the order sortFloat64 would give
 * all n values. Values with NaN or −0 (never seen in practice) are sorted instead, so that their
 * place is the built-in sort's.
 */
export function mergeSorted(sorted: Float64Array, groups: Group[], n: number, out: Float64Array): Float64Array {
  const all = out.subarray(0, n);
  // One procedure (or one with all the values): its group, sorted by sortFloat64, is the order
  // sortFloat64 gives all n values (NaN and −0 included: the built-in's order depends on the values only).
  for (let g = 0; g < groups.length; g++) {
    if (groups[g].count === n) {
      all.set(sorted.subarray(groups[g].start, groups[g].start + n));
      return all;
    }
  }
  for (let i = 0; i < n; i++) {
    const x = sorted[i];
    if (x !== x || (x === 0 && 1 / x < 0)) {
      all.set(sorted.subarray(0, n));
      return sortFloat64(all);
    }
  }
  const heads = groups.map((g) => g.start);
  for (let k = 0; k < n; k++) {
    // The smallest head among the groups (a few procedures: a scan is enough).
    let best = -1;
    let bestValue = Infinity;
    for (let g = 0; g < groups.length; g++) {
      const h = heads[g];
      if (h < groups[g].start + groups[g].count && (best < 0 || sorted[h] < bestValue)) {
        best = g;
        bestValue = sorted[h];
      }
    }
    all[k] = bestValue;
    heads[best]++;
  }
  return all;
}

/**
 * figuresOf(mergeSorted(sorted, groups, n, out)): when one group holds all n values its figures
 * are those (the same numbers in the same order), copied; otherwise the groups are merged.
 */
export function figuresOfAll(sorted: Float64Array, groups: Group[], n: number, out: Float64Array): WaitFigures {
  for (const g of groups) if (g.count === n && n > 0) return { ...g.figures };
  return figuresOf(mergeSorted(sorted, groups, n, out));
}

export function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

/** Mean, quartiles and maximum of sorted values (NaN when empty). */
export function figuresOf(sorted: Float64Array): WaitFigures {
  const k = sorted.length;
  if (k === 0) return { mean: NaN, p50: NaN, p90: NaN, p95: NaN, max: NaN };
  // NOTE: a zero term leaves the sum as it is (from +0, the sum is never −0), so the day's many
  // zero waits are skipped: the same sum, with a shorter chain of dependent additions.
  let sum = 0;
  for (let i = 0; i < k; i++) {
    const x = sorted[i];
    if (x !== 0) sum += x;
  }
  return {
    mean: sum / k,
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    p95: quantileSorted(sorted, 0.95),
    max: sorted[k - 1],
  };
}

/** Linear interpolation between order statistics (Hyndman & Fan type 7, as R's default). */
function quantileSorted(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Scratch of grouped (one thread, one call at a time): the first slot of each group, and the next. */
let groupStart = new Int32Array(0);
let groupFill = new Int32Array(0);

/**
 * Figures of `values[0..n)` per key: counting sort into the scratch array `out`, then each
 * segment sorted (left sorted in `out`, group g at [start, start + count)).
 */
export function grouped(values: Float64Array, keys: Int32Array, n: number, groups: number, out: Float64Array): Group[] {
  if (groupStart.length < groups + 1) {
    groupStart = new Int32Array(2 * groups + 1);
    groupFill = new Int32Array(2 * groups + 1);
  }
  const start = groupStart;
  const fill = groupFill;
  start.fill(0, 0, groups + 1);
  if (groups === 1) {
    // One key (one procedure): the counting sort is a copy.
    start[1] = n;
    out.set(values.subarray(0, n));
  } else {
    for (let i = 0; i < n; i++) start[keys[i] + 1]++;
    for (let g = 0; g < groups; g++) start[g + 1] += start[g];
    fill.set(start.subarray(0, groups));
    for (let i = 0; i < n; i++) out[fill[keys[i]]++] = values[i];
  }
  const result: Group[] = [];
  for (let g = 0; g < groups; g++) {
    result.push({
      start: start[g],
      count: start[g + 1] - start[g],
      figures: figuresOf(sortFloat64(out.subarray(start[g], start[g + 1]))),
    });
  }
  return result;
}
