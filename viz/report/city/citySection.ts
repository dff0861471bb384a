/**
 * The city page: the question (seed 001), the city table — ward × option: m² needed ± CI, today's
 * m², change, verdict, service level, mean wait, desks per staff — with the verdict band and the
 * wards whose seed figures do not add up, and every finding of the study.
 */
import type { CityStudyResult } from '../../../engine/results/index.js';
import { cityMessages } from '../../i18n/city.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import { findingLines } from '../../text/renderCityStudy.js';
import { el, type Html } from '../html.js';
import { estimateCell, numberCell, pct, shareCell, statusCell } from '../reportFormat.js';
import { tableHtml, type ReportTable } from '../reportTable.js';

const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`);

export function cityTable(r: CityStudyResult, lang: Lang): ReportTable {
  const c = cityMessages(lang);
  return {
    id: 'city',
    caption: c.cityTableTitle,
    header: c.cityHeader,
    rows: r.wards.flatMap((w) =>
      w.options.map((o) => {
        const p = o.programme;
        const tone = p.change.verdict === 'keep' ? 'unsure' : p.change.verdict === 'increase' ? 'bad' : 'good';
        const at = { 'data-ward': w.id, 'data-option': o.id };
        return [
          nameIn(lang, w),
          nameIn(lang, o),
          estimateCell(p.wardOfficeM2, 0, { ...at, 'data-col': 'need' }),
          numberCell(p.today.wardOfficeM2),
          { text: signed(p.change.share.mean), value: p.change.share.mean },
          statusCell(c.verdict[p.change.verdict], tone),
          shareCell(o.kpis.serviceLevel, 1),
          estimateCell(o.kpis.waitMeanMin, 1),
          `${o.desks.desks} (${o.desks.perStaff.toFixed(2)})`,
        ];
      }),
    ),
  };
}

export function citySection(r: CityStudyResult, lang: Lang): { html: Html; tables: ReportTable[] } {
  const c = cityMessages(lang);
  const table = cityTable(r, lang);
  const band = r.wards[0]?.options[0]?.programme.change.bandShare ?? 0.05;
  const notAddingUp = r.wards.filter((w) => !w.facts.partsAddUp).map((w) => nameIn(lang, w));
  const findings = findingLines(r, lang);
  return {
    html: el(
      'section',
      { id: 'city', class: 'report-section' },
      el('h2', {}, c.report.city),
      el('p', { class: 'intro' }, c.report.cityIntro),
      tableHtml(table),
      el('p', { class: 'note' }, c.verdictNote(pct(band))),
      notAddingUp.length > 0
        ? el('p', { class: 'note' }, c.dataNote(notAddingUp.join(lang === 'ja' ? '・' : ', ')))
        : null,
      el('p', { class: 'note' }, messages(lang).common.ciNote),
      el('h3', {}, c.findingsTitle),
      findings.length > 0 ? el('pre', { class: 'findings' }, findings.join('\n')) : el('p', {}, c.noFindings),
    ),
    tables: [table],
  };
}
