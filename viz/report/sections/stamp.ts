/** The reproducibility stamp: engine, commit, format, input hash, seed, replications, stopping rule, date, command. */
import type { ReportBundle, ReportContext } from '../../../engine/results/index.js';
import { messages } from '../../i18n/index.js';
import { el, type Html } from '../html.js';
import { tableHtml, type ReportTable } from '../reportTable.js';

export function stampSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const r = messages(ctx.lang).report;
  const s = r.stamp;
  const main = bundle.main;
  const rule = main.stoppingRule;
  const ruleText =
    rule.type === 'fixed'
      ? s.fixed(rule.replications)
      : s.precision(`${(100 * rule.relativeHalfWidth).toFixed(1)}%`, rule.minReplications, rule.maxReplications);
  const stopped = messages(ctx.lang).common.stoppedBy[main.stoppedBy] ?? main.stoppedBy;
  const table: ReportTable = {
    id: 'stamp',
    caption: r.sections.stamp,
    header: r.stampHeader,
    rows: [
      [s.engine, main.engineVersion],
      [s.commit, ctx.commit ?? s.unknown],
      [s.format, String(main.formatVersion)],
      [s.inputHash, { text: main.inputHash, attrs: { 'data-stamp': 'inputHash' } }],
      [s.seed, String(main.seed)],
      [
        s.replications,
        { text: String(main.replications), value: main.replications, attrs: { 'data-stamp': 'replications' } },
      ],
      [s.rule, `${ruleText} — ${stopped}`],
      [s.date, ctx.generatedAt],
      [s.command, { text: ctx.command, attrs: { class: 'command' } }],
    ],
  };
  return {
    html: el(
      'section',
      { id: 'stamp', class: 'report-section' },
      el('h2', {}, r.sections.stamp),
      tableHtml(table, 'data stamp'),
    ),
    tables: [table],
  };
}
