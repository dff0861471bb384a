/**
 * Who of n candidates gets one of k places when more want one than there are: the k with the
 * lowest priority. The priorities are uniform draws of a stream of their own, so the k granted
 * are a uniformly random k-subset of the candidates (every candidate equally likely to be turned
 * back), and no other draw moves. Used for the telework cap and the satellite office's seats.
 *
 * NOTE: selection in place (quickselect) on preallocated typed arrays: nothing is allocated per day.
 */

/** The (r+1)-th smallest of a[0…n) (r = 0: the smallest); reorders a[0…n). */
function nthSmallest(a: Float64Array, n: number, r: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    if (r <= j) hi = j;
    else if (r >= i) lo = i;
    else return a[r];
  }
  return a[r];
}

/**
 * Sets granted[i] = 1 for the k candidates i < n of lowest priority[i] (all of them when n ≤ k)
 * and 0 for the rest; returns how many were granted, min(n, k). `scratch` holds at least n values.
 * Ties (probability ≈ 0) go to the lower index.
 */
export function grantLowest(
  priority: Float64Array,
  n: number,
  k: number,
  scratch: Float64Array,
  granted: Uint8Array,
): number {
  if (n <= k) {
    granted.fill(1, 0, n);
    return n;
  }
  if (k <= 0) {
    granted.fill(0, 0, n);
    return 0;
  }
  for (let i = 0; i < n; i++) scratch[i] = priority[i];
  const threshold = nthSmallest(scratch, n, k - 1);
  // Below the threshold first (fewer than k), then the threshold's ties in index order up to k.
  let g = 0;
  for (let i = 0; i < n; i++) {
    const below = priority[i] < threshold;
    granted[i] = below ? 1 : 0;
    if (below) g++;
  }
  for (let i = 0; i < n && g < k; i++) {
    if (granted[i] === 0 && priority[i] === threshold) {
      granted[i] = 1;
      g++;
    }
  }
  return g;
}
