/**
 * A chart on the page: the factory's SVG mounted as real elements, tooltips on pointer and
 * keyboard, and beneath it the table alternative (folded) with a CSV download of the same rows.
 */
import { mountSvg, type Chart, type ChartTable } from '../charts/index.js';
import type { App } from './app.js';
import { csvName, tableCsv } from './csv.js';
import { browser, downloadText, el, on, type ElementLike } from './dom.js';
import { attachTips } from './tooltip.js';

export const KEYS_HINT_ID = 'chart-keys-hint';

/** An HTML <table> from a chart table (first cell of each row as its header). */
export function tableElement(table: ChartTable, id?: string): ElementLike {
  return el(
    'table',
    { class: 'data', id },
    el('caption', {}, table.caption),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        table.header.map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el(
      'tbody',
      {},
      table.rows.map((r) =>
        el(
          'tr',
          {},
          r.map((c, i) => (i === 0 ? el('th', { scope: 'row' }, c) : el('td', {}, c))),
        ),
      ),
    ),
  );
}

/** A table shown as such (not a chart's alternative), with its CSV button. */
export function tableWithCsv(app: App, id: string, table: ChartTable): ElementLike {
  return el('div', { class: 'table-block' }, tableElement(table, id), csvButton(app, id, table));
}

function csvButton(app: App, id: string, table: ChartTable): ElementLike {
  return on(
    el('button', { type: 'button', class: 'csv', 'aria-describedby': `${id}` }, app.ui.common.csv),
    'click',
    () => downloadText(csvName(id, app.lang), tableCsv(table), 'text/csv;charset=utf-8'),
  );
}

/** The folded table with its CSV button. */
export function tableDetails(app: App, id: string, table: ChartTable, summary = app.ui.common.table): ElementLike {
  return el(
    'details',
    { class: 'chart-table' },
    el('summary', {}, summary),
    tableElement(table, `${id}-table`),
    csvButton(app, `${id}-table`, table),
  );
}

/** Mounts `chart` into `into` (replacing what was there) and makes it interactive; returns the <svg>. */
export function mountChart(into: ElementLike, chart: Chart): ElementLike {
  into.replaceChildren();
  const svg = mountSvg(chart.svg, into, browser().document) as ElementLike;
  attachTips(svg, KEYS_HINT_ID);
  return svg;
}

export function figureElement(app: App, id: string, chart: Chart, extra: ElementLike[] = []): ElementLike {
  const holder = el('div', { class: 'chart-holder' });
  mountChart(holder, chart);
  return el('figure', { class: 'chart', 'data-chart': id }, ...extra, holder, tableDetails(app, id, chart.table));
}
