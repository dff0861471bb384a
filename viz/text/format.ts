/** Number formats of the text renderers: estimates as "mean ± half-width", shares as percentages, clock times. */

export type Est = { mean: number | null; ci95: number | null } | null | undefined;

/** `mean ± ci95` with the given digits (— when undefined). */
export function meanCi(s: Est, digits = 2): string {
  if (!s || s.mean === null || !Number.isFinite(s.mean)) return '—';
  return s.ci95 === null || !Number.isFinite(s.ci95)
    ? s.mean.toFixed(digits)
    : `${s.mean.toFixed(digits)} ± ${s.ci95.toFixed(digits)}`;
}

/** The mean only. */
export function mean(s: Est, digits = 1): string {
  return !s || s.mean === null || !Number.isFinite(s.mean) ? '—' : s.mean.toFixed(digits);
}

/** A share as a percentage (— when undefined). */
export function pct(x: number | null | undefined, digits = 0): string {
  return x === null || x === undefined || !Number.isFinite(x) ? '—' : `${(100 * x).toFixed(digits)}%`;
}

/** A share estimate as "mean ± half-width %". */
export function pctCi(s: Est, digits = 0): string {
  if (!s || s.mean === null || !Number.isFinite(s.mean)) return '—';
  return s.ci95 === null
    ? pct(s.mean, digits)
    : `${(100 * s.mean).toFixed(digits)} ± ${(100 * s.ci95).toFixed(digits)}%`;
}

/** Minutes from midnight as HH:MM. */
export function clock(min: number | null | undefined): string {
  if (min === null || min === undefined || !Number.isFinite(min)) return '—';
  const m = Math.round(min);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** An integer with thousands separators. */
export function count(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}
