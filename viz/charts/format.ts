/** Number formatting shared by the factories: the caller's formatter, else a d3-format default. */
import { format } from 'd3';
import type { ChartOptions } from './chartTypes.js';

export type NumberFormat = (value: number) => string;

/** The caller's formatter, or d3-format with a chart-specific default specifier. */
export function formatterOr(custom: NumberFormat | undefined, specifier: string): NumberFormat {
  if (custom) return custom;
  const f = format(specifier);
  return (value) => (Number.isFinite(value) ? f(value) : '');
}

/** Formats a possibly missing value for tables and tips. */
export function orMissing(value: number | null | undefined, fmt: NumberFormat, options: ChartOptions): string {
  return value === null || value === undefined || !Number.isFinite(value) ? missing(options) : fmt(value);
}

export const missing = (options: ChartOptions): string => options.missingText ?? '—';

/** "mean ± half-width" when the CI is known, else just the mean. */
export function meanPlusMinus(mean: number, ci95: number | null | undefined, fmt: NumberFormat): string {
  return ci95 === null || ci95 === undefined || !Number.isFinite(ci95) ? fmt(mean) : `${fmt(mean)} ± ${fmt(ci95)}`;
}

/** Tooltip text "head — body", the pattern every mark follows (e.g. "10:00 — 34.2 ± 1.3 min"). */
export const tipText = (head: string, body: string): string => `${head} — ${body}`;

/** A finite number, or null: lets factories treat NaN from upstream like a missing value. */
export const finiteOrNull = (v: number | null | undefined): number | null =>
  v === null || v === undefined || !Number.isFinite(v) ? null : v;

/** CSS class token from a caller id: whitespace and punctuation become '-', letters of any script stay. */
export const classToken = (id: string): string => id.replace(/[^\p{L}\p{N}_-]+/gu, '-');
