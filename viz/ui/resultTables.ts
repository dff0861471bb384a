/**
 * The tables a results page shows beside its charts, as ChartTables (so they render and download
 * like the charts' own): a comparison's paired differences per option, a staffing plan's
 * counters, a sizing's desks and spaces, a sweep's cells.
 */
import type {
  ComparisonResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
import type { ChartTable } from '../charts/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import type { UiMessages } from '../i18n/ui.en.js';
import { kpiIdsOf, kpiText } from './kpiTable.js';

/** Per KPI: base, option, the paired difference ± CI, the unpaired CI, the verdict (viz/i18n compare.header). */
export function metricsTable(c: ComparisonResult, variant: number, lang: Lang): ChartTable {
  const m = messages(lang);
  const v = c.variants[variant];
  const ids = kpiIdsOf([v.metrics]);
  return {
    caption: m.compare.tableTitle(nameIn(lang, v)),
    header: m.compare.header,
    rows: ids.map((id) => {
      const x = v.metrics[id];
      const unpaired = x.unpairedCi95 === null ? '—' : `± ${kpiText(id, { mean: x.unpairedCi95, ci95: null })}`;
      return [
        m.kpi[id] ?? id,
        kpiText(id, x.base),
        kpiText(id, x.variant),
        kpiText(id, x.diff),
        unpaired,
        m.compare.verdict[x.verdict] ?? x.verdict,
      ];
    }),
  };
}

export function staffingTable(p: StaffingPlanResult, lang: Lang, u: UiMessages['results']): ChartTable {
  const { yes, no } = messages(lang).common;
  return {
    caption: u.staffingGroups,
    header: u.staffingHeader,
    rows: p.groups.map((g) => [
      nameIn(lang, g),
      g.counters === null ? '—' : String(g.counters),
      String(g.countersNeeded),
      g.staffHours.toFixed(1),
      g.erlangCStaffHours.toFixed(1),
      g.met ? yes : no,
    ]),
  };
}

const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)} %`);

export function sizingTables(s: WorkplaceSizingResult, lang: Lang, u: UiMessages['results']): ChartTable[] {
  return [
    {
      caption: u.sizingDesks,
      header: u.sizingDesksHeader,
      rows: s.desks.zones.map((z) => [
        nameIn(lang, z),
        String(z.staff),
        String(z.desksNow),
        String(z.desksNeeded),
        String(z.desksNeededUpper),
        pct(z.pShortageAtNeeded.mean),
      ]),
    },
    {
      caption: u.sizingSpaces,
      header: u.sizingSpacesHeader,
      rows: s.spaces.items.map((it) => [
        nameIn(lang, it),
        String(it.unitsNow),
        it.unitsNeeded === null ? '—' : String(it.unitsNeeded),
        it.unitsNeededUpper === null ? '—' : String(it.unitsNeededUpper),
        pct(it.pBlockedAtNeeded?.mean),
      ]),
    },
  ];
}

export function sweepCellsTable(s: SweepResult, kpiId: string, lang: Lang, u: UiMessages['compare']): ChartTable {
  const m = messages(lang);
  return {
    caption: u.heatmapTitle(m.kpi[kpiId] ?? kpiId),
    header: u.cellsHeader,
    rows: s.rows.map((r) => [
      String(r.cell + 1),
      s.parameters.map((p) => `${p.path} = ${JSON.stringify(r.settings[p.path])}`).join('; '),
      kpiText(kpiId, r.kpis[kpiId]),
      r.serviceTargetMet === null ? '—' : (m.sweep.targetStatus[r.serviceTargetMet] ?? r.serviceTargetMet),
    ]),
  };
}
