/**
 * A ward's page: its facts as seed 001 prints them (and how they are read), the programme chart
 * of its options against today's area, each option's paired comparison with the baseline, the
 * counter lines, the findings that say why a KPI does not move, the programme table with its
 * verdict, and the area check on the option's plan with the plan's ground floor.
 */
import type { CityOption, CityWard } from '../../../engine/results/index.js';
import { cityMessages } from '../../i18n/city.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import { kpiDigits } from '../../text/kpiFormat.js';
import { el, join, type Html } from '../html.js';
import { estimateCell, numberCell, pct, pctCi } from '../reportFormat.js';
import type { ReportTable } from '../reportTable.js';
import { planFigure, programmeFigure } from './cityCharts.js';
import { areaTable, linesTable, programmeNotes, programmeTable, tableBlock } from './programmeTables.js';

function factsTable(w: CityWard, lang: Lang): ReportTable {
  const t = cityMessages(lang).facts;
  const f = w.facts;
  const area = (key: string, read: number | null) => [t[key as 'totalM2'], f.printed[key] ?? '—', numberCell(read, 0)];
  return {
    id: `facts-${w.id}`,
    caption: `${t.title} — ${nameIn(lang, w)}`,
    header: t.header,
    rows: [
      [t.built, f.printed.built ?? '—', `${f.built}${f.builtPlanned ? ` ${t.planned}` : ''}`],
      area('totalM2', f.totalM2),
      area('wardOfficeM2', f.wardOfficeM2),
      area('healthCentreM2', f.healthCentreM2),
      area('wardCentreM2', f.wardCentreM2),
      area('otherM2', f.otherM2),
    ],
  };
}

function versusTable(w: CityWard, o: CityOption, lang: Lang): ReportTable | null {
  if (o.versusBaseline === null) return null;
  const m = messages(lang);
  const t = cityMessages(lang).options;
  return {
    id: `versus-${w.id}-${o.id}`,
    caption: `${t.title} — ${nameIn(lang, o)}`,
    header: t.header,
    rows: Object.entries(o.versusBaseline).map(([id, x]) => {
      const d = kpiDigits(id);
      const verdict = m.compare.verdict[x.verdict] ?? x.verdict;
      return [
        m.kpi[id] ?? id,
        estimateCell(x.base, d),
        estimateCell(x.variant, d),
        estimateCell(x.diff, d, { 'data-kpi': id }),
        { text: verdict, attrs: { class: `verdict-${x.verdict}` } },
      ];
    }),
  };
}

function findingsList(o: CityOption, lang: Lang): Html | null {
  if (o.findings.length === 0) return null;
  const c = cityMessages(lang);
  const kpi = messages(lang).kpi;
  return join(
    el('h4', {}, c.findingsTitle),
    el(
      'ul',
      { class: 'findings' },
      o.findings.map((f) =>
        el(
          'li',
          { 'data-finding': f.code },
          `${c.findingFor(f.kpis.map((id) => kpi[id] ?? id).join(lang === 'ja' ? '・' : ', '))}${c.findings[f.code](
            f.subjects.map((x) => nameIn(lang, x)),
            f.figures,
          )}`,
        ),
      ),
    ),
  );
}

export function wardSection(w: CityWard, lang: Lang): { html: Html; tables: ReportTable[] } {
  const c = cityMessages(lang);
  const m = messages(lang);
  const tables: ReportTable[] = [];
  const f = w.facts;
  const parts = f.wardOfficeM2 + f.healthCentreM2 + f.wardCentreM2 + (f.otherM2 ?? 0);
  const optionBlocks = w.options.map((o) => {
    const versus = versusTable(w, o, lang);
    const fits = o.areaCheck.filter((r) => r.status === 'deficit').length;
    const target = o.serviceTarget;
    return el(
      'section',
      { class: 'option', 'data-option': o.id },
      el('h3', {}, nameIn(lang, o), ' — ', nameIn(lang, o.scenario)),
      target
        ? el(
            'p',
            {},
            c.options.target(
              pctCi(target.serviceLevel, 1),
              pct(target.target),
              target.withinMin,
              m.compare.targetStatus[target.status] ?? target.status,
            ),
          )
        : null,
      versus ? tableBlock(versus, tables) : null,
      tableBlock(linesTable(o, `lines-${w.id}-${o.id}`, lang), tables),
      findingsList(o, lang),
      tableBlock(programmeTable(o, `programme-${w.id}-${o.id}`, lang), tables),
      programmeNotes(o, lang),
      o.areaCheck.length > 0
        ? tableBlock(
            areaTable(o, `area-${w.id}-${o.id}`, lang, (i) => m.area.item[i] ?? i),
            tables,
          )
        : null,
      o.areaCheck.length > 0
        ? el('p', { class: 'note' }, fits === 0 ? c.report.fitsToday : c.report.notFitsToday(fits))
        : null,
      planFigure(w, o, lang, tables),
    );
  });
  const html = el(
    'section',
    { id: `ward-${w.id}`, class: 'report-section ward' },
    el('h2', {}, c.report.wardPage(nameIn(lang, w))),
    el('p', {}, c.facts.population(f.population, f.households)),
    f.builtIn1970s ? el('p', { class: 'note' }, c.facts.in1970s) : null,
    tableBlock(factsTable(w, lang), tables),
    !f.partsAddUp ? el('p', { class: 'status-unsure' }, c.facts.notAddingUp(parts, f.totalM2)) : null,
    f.readingNote && lang === 'en' ? el('p', { class: 'note' }, f.readingNote) : null,
    programmeFigure(w, lang, tables),
    optionBlocks,
  );
  return { html, tables };
}
