/**
 * The city study's report (wardsim study): one self-contained HTML file in Japanese or English —
 * the city page, a page per ward, the method and the reproducibility stamp — built from the
 * `city-study` result alone (viz reads results, never runs the engine). Every table is also
 * returned, for a CSV export.
 */
import type { CityStudyResult, ReportContext } from '../../../engine/results/index.js';
import { cityMessages } from '../../i18n/city.js';
import { messages, nameIn } from '../../i18n/index.js';
import { cityStamp } from '../../text/renderCityStudy.js';
import { el, join, raw, type Html } from '../html.js';
import { REPORT_CSS } from '../reportStyles.js';
import { tableHtml, type ReportTable } from '../reportTable.js';
import { citySection } from './citySection.js';
import { wardSection } from './wardSection.js';

/** Extra rules of the city report: each ward starts a printed page; findings keep their lines. */
const CITY_CSS = `
section.ward { break-before: page; }
section.option { border-top: 1px solid #ccc; margin-top: 18px; }
pre.findings { white-space: pre-wrap; font-family: inherit; font-size: 12.5px; }
ul.findings li { margin: 4px 0; }
`;

export interface RenderedCityReport {
  html: string;
  tables: ReportTable[];
}

export function renderCityReport(r: CityStudyResult, ctx: ReportContext): RenderedCityReport {
  const lang = ctx.lang;
  const c = cityMessages(lang);
  const title = c.title(nameIn(lang, r.study));
  const city = citySection(r, lang);
  const wards = r.wards.map((w) => wardSection(w, lang));
  const s = c.report.stampRows;
  const stamp: ReportTable = {
    id: 'stamp',
    caption: c.report.stamp,
    header: c.report.stampHeader,
    rows: [
      [s.engine, r.engineVersion],
      [s.commit, ctx.commit ?? '—'],
      [s.format, String(r.formatVersion)],
      [s.inputHash, { text: r.inputHash, attrs: { 'data-stamp': 'inputHash' } }],
      [s.seed, String(r.seed)],
      [
        s.replications,
        { text: String(r.replications), value: r.replications, attrs: { 'data-stamp': 'replications' } },
      ],
      [s.rule, cityStamp(r, lang)],
      [s.date, ctx.generatedAt],
      [s.command, { text: ctx.command, attrs: { class: 'command' } }],
    ],
  };
  const toc: [string, string][] = [
    ['city', c.report.city],
    ...r.wards.map((w): [string, string] => [`ward-${w.id}`, nameIn(lang, w)]),
    ['method', c.report.method],
    ['stamp', c.report.stamp],
  ];
  const body: Html = join(
    el(
      'header',
      { class: 'cover' },
      el('h1', {}, title),
      el(
        'p',
        {},
        c.wardsOptions(
          r.wards.length,
          r.wards.reduce((a, w) => a + w.options.length, 0),
        ),
      ),
      el('p', {}, messages(lang).report.generated(ctx.generatedAt)),
    ),
    el(
      'nav',
      { 'aria-label': c.report.toc },
      el('h2', {}, c.report.toc),
      el(
        'ol',
        {},
        toc.map(([id, label]) => el('li', {}, el('a', { href: `#${id}` }, label))),
      ),
    ),
    city.html,
    wards.map((w) => w.html),
    el(
      'section',
      { id: 'method', class: 'report-section' },
      el('h2', {}, c.report.method),
      el('p', {}, c.report.methodText),
    ),
    el(
      'section',
      { id: 'stamp', class: 'report-section' },
      el('h2', {}, c.report.stamp),
      tableHtml(stamp, 'data stamp'),
    ),
  );
  const html = `<!doctype html>\n${
    el(
      'html',
      { lang },
      el(
        'head',
        {},
        raw('<meta charset="utf-8">'),
        raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
        el('title', {}, title),
        el('style', {}, raw(REPORT_CSS + CITY_CSS)),
      ),
      el('body', {}, body),
    ).html
  }\n`;
  return { html, tables: [...city.tables, ...wards.flatMap((w) => w.tables), stamp] };
}
