/** Number formats of the report (the text renderers' formats, plus cells that carry their figure). */
import type { Estimate } from '../../engine/results/index.js';
import { meanCi, pct, pctCi } from '../text/format.js';
import type { ReportCell } from './reportTable.js';

export { meanCi, pct, pctCi };

/** An estimate cell: "mean ± ci" with the mean as its data-value. */
export function estimateCell(
  e: Estimate | null | undefined,
  digits: number,
  attrs: ReportCell['attrs'] = {},
): ReportCell {
  return { text: meanCi(e, digits), value: e?.mean ?? null, attrs };
}

/** A share estimate cell: "mean ± ci %". */
export function shareCell(e: Estimate | null | undefined, digits = 1, attrs: ReportCell['attrs'] = {}): ReportCell {
  return { text: pctCi(e, digits), value: e?.mean ?? null, attrs };
}

export function numberCell(n: number | null | undefined, digits = 0): ReportCell {
  return {
    text:
      n === null || n === undefined || !Number.isFinite(n)
        ? '—'
        : n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }),
    value: n ?? null,
  };
}

/** The CSS class of a status word: good, bad or unsure. */
export function statusCell(text: string, tone: 'good' | 'bad' | 'unsure'): ReportCell {
  return { text, attrs: { class: `status-${tone}` } };
}
