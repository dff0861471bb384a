/**
 * A report table: the same rows appear in the HTML and, with --csv, as a CSV file. A cell may carry
 * the number it shows (data-value), so a test can hold the page against the result JSON.
 */
import { el, type Attrs, type Html } from './html.js';

export interface ReportCell {
  text: string;
  /** The exact figure behind the text (written as data-value). */
  value?: number | null;
  /** Extra attributes for the cell (data-kpi, data-option, class). */
  attrs?: Attrs;
}

export type CellInput = ReportCell | string;

export interface ReportTable {
  /** Unique in the report; also the CSV file name. */
  id: string;
  caption: string;
  header: string[];
  rows: CellInput[][];
}

const cellOf = (c: CellInput): ReportCell => (typeof c === 'string' ? { text: c } : c);

export function tableHtml(t: ReportTable, className = 'data'): Html {
  return el(
    'table',
    { id: `table-${t.id}`, class: className },
    el('caption', {}, t.caption),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        t.header.map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el(
      'tbody',
      {},
      t.rows.map((row) =>
        el(
          'tr',
          {},
          row.map((input, i) => {
            const c = cellOf(input);
            // Words sit left, figures right.
            const words = c.value === undefined && !/^[\s+\-−±—∞\d.,%()/]*$/.test(c.text) && !/^[+\-−]?\d/.test(c.text);
            const cls = [c.attrs?.class, words ? 'text' : undefined].filter(Boolean).join(' ') || undefined;
            const attrs: Attrs = {
              ...c.attrs,
              class: cls,
              'data-value': c.value === undefined || c.value === null ? undefined : String(c.value),
            };
            return i === 0 ? el('th', { scope: 'row', ...attrs }, c.text) : el('td', attrs, c.text);
          }),
        ),
      ),
    ),
  );
}

/** The table as CSV text (RFC 4180 quoting), UTF-8 with a byte-order mark so spreadsheets read Japanese. */
export function tableCsv(t: ReportTable): string {
  const q = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  const lines = [t.header, ...t.rows.map((r) => r.map((c) => cellOf(c).text))].map((r) => r.map(q).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
