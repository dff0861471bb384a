/**
 * The decisions page: what each option needs — service level against the target, counters and
 * staff per interval, waiting seats and lobby m², desks per zone, booths and rooms, building m² by
 * function against the plan and today's building — each with its CI and whether it meets the target.
 */
import {
  reportOptions,
  type ReportBundle,
  type ReportContext,
  type ScenarioRunPart,
} from '../../../engine/results/index.js';
import { serviceTargetCheck } from '../../../scenarios/study/serviceTarget.js';
import { messages, nameIn } from '../../i18n/index.js';
import { kpiDigits } from '../../text/kpiFormat.js';
import { el, join, type Html } from '../html.js';
import { optionShortNames } from '../optionNames.js';
import { estimateCell, numberCell, pct, shareCell, statusCell } from '../reportFormat.js';
import { tableHtml, type CellInput, type ReportTable } from '../reportTable.js';
import { visitorGuidanceTables } from './visitorGuidanceTables.js';
import { visitorModifierTables } from './visitorModifierTables.js';
import { workplaceLimitTables } from './workplaceLimitTables.js';

/** The fewest desks whose upper 95 % bound of P(shortage day) is at most α (the cautious answer). */
function cautiousDesks(
  curve: { desks: number; mean: number | null; ci95: number | null }[],
  alpha: number,
): number | null {
  return curve.find((p) => (p.mean ?? 0) + (p.ci95 ?? 0) <= alpha + 1e-12)?.desks ?? null;
}

export function decisionsSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const m = messages(ctx.lang);
  const r = m.report;
  const options = reportOptions(bundle);
  const names = optionShortNames(bundle, ctx.lang);
  const tables: ReportTable[] = [];
  const add = (t: ReportTable) => (tables.push(t), tableHtml(t));
  const each = <T>(f: (o: ScenarioRunPart, i: number) => T[]) => options.flatMap(f);

  // Service level against the target.
  const service: ReportTable = {
    id: 'decisions-service',
    caption: r.serviceTitle,
    header: r.serviceHeader,
    rows: each((o, i) => {
      const t = serviceTargetCheck(o);
      if (t === null) return [];
      const tone = t.status === 'meets' ? 'good' : t.status === 'misses' ? 'bad' : 'unsure';
      return [
        [
          names[i],
          shareCell(t.serviceLevel, 1, { 'data-kpi': 'serviceLevel', 'data-option': i }),
          r.targetText(pct(t.target), t.withinMin),
          statusCell(r[t.status], tone),
        ],
      ];
    }),
  };

  // Headline KPIs, one column per option.
  const kpiIds = [...new Set(options.flatMap((o) => Object.keys(o.kpis)))];
  const kpis: ReportTable = {
    id: 'decisions-kpis',
    caption: r.kpiTitle,
    header: [m.run.kpiHeader[0], ...names],
    rows: kpiIds.map((id) => [
      m.kpi[id] ?? id,
      ...options.map((o, i): CellInput =>
        estimateCell(o.kpis[id], kpiDigits(id), { 'data-kpi': id, 'data-option': i }),
      ),
    ]),
  };

  // Counters and staff per interval (from the staffing plans).
  const plans = options.map((o) => bundle.staffing.find((p) => p.scenario.inputHash === o.scenario.inputHash));
  const staffing: ReportTable = {
    id: 'decisions-staffing',
    caption: r.staffTitle,
    header: r.staffHeader,
    rows: each((_, i) =>
      (plans[i]?.groups ?? []).map((g): CellInput[] => [
        names[i],
        nameIn(ctx.lang, g),
        numberCell(Math.max(0, ...g.atCounter)),
        numberCell(g.countersNeeded),
        g.counters === null ? '∞' : numberCell(g.counters),
        numberCell(g.staffHours, 1),
        statusCell(g.met ? r.meets : r.misses, g.met ? 'good' : 'bad'),
      ]),
    ),
  };

  // Intervals that miss a target within the counter positions (staff never exceed them).
  const shortfall: ReportTable = {
    id: 'decisions-shortfall',
    caption: r.shortfallTitle,
    header: r.shortfallHeader,
    rows: each((_, i) =>
      (plans[i]?.groups ?? []).flatMap((g) =>
        g.shortfall.map((s): CellInput[] => [
          names[i],
          nameIn(ctx.lang, g),
          s.interval,
          shareCell(s.serviceLevel, 1),
          pct(plans[i]?.target.serviceLevel ?? 0),
          g.positions === null ? '∞' : numberCell(g.positions),
          s.positionsForTarget === null ? r.cannotBeMet : numberCell(s.positionsForTarget),
          s.extraPositions === null ? r.cannotBeMet : `+${s.extraPositions}`,
        ]),
      ),
    ),
  };

  // Waiting seats and the lobby area.
  const seats: ReportTable = {
    id: 'decisions-seats',
    caption: r.seatsTitle,
    header: r.seatsHeader,
    rows: each((o, i) => {
      if (!o.visitors) return [];
      const row = o.areaCheck?.find((x) => x.item === 'waiting seats');
      const status =
        row === undefined
          ? '—'
          : statusCell(row.status === 'ok' ? r.ok : r.short, row.status === 'ok' ? 'good' : 'bad');
      return [
        [
          names[i],
          estimateCell(o.kpis.waitingSeatsP95 ?? o.visitors.waitingArea.personsP95, 0, {
            'data-kpi': 'waitingSeatsP95',
            'data-option': i,
          }),
          numberCell(row?.planUnits),
          numberCell(row?.needM2, 1),
          numberCell(row?.planM2, 1),
          status,
        ],
      ];
    }),
  };

  // Desks per zone and booths and rooms.
  const desks: ReportTable = {
    id: 'decisions-desks',
    caption: r.desksTitle,
    header: r.desksHeader,
    rows: each((o, i) =>
      (o.workplace?.zones ?? []).map((z): CellInput[] => {
        const upper = cautiousDesks(z.shortageCurve, o.workplace?.needed.alpha ?? 0.05);
        const ok = z.desks >= z.desksNeeded;
        return [
          names[i],
          nameIn(ctx.lang, z),
          numberCell(z.staff),
          numberCell(z.desks),
          `${z.desksNeeded} (${upper ?? '—'})`,
          estimateCell(z.pShortageDayAlone, 3),
          statusCell(ok ? r.ok : r.short, ok ? 'good' : 'bad'),
        ];
      }),
    ),
  };
  const spaces: ReportTable = {
    id: 'decisions-spaces',
    caption: r.spacesTitle,
    header: r.spacesHeader,
    rows: each((o, i) =>
      (o.workplace?.spaces ?? []).map((s): CellInput[] => {
        // A sizing of this very scenario simulated the counts the run only replays.
        const sizing = bundle.sizing?.scenario.inputHash === o.scenario.inputHash ? bundle.sizing : null;
        const sized = sizing?.spaces.items.find((x) => x.id === s.id);
        const needed = sized !== undefined ? sized.unitsNeeded : s.unitsNeeded;
        const mark = s.requestsDependOnUnits ? (sized !== undefined ? '*' : '') : '';
        const ok = needed !== null && s.count >= needed;
        const name = nameIn(ctx.lang, s) + (s.requestsDependOnUnits ? ' †' : '');
        const neededCell = needed === null ? '—' : `${needed}${mark}`;
        const status = statusCell(ok ? r.ok : r.short, ok ? 'good' : 'bad');
        return [names[i], name, numberCell(s.count), neededCell, estimateCell(s.pBlockedAlone, 3), status];
      }),
    ),
  };

  // Building m² by function, and the building total against today's building.
  const area: ReportTable = {
    id: 'decisions-area',
    caption: r.areaTitle,
    header: r.areaHeader,
    rows: each((o, i) => {
      const byItem = new Map<string, { need: number; plan: number }>();
      for (const row of o.areaCheck ?? []) {
        const a = byItem.get(row.item) ?? { need: 0, plan: 0 };
        byItem.set(row.item, { need: a.need + row.needM2, plan: a.plan + row.planM2 });
      }
      return [...byItem].map(([item, a]): CellInput[] => {
        const ok = a.plan - a.need >= -1e-9;
        return [
          names[i],
          m.area.item[item] ?? item,
          numberCell(a.need, 1),
          numberCell(a.plan, 1),
          numberCell(a.plan - a.need, 1),
          statusCell(ok ? r.ok : r.short, ok ? 'good' : 'bad'),
        ];
      });
    }),
  };
  const today = options[0].plan?.grossAreaM2 ?? null;
  const gross: ReportTable = {
    id: 'decisions-gross',
    caption: r.grossTitle,
    header: r.grossHeader,
    rows: each((o, i) => {
      if (!o.plan) return [];
      const s = o.officeStandards;
      const change =
        today === null || today === 0
          ? '—'
          : `${o.plan.grossAreaM2 >= today ? '+' : ''}${(100 * (o.plan.grossAreaM2 / today - 1)).toFixed(1)}%`;
      return [
        [
          names[i],
          numberCell(o.plan.grossAreaM2),
          numberCell(today),
          change,
          numberCell(s?.somuM2),
          numberCell(s?.mlitM2),
          numberCell(s?.planM2PerStaff, 1),
        ],
      ];
    }),
  };

  const parts = [
    service,
    kpis,
    staffing,
    shortfall,
    seats,
    ...visitorModifierTables(options, names, ctx.lang),
    ...visitorGuidanceTables(options, names, ctx.lang),
    desks,
    ...workplaceLimitTables(options, names, ctx.lang),
    spaces,
    area,
    gross,
  ];
  const shown = parts.filter((t) => t.rows.length > 0);
  return {
    html: el(
      'section',
      { id: 'decisions', class: 'report-section' },
      el('h2', {}, r.sections.decisions),
      el('p', { class: 'intro' }, r.decisionsIntro),
      join(shown.map((t) => add(t))),
      bundle.staffing.length === 0 && options.some((o) => o.visitors) ? el('p', { class: 'note' }, r.noStaffing) : null,
      bundle.staffing.some((p) => p.positionsBind) ? el('p', { class: 'note' }, r.positionsBindNote) : null,
      options.some((o) => o.workplace?.spaces.some((s) => s.requestsDependOnUnits))
        ? el('p', { class: 'note' }, r.spacesCountNote)
        : null,
      el('p', { class: 'note' }, r.ciNote),
    ),
    tables,
  };
}
