/**
 * In-place sorts of typed arrays that give exactly the result of the built-in sorts, faster for
 * the few hundred to few thousand values a simulated day sorts (waits, times in the office).
 *
 * NOTE: V8's Float64Array.prototype.sort goes through a C++ comparator called by pointer for
 * every comparison, and a sort with a JS comparator (the order of arrivals) calls back into JS:
 * on a 460-visitor day the sorts took a sixth of the replication. These are a quicksort with
 * insertion sort for short ranges, comparing inline. The order they produce is the order of the
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
  for (let i = 0; i < n; i++) {
    const x = a[i];
    if (x !== x || (x === 0 && 1 / x < 0)) return a.sort(); // NaN or −0: the built-in's order
  }
  quicksort(a, 0, n - 1, 0);
  return a;
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
