/**
 * The assumptions register: for the base every input that decides the answer, with its source
 * and status; for each variant only the entries whose value differs from the base's.
 */
import {
  reportOptions,
  type AssumptionEntry,
  type ReportBundle,
  type ReportContext,
} from '../../../engine/results/index.js';
import { messages } from '../../i18n/index.js';
import { el, join, type Html } from '../html.js';
import { optionNames } from '../optionNames.js';
import { tableHtml, type ReportTable } from '../reportTable.js';

const rowOf = (a: AssumptionEntry) => [a.path, a.value, a.defaultValue ?? '—', a.source ?? '—', a.status ?? '—'];

export function assumptionsSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const r = messages(ctx.lang).report;
  const options = reportOptions(bundle);
  const names = optionNames(bundle, ctx.lang);
  const base = new Map(options[0].assumptions.map((a) => [a.path, a.value]));
  const tables: ReportTable[] = options.map((o, i) => ({
    id: `assumptions-${i}`,
    caption: names[i],
    header: r.assumptionsHeader,
    rows: (i === 0 ? o.assumptions : o.assumptions.filter((a) => base.get(a.path) !== a.value)).map(rowOf),
  }));
  return {
    html: el(
      'section',
      { id: 'assumptions', class: 'report-section' },
      el('h2', {}, r.sections.assumptions),
      el('p', { class: 'intro' }, r.assumptionsIntro),
      join(
        tables.map((t) =>
          t.rows.length > 0
            ? tableHtml(t, 'data assumptions')
            : join(el('h3', {}, t.caption), el('p', { class: 'note' }, r.noDifference)),
        ),
      ),
    ),
    tables,
  };
}
