/**
 * The study report as one self-contained HTML file (CSS and SVG inline; no script, link or font
 * URL), in Japanese or English: decisions first, then the options side by side, the charts, the
 * assumptions register, method and validation, and the reproducibility stamp. Every table is also
 * returned, for the CSV export.
 */
import { reportOptions, type ReportBundle, type ReportContext } from '../../engine/results/index.js';
import { messages, nameIn } from '../i18n/index.js';
import { el, join, raw, type Html } from './html.js';
import type { ReportTable } from './reportTable.js';
import { REPORT_CSS } from './reportStyles.js';
import { assumptionsSection } from './sections/assumptions.js';
import { chartsSection } from './sections/charts.js';
import { decisionsSection } from './sections/decisions.js';
import { methodSection } from './sections/method.js';
import { optionsSection } from './sections/options.js';
import { stampSection } from './sections/stamp.js';

export interface RenderedReport {
  html: string;
  tables: ReportTable[];
}

export function renderReport(bundle: ReportBundle, ctx: ReportContext): RenderedReport {
  const r = messages(ctx.lang).report;
  const options = reportOptions(bundle);
  const title = r.title(nameIn(ctx.lang, options[0].scenario));
  const sections = [
    decisionsSection(bundle, ctx),
    optionsSection(bundle, ctx),
    chartsSection(bundle, ctx),
    assumptionsSection(bundle, ctx),
    methodSection(bundle, ctx),
    stampSection(bundle, ctx),
  ];
  type SectionId = keyof typeof r.sections;
  const ids: SectionId[] = [
    'decisions',
    ...(bundle.main.kind === 'comparison' ? (['options'] as const) : []),
    'charts',
    'assumptions',
    'method',
    'stamp',
  ];
  const body: Html = join(
    el(
      'header',
      { class: 'cover' },
      el('h1', {}, title),
      el('p', {}, r.subtitle(options.length)),
      options.map((o) =>
        el(
          'p',
          {},
          nameIn(ctx.lang, o.scenario),
          o.scenario.description && ctx.lang === 'en' ? ` — ${o.scenario.description}` : '',
        ),
      ),
      el('p', {}, r.generated(ctx.generatedAt)),
    ),
    el(
      'nav',
      { 'aria-label': r.toc },
      el('h2', {}, r.toc),
      el(
        'ol',
        {},
        ids.map((id) => el('li', {}, el('a', { href: `#${id}` }, r.sections[id]))),
      ),
    ),
    sections.map((s) => s.html),
  );
  const html = `<!doctype html>\n${
    el(
      'html',
      { lang: ctx.lang },
      el(
        'head',
        {},
        raw('<meta charset="utf-8">'),
        raw('<meta name="viewport" content="width=device-width, initial-scale=1">'),
        el('title', {}, title),
        el('style', {}, raw(REPORT_CSS)),
      ),
      el('body', {}, body),
    ).html
  }\n`;
  return { html, tables: sections.flatMap((s) => s.tables) };
}
