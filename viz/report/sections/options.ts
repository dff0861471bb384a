/**
 * The options side by side: per variant and headline KPI, the base and variant estimates, the
 * paired difference with its 95 % CI, the unpaired CI beside it and the verdict; a forest plot of
 * the paired differences. Empty for a report of one scenario.
 */
import type { ReportBundle, ReportContext } from '../../../engine/results/index.js';
import { comparisonChart, renderSvg } from '../../charts/index.js';
import { messages } from '../../i18n/index.js';
import { kpiDigits } from '../../text/kpiFormat.js';
import { comparisonData } from '../chartData.js';
import { el, join, raw, type Html } from '../html.js';
import { optionNames } from '../optionNames.js';
import { estimateCell } from '../reportFormat.js';
import { tableHtml, type ReportTable } from '../reportTable.js';
import { figure } from './figure.js';

export function optionsSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const c = bundle.main;
  if (c.kind !== 'comparison') return { html: join(), tables: [] };
  const m = messages(ctx.lang);
  const names = optionNames(bundle, ctx.lang);
  const tables: ReportTable[] = c.variants.map((v, i) => ({
    id: `options-diff-${i + 1}`,
    caption: m.report.comparisonTitle(names[i + 1]),
    header: m.compare.header,
    rows: Object.entries(v.metrics).map(([id, x]) => {
      const d = kpiDigits(id) + 1;
      const attrs = { 'data-kpi': id, 'data-option': i + 1 };
      return [
        m.kpi[id] ?? id,
        estimateCell(x.base, d),
        estimateCell(x.variant, d),
        { ...estimateCell(x.diff, d, { ...attrs, 'data-diff': 'paired' }) },
        { text: x.unpairedCi95 === null ? '—' : `± ${x.unpairedCi95.toFixed(d)}`, value: x.unpairedCi95 },
        { text: m.compare.verdict[x.verdict], attrs: { class: `verdict-${x.verdict}` } },
      ];
    }),
  }));
  const chart = comparisonChart(comparisonData(c, names, ctx.lang), {
    id: 'chart-comparison',
    title: m.report.forestTitle,
    desc: m.report.forestDesc,
    widthPx: 860,
  });
  tables.push({
    id: 'options-forest',
    caption: chart.table.caption,
    header: chart.table.header,
    rows: chart.table.rows,
  });
  return {
    html: el(
      'section',
      { id: 'options', class: 'report-section' },
      el('h2', {}, m.report.sections.options),
      join(tables.slice(0, -1).map((t) => tableHtml(t))),
      el('p', { class: 'note' }, m.compare.pairing),
      figure('chart-comparison', raw(renderSvg(chart.svg)), tables[tables.length - 1], m.report.table),
    ),
    tables,
  };
}
