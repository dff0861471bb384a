/** A chart's table alternative as an escaped HTML <table> string, for server-rendered reports. */
import type { ChartTable } from './chartTypes.js';
import { escapeXml } from './svgNode.js';

/** `id` (optional) lets the figure point at the table, e.g. with aria-describedby. */
export function renderTableHtml(table: ChartTable, id?: string): string {
  // The first cell of each row names the row, so screen readers announce it with every value.
  const cells = (row: string[]) =>
    row.map((c, i) => (i === 0 ? `<th scope="row">${escapeXml(c)}</th>` : `<td>${escapeXml(c)}</td>`)).join('');
  const head = `<thead><tr>${table.header.map((c) => `<th scope="col">${escapeXml(c)}</th>`).join('')}</tr></thead>`;
  const body = `<tbody>${table.rows.map((r) => `<tr>${cells(r)}</tr>`).join('')}</tbody>`;
  const idAttr = id ? ` id="${escapeXml(id)}"` : '';
  const caption = `<caption>${escapeXml(table.caption)}</caption>`;
  return `<table${idAttr} class="wardsim-chart-table">${caption}${head}${body}</table>`;
}
