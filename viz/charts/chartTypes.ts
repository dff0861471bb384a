/** Types shared by every chart factory: what callers pass in and what they get back. */
import type { SvgNode } from './svgNode.js';

/**
 * The accessible alternative to the picture: the same numbers as text, formatted as in the
 * tooltips, for a <table> beside the chart (screen readers, copy-paste, printouts).
 */
export interface ChartTable {
  caption: string;
  header: string[];
  rows: string[][];
}

export interface Chart {
  svg: SvgNode;
  table: ChartTable;
}

/**
 * Presentation options. Words (title, desc) come from the caller, as do the formatters, so no
 * factory hard-codes a language or a number style. Functions live here, not in the chart data,
 * so the data stays JSON.
 */
export interface ChartOptions {
  /** id of the root <svg>; also prefixes ids inside it (patterns, gradients), so it must be unique in the page. */
  id: string;
  /** Short title: the SVG <title>, the visible heading and the table caption. */
  title: string;
  /** Longer description for screen readers (SVG <desc>). */
  desc: string;
  /** Drawing size in px; each chart has a default, and some derive the height from the data. */
  widthPx?: number;
  heightPx?: number;
  /** Base font size in px (default 12). */
  fontSizePx?: number;
  /** Draw the title as visible text at the top (default true; a report may print its own heading). */
  showTitle?: boolean;
  /** Formats the measured value (waiting time, people, probability…) in ticks, tooltips, tables and cells. */
  formatValue?: (value: number) => string;
  /** Formats numeric x values (desks, units, remote share, sweep parameter). */
  formatX?: (value: number) => string;
  /** Formats numeric y parameter values of the sweep heatmap. */
  formatY?: (value: number) => string;
  /** Appended to formatted values in tooltips, e.g. ' min' or ' 人'. */
  unitSuffix?: string;
  /** Text for a missing value in tables and tooltips (default '—'). */
  missingText?: string;
}
