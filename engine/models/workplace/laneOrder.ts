/**
 * The order of one day's lane (dayLanes.ts): ids by (key, position in the input) ascending — the
 * order core's bucketSortIdsByKey gives ids in ascending order, which is unique (a total order),
 * so the lanes are exactly as before.
 *
 * NOTE (speed): the day's two sorts were a tenth of a workplace year. Here the key of each input
 * position comes in a contiguous array (no key[id] lookups), the bucket of each element is
 * computed once, the elements are scattered with their keys so that the insertion sort inside a
 * bucket reads adjacent keys, and the result is written straight into the lane (no copy back).
 */
export class LaneOrder {
  /** Bucket of each input position (scratch). */
  private readonly bucketOf: Int32Array;
  private readonly counts: Int32Array;

  constructor(capacity: number) {
    this.bucketOf = new Int32Array(capacity);
    this.counts = new Int32Array(capacity + 1);
  }

  /**
   * Writes ids[0…n) into out[0…n) ordered by (keys[i], i), where keys[i] is the key of ids[i]
   * (finite, not NaN), and the keys in that order into sortedKey[0…n). A stable counting sort into
   * n buckets of equal width between the least and the greatest key, then an insertion sort
   * inside each bucket.
   */
  sort(ids: Int32Array, keys: Float64Array, n: number, out: Int32Array, sortedKey: Float64Array): void {
    let lo = Infinity;
    let hi = -Infinity;
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      if (k < lo) lo = k;
      if (k > hi) hi = k;
    }
    const perKey = n / (hi - lo);
    if (!(hi > lo) || !(perKey < Infinity)) {
      // All keys equal (the input order is the order) or a few subnormals apart (never on real days).
      this.insertionSort(ids, keys, n, out, sortedKey);
      return;
    }
    const last = n - 1;
    const bucketOf = this.bucketOf;
    const counts = this.counts;
    counts.fill(0, 0, n + 1);
    for (let i = 0; i < n; i++) {
      const b = Math.floor((keys[i] - lo) * perKey);
      const c = b < last ? b : last;
      bucketOf[i] = c;
      counts[c + 1]++;
    }
    for (let b = 0; b < n; b++) counts[b + 1] += counts[b];
    // counts[b] is now the first slot of bucket b; placing in input order keeps ties in input order.
    for (let i = 0; i < n; i++) {
      const slot = counts[bucketOf[i]]++;
      out[slot] = ids[i];
      sortedKey[slot] = keys[i];
    }
    // counts[b] is now the end of bucket b: insertion sort by key inside it (ties keep their order).
    let start = 0;
    for (let b = 0; b < n; b++) {
      const end = counts[b];
      for (let i = start + 1; i < end; i++) {
        const k = sortedKey[i];
        if (!(sortedKey[i - 1] > k)) continue;
        const id = out[i];
        let j = i - 1;
        while (j >= start && sortedKey[j] > k) {
          sortedKey[j + 1] = sortedKey[j];
          out[j + 1] = out[j];
          j--;
        }
        sortedKey[j + 1] = k;
        out[j + 1] = id;
      }
      start = end;
    }
  }

  /** The same order by a plain stable insertion sort (the degenerate cases). */
  private insertionSort(
    ids: Int32Array,
    keys: Float64Array,
    n: number,
    out: Int32Array,
    sortedKey: Float64Array,
  ): void {
    for (let i = 0; i < n; i++) {
      const k = keys[i];
      const id = ids[i];
      let j = i - 1;
      while (j >= 0 && sortedKey[j] > k) {
        sortedKey[j + 1] = sortedKey[j];
        out[j + 1] = out[j];
        j--;
      }
      sortedKey[j + 1] = k;
      out[j + 1] = id;
    }
  }
}
