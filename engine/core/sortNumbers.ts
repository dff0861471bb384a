/**
 * In-place sorts of typed arrays that give exactly the result of the built-in sorts, faster for
 * the few hundred to few thousand values a simulated day sorts (waits, times in the office).
 *
 * NOTE: V8's Float64Array.prototype.sort goes through a C++ comparator called by pointer for
 * every comparison, and a sort with a JS comparator (the order of arrivals) calls back into JS:
 * on a 460-visitor day the sorts took a sixth of the replication. These are a quicksort with
 * insertion sort for short ranges, comparing inline, and for a few hundred values or more a bucket
 * sort (bucketSort below). The order they produce is the order of the
 * built-in: ascending numbers are a total order when there is no NaN and no −0 (the built-in puts
 * −0 before +0 and NaN last), so sortFloat64 checks for those first and leaves such arrays to
 * the built-in. tests/unit/core/sortNumbers.test.ts compares both on random data.
 */

/** Below this length a range is insertion-sorted. */
const SMALL = 16;
/** Recursion depth after which a range is left to the built-in sort (never on real data). */
const MAX_DEPTH = 64;

/** Sorts `a` ascending in place, exactly as `a.sort()` would. */
export function sortFloat64(a: Float64Array): Float64Array {
  const n = a.length;
  let zeros = 0;
  let negative = false;
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x !== x || (x === 0 && 1 / x < 0)) return a.sort(); // NaN or −0: the built-in's order
    if (x === 0) zeros++;
    else if (x < 0) negative = true;
  }
  if (zeros > 0 && !negative) {
    // NOTE: waits are often exactly 0 (served at once); with nothing below 0 the zeros go first
    // in one pass and only the rest is sorted.
    let k = 0;
    for (let i = 0; i < n; i++) {
      const x = a[i];
      if (x !== 0) a[k++] = x;
    }
    const rest = n - zeros;
    a.copyWithin(zeros, 0, rest);
    a.fill(0, 0, zeros);
    sortRange(a, zeros, n - 1);
    return a;
  }
  sortRange(a, 0, n - 1);
  return a;
}

/** Below this length a range is quicksorted rather than bucket-sorted. */
const BUCKET_MIN = 64;
/** Scratch of bucketSort (one thread, one sort at a time), grown on demand. */
let bucketCounts = new Int32Array(0);
let bucketOf = new Int32Array(0);
let bucketScratch = new Float64Array(0);

/** Sorts a[lo..hi] (no NaN, no −0) ascending. */
function sortRange(a: Float64Array, lo: number, hi: number): void {
  if (hi - lo + 1 < BUCKET_MIN || !bucketSort(a, lo, hi)) quicksort(a, lo, hi, 0);
}

/**
 * Sorts a[lo..hi] (no NaN, no −0) by a counting sort into as many buckets of equal width as
 * there are values, then a sort inside each bucket; false (nothing changed) when the values are
 * not finite or too close together for equal-width buckets.
 * NOTE: a quicksort's comparisons are as good as coin tosses to the branch predictor; a day's
 * waits (a few hundred, spread out) mostly land one to a bucket, and this took half the time of
 * the quicksort on them. The result is the same: the ascending order of the same numbers is unique
 * when there is no NaN and no −0.
 */
function bucketSort(a: Float64Array, lo: number, hi: number): boolean {
  const n = hi - lo + 1;
  let min = Infinity;
  let max = -Infinity;
  for (let i = lo; i <= hi; i++) {
    const x = a[i];
    if (x < min) min = x;
    if (x > max) max = x;
  }
  const span = max - min;
  const perValue = n / span;
  if (!(span > 0 && span < Infinity && perValue < Infinity)) return false;
  if (bucketCounts.length < n + 1) {
    bucketCounts = new Int32Array(2 * n + 1);
    bucketOf = new Int32Array(2 * n);
    bucketScratch = new Float64Array(2 * n);
  }
  const counts = bucketCounts;
  const of = bucketOf;
  const scratch = bucketScratch;
  const last = n - 1;
  counts.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.floor((a[lo + i] - min) * perValue);
    const c = b < last ? b : last;
    of[i] = c;
    counts[c + 1]++;
  }
  // Prefix sums with a running total in a register (no chain of stores and loads through memory).
  let run = 0;
  for (let b = 1; b <= n; b++) counts[b] = run += counts[b];
  // counts[b] is the first slot of bucket b; after placing, the end of bucket b.
  for (let i = 0; i < n; i++) scratch[counts[of[i]]++] = a[lo + i];
  let start = 0;
  for (let b = 0; b < n; b++) {
    const end = counts[b];
    if (end - start > 1) quicksort(scratch, start, end - 1, 0);
    start = end;
  }
  a.set(scratch.subarray(0, n), lo);
  return true;
}

function quicksort(a: Float64Array, lo: number, hi: number, depth: number): void {
  while (hi - lo >= SMALL) {
    if (depth++ > MAX_DEPTH) {
      a.subarray(lo, hi + 1).sort();
      return;
    }
    // Median of three as the pivot, then Hoare partition.
    const mid = (lo + hi) >>> 1;
    if (a[mid] < a[lo]) swap(a, mid, lo);
    if (a[hi] < a[lo]) swap(a, hi, lo);
    if (a[hi] < a[mid]) swap(a, hi, mid);
    const pivot = a[mid];
    let i = lo;
    let j = hi;
    for (;;) {
      do i++;
      while (a[i] < pivot);
      do j--;
      while (a[j] > pivot);
      if (i >= j) break;
      swap(a, i, j);
    }
    // Recurse into the smaller part, loop on the larger.
    if (j - lo < hi - j) {
      quicksort(a, lo, j, depth);
      lo = j + 1;
    } else {
      quicksort(a, j + 1, hi, depth);
      hi = j;
    }
  }
  for (let i = lo + 1; i <= hi; i++) {
    const x = a[i];
    let j = i - 1;
    while (j >= lo && a[j] > x) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = x;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i];
  a[i] = a[j];
  a[j] = t;
}

/**
 * Sorts the first `n` ids of `ids` by (key[id], id) ascending, in place: the order of
 * `ids.subarray(0, n).sort((a, b) => key[a] - key[b] || a - b)` when no key is NaN. Returns at
 * once when the ids are in order already (arrivals drawn in time order mostly are); otherwise a
 * stable merge sort of ids by key (ties keep their order, so ids given in ascending order come out
 * by id among equal keys).
 */
export function sortIdsByKey(ids: Int32Array, n: number, key: Float64Array, scratch: Int32Array): void {
  let sorted = true;
  for (let i = 1; i < n; i++) {
    const a = ids[i - 1];
    const b = ids[i];
    if (key[a] > key[b] || (key[a] === key[b] && a > b)) {
      sorted = false;
      break;
    }
  }
  if (sorted) return;
  // Bottom-up merge sort between ids and scratch (each pass merges runs of width w).
  let from = ids;
  let to = scratch;
  for (let w = 1; w < n; w *= 2) {
    for (let lo = 0; lo < n; lo += 2 * w) {
      const mid = Math.min(lo + w, n);
      const hi = Math.min(lo + 2 * w, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        const a = from[i];
        const b = from[j];
        // Take from the right run only when strictly before: equal elements keep their order.
        if (key[b] < key[a] || (key[b] === key[a] && b < a)) {
          to[k++] = b;
          j++;
        } else {
          to[k++] = a;
          i++;
        }
      }
      while (i < mid) to[k++] = from[i++];
      while (j < hi) to[k++] = from[j++];
    }
    const t = from;
    from = to;
    to = t;
  }
  if (from !== ids) ids.set(from.subarray(0, n));
}

/**
 * The order of sortIdsByKey — the first `n` ids of `ids` by (key[id], id) — for ids given in
 * ascending order and finite keys (not NaN): a stable counting sort into n buckets of equal width between
 * the least and the greatest key, then an insertion sort inside each bucket. O(n) for keys spread
 * evenly; `counts` needs n + 1 entries and `scratch` n.
 * NOTE: for the workplace model's day lanes (a few hundred times of one day), where the merge
 * sort was a fifth of a replication.
 */
export function bucketSortIdsByKey(
  ids: Int32Array,
  n: number,
  key: Float64Array,
  counts: Int32Array,
  scratch: Int32Array,
): void {
  if (n < 2) return;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const k = key[ids[i]];
    if (k < lo) lo = k;
    if (k > hi) hi = k;
  }
  if (!(hi > lo)) return; // all keys equal: ascending ids are the order
  const perKey = n / (hi - lo);
  if (!(perKey < Infinity)) {
    sortIdsByKey(ids, n, key, scratch); // keys a few subnormals apart
    return;
  }
  const last = n - 1;
  counts.fill(0, 0, n + 1);
  for (let i = 0; i < n; i++) {
    const b = Math.floor((key[ids[i]] - lo) * perKey);
    counts[(b < last ? b : last) + 1]++;
  }
  for (let b = 0; b < n; b++) counts[b + 1] += counts[b];
  // counts[b] is now the first slot of bucket b; placing in input order keeps ids ascending in a bucket.
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    const b = Math.floor((key[id] - lo) * perKey);
    scratch[counts[b < last ? b : last]++] = id;
  }
  // counts[b] is now the end of bucket b: insertion sort by key inside it (ties keep their order).
  let start = 0;
  for (let b = 0; b < n; b++) {
    const end = counts[b];
    for (let i = start + 1; i < end; i++) {
      const id = scratch[i];
      const k = key[id];
      let j = i - 1;
      while (j >= start && key[scratch[j]] > k) {
        scratch[j + 1] = scratch[j];
        j--;
      }
      scratch[j + 1] = id;
    }
    start = end;
  }
  for (let i = 0; i < n; i++) ids[i] = scratch[i];
}
