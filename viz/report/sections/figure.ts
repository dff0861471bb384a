/** A chart in the report: the SVG, and its table alternative folded beneath it. */
import { el, type Html } from '../html.js';
import { tableHtml, type ReportTable } from '../reportTable.js';

export function figure(id: string, svg: Html, table: ReportTable, tableLabel: string): Html {
  return el(
    'figure',
    { class: 'chart', 'data-chart': id },
    svg,
    el('details', {}, el('summary', {}, tableLabel), tableHtml(table, 'data chart-table')),
  );
}
