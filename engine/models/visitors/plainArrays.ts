/**
 * Plain number arrays for a day's report, built by loops.
 * NOTE: Array.from(typedArray, fn) and typed-array spreads go through the iteration protocol and a
 * callback per element; a day's report builds some thirty such arrays of one entry per interval,
 * which was a fifth of building it. The values are the same expressions, in the same order.
 */

/** a[from..from + n) as a plain array. */
export function numbersOf(a: Float64Array, from: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(a[from + i]);
  return out;
}

/** num[i] / den[i] per i < n, NaN where den[i] ≤ 0 (as ratio() in dayFigures.ts), offsets added. */
export function ratiosOf(num: Float64Array, numFrom: number, den: Float64Array, denFrom: number, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const b = den[denFrom + i];
    out.push(b > 0 ? num[numFrom + i] / b : NaN);
  }
  return out;
}

/** Sum of a, from 0 in index order (as a.reduce((s, x) => s + x, 0)). */
export function sumOf(a: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i];
  return sum;
}

/** Math.max(0, ...a) without the spread: NaN if any entry is NaN. */
export function maxFromZero(a: Float64Array): number {
  let max = 0;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (x !== x) return NaN;
    if (x > max) max = x;
  }
  return max;
}
