/**
 * A chart's table alternative as a CSV download: the report's CSV writer (RFC 4180 quoting, CRLF,
 * a UTF-8 byte-order mark so Excel on a Japanese Windows reads 日本語 headers), so a table saved
 * from the browser and one from the report are the same file.
 */
import type { ChartTable } from '../charts/index.js';
import { tableCsv as reportCsv } from '../report/reportTable.js';

export function tableCsv(table: ChartTable): string {
  return reportCsv({ id: 'chart', caption: table.caption, header: table.header, rows: table.rows });
}

/** A file name from a chart id and the language: `chart-fan.ja.csv`. */
export const csvName = (id: string, lang: string): string => `${id.replace(/[^A-Za-z0-9_-]+/g, '-')}.${lang}.csv`;
