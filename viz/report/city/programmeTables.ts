/**
 * An option's building programme in the report: one row per function with the demand in units
 * and its CI, the m² per unit, the m² with its CI, the basis (simulated, standard, given, input)
 * and the rule, then the totals — the rows add up to the ward office total — the facilities,
 * today's area, the change and the verdict, and the standards beside it.
 */
import type { CityOption } from '../../../engine/results/index.js';
import { cityMessages } from '../../i18n/city.js';
import { nameIn, type Lang } from '../../i18n/index.js';
import { el, join, type Html } from '../html.js';
import { estimateCell, numberCell, statusCell } from '../reportFormat.js';
import { tableHtml, type ReportTable } from '../reportTable.js';

const signed = (x: number | null) => (x === null ? '—' : `${x >= 0 ? '+' : ''}${(100 * x).toFixed(1)}%`);

export function programmeTable(o: CityOption, id: string, lang: Lang): ReportTable {
  const t = cityMessages(lang).programme;
  const p = o.programme;
  const rows = p.rows.map((r) => [
    t.item[r.item] ?? r.item,
    r.scope === 'all' ? '—' : nameIn(lang, r),
    r.units === null ? '—' : estimateCell(r.units, 1),
    numberCell(r.m2PerUnit, 1),
    estimateCell(r.areaM2, 1, { 'data-item': r.item, 'data-basis': r.basis }),
    t.basis[r.basis] ?? r.basis,
    t.rule[r.rule] ?? r.rule,
  ]);
  const total = [
    t.wardOffice,
    '—',
    '—',
    '—',
    estimateCell(p.wardOfficeM2, 1, { 'data-total': 'wardOffice' }),
    '—',
    '—',
  ];
  const given = (label: string, g: CityOption['programme']['healthCentre']) => [
    label,
    '—',
    '—',
    '—',
    numberCell(g.areaM2, 0),
    t.basis.given,
    t.rule[g.rule] ?? g.rule,
  ];
  return {
    id,
    caption: t.title(nameIn(lang, o)),
    header: t.header,
    rows: [
      ...rows,
      total,
      given(t.healthCentre, p.healthCentre),
      given(t.wardCentre, p.wardCentre),
      ...(p.other.areaM2 > 0 ? [given(t.other, p.other)] : []),
      [t.complex, '—', '—', '—', estimateCell(p.complexM2, 0), '—', '—'],
      [t.today, '—', '—', '—', numberCell(p.today.wardOfficeM2, 0), t.basis.given, t.rule['given-seed-001']],
    ],
  };
}

/** The lines under the table: change, verdict with its margin, the standards, and how the total adds up. */
export function programmeNotes(o: CityOption, lang: Lang): Html {
  const c = cityMessages(lang);
  const p = o.programme;
  const tone = p.change.verdict === 'keep' ? 'unsure' : p.change.verdict === 'increase' ? 'bad' : 'good';
  const s = p.standards;
  return join(
    el(
      'p',
      {},
      c.programme.change(
        signed(p.change.share.mean),
        `${(100 * (p.change.share.ci95 ?? 0)).toFixed(1)}%`,
        `${(100 * p.change.bandShare).toFixed(0)}%`,
      ),
    ),
    el(
      'p',
      {},
      el(
        'span',
        { class: `status-${tone}`, 'data-verdict': p.change.verdict },
        c.programme.verdictLine(c.verdict[p.change.verdict], signed(p.change.marginShare)),
      ),
    ),
    el(
      'p',
      { class: 'note' },
      c.programme.standards({
        staff: s.staff,
        somu: s.somuM2,
        mlit: s.mlitM2,
        citizen: s.citizenFacingM2,
        perStaff: s.programmeM2PerStaff,
      }),
    ),
    el('p', { class: 'note' }, c.programme.sumNote),
  );
}

/** The option's counter lines: design load against staff, and the run's figures. */
export function linesTable(o: CityOption, id: string, lang: Lang): ReportTable {
  const t = cityMessages(lang).lines;
  return {
    id,
    caption: `${t.title} — ${nameIn(lang, o)}`,
    header: t.header,
    rows: o.lines.map((l) => [
      nameIn(lang, l),
      numberCell(l.counters),
      numberCell(l.staffAtCounterMean, 1),
      numberCell(l.expectedContacts, 0),
      numberCell(l.serviceMinPerContact, 1),
      numberCell(l.offeredLoadErlangs, 1),
      l.designUtilization >= 1
        ? statusCell(`${(100 * l.designUtilization).toFixed(0)}%`, 'bad')
        : `${(100 * l.designUtilization).toFixed(0)}%`,
      l.staffUtilization === null ? '—' : `${(100 * l.staffUtilization).toFixed(0)}%`,
      estimateCell(l.waitMeanMin, 1),
    ]),
  };
}

/** Names of the ids the area check mentions: plan zones, departments (by counter, else office zone), lines. */
export function scopeName(o: CityOption, lang: Lang): (id: string) => string {
  const names = new Map<string, string>([['all', '—']]);
  const zones = o.planDrawing?.zones ?? [];
  for (const z of zones) names.set(z.id, nameIn(lang, z));
  for (const kind of ['office', 'counter'])
    for (const z of zones) if (z.kind === kind && z.department !== null) names.set(z.department, nameIn(lang, z));
  for (const l of o.lines) names.set(l.id, nameIn(lang, l));
  for (const r of o.programme.rows) if (r.scope !== 'all') names.set(r.scope, nameIn(lang, r));
  return (id) => names.get(id) ?? id;
}

/** The area check of the option on its plan. */
export function areaTable(o: CityOption, id: string, lang: Lang, itemName: (item: string) => string): ReportTable {
  const c = cityMessages(lang);
  const scope = scopeName(o, lang);
  return {
    id,
    caption: c.areaCheckTitle(o.plan ? nameIn(lang, o.plan) : '—'),
    header: c.areaHeader,
    rows: o.areaCheck.map((r) => [
      itemName(r.item),
      scope(r.scope),
      numberCell(r.demandUnits),
      numberCell(r.planUnits),
      numberCell(r.needM2, 1),
      numberCell(r.planM2, 1),
      numberCell(r.surplusM2, 1),
      statusCell(
        c.areaStatus[r.status] ?? r.status,
        r.status === 'ok' ? 'good' : r.status === 'deficit' ? 'bad' : 'unsure',
      ),
    ]),
  };
}

export function tableBlock(t: ReportTable, tables: ReportTable[]): Html {
  tables.push(t);
  return tableHtml(t);
}
