/**
 * The city report's charts: a ward's options as stacked m² by function against today's area
 * (viz/charts/programmeChart.ts), and an option's ground floor coloured by the area check's
 * surplus or deficit (viz/charts/planChart.ts; the ground floor holds what the options change).
 */
import type { CityOption, CityWard } from '../../../engine/results/index.js';
import { planChart, renderSvg } from '../../charts/index.js';
import { programmeChart, type ProgrammeGroup } from '../../charts/programmeChart.js';
import { cityMessages } from '../../i18n/city.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import { raw, type Html } from '../html.js';
import type { ReportTable } from '../reportTable.js';
import { figure } from '../sections/figure.js';

/** Function groups of the chart: programme items → group. */
const GROUPS: Record<string, string> = {
  counters: 'counters',
  consultation: 'counters',
  waiting: 'counters',
  lobby: 'counters',
  desks: 'desks',
  touchdown: 'desks',
  booths1p: 'spaces',
  boothsGroup: 'spaces',
  focus: 'spaces',
  meetingRooms: 'spaces',
  storage: 'storage',
  otherRooms: 'other',
  circulation: 'circulation',
};
const GROUP_ITEMS: Record<string, string> = {
  counters: 'counters',
  desks: 'desks',
  spaces: 'meetingRooms',
  storage: 'storage',
  other: 'otherRooms',
  circulation: 'circulation',
};

const chartFigure = (id: string, svg: string, table: ReportTable, label: string, tables: ReportTable[]): Html => {
  tables.push(table);
  return figure(id, raw(svg), table, label);
};

export function programmeFigure(w: CityWard, lang: Lang, tables: ReportTable[]): Html {
  const c = cityMessages(lang);
  const ja = lang === 'ja';
  const groups: ProgrammeGroup[] = Object.keys(GROUP_ITEMS).map((g) => ({
    id: g,
    label: c.programme.item[GROUP_ITEMS[g]] ?? g,
  }));
  groups[0].label = ja ? '窓口・待合・ロビー' : 'counters, waiting, lobby';
  groups[2].label = ja ? '会議室・ブース・集中席' : 'meeting rooms, booths, focus seats';
  const bars = w.options.map((o) => {
    const areaM2: Record<string, number> = {};
    for (const r of o.programme.rows) areaM2[GROUPS[r.item]] = (areaM2[GROUPS[r.item]] ?? 0) + (r.areaM2.mean ?? 0);
    return {
      id: o.id,
      label: nameIn(lang, o),
      areaM2,
      totalM2: o.programme.wardOfficeM2.mean ?? 0,
      totalCi95: o.programme.wardOfficeM2.ci95,
    };
  });
  const id = `chart-programme-${w.id}`;
  const chart = programmeChart(
    {
      groups,
      bars,
      todayM2: w.facts.wardOfficeM2,
      labels: {
        x: ja ? '面積 (m²)' : 'm²',
        option: ja ? '案' : 'option',
        total: c.programme.wardOffice,
        today: c.programme.today,
      },
    },
    { id, title: c.report.chartTitle, desc: c.report.chartTitle, widthPx: 860, unitSuffix: ' m²' },
  );
  const table: ReportTable = { id, caption: chart.table.caption, header: chart.table.header, rows: chart.table.rows };
  return chartFigure(id, renderSvg(chart.svg), table, c.report.chartTable, tables);
}

/** The option's ground floor, zones coloured by their share of the area check's surplus (+) or deficit (−). */
export function planFigure(w: CityWard, o: CityOption, lang: Lang, tables: ReportTable[]): Html | null {
  const drawing = o.planDrawing;
  if (drawing === null) return null;
  const r = messages(lang).report;
  const value = new Map<string, number>();
  for (const row of o.areaCheck) {
    const zones = drawing.zones.filter((z) => row.zoneIds.includes(z.id));
    const total = zones.reduce((a, z) => a + z.areaM2, 0);
    for (const z of zones)
      value.set(z.id, (value.get(z.id) ?? 0) + (total > 0 ? (row.surplusM2 * z.areaM2) / total : 0));
  }
  const ground = drawing.zones.filter((z) => z.level === 1);
  const id = `chart-plan-${w.id}-${o.id}`;
  const chart = planChart(
    {
      mode: 'diverging',
      zones: ground.map((z) => ({
        id: z.id,
        label: nameIn(lang, z),
        level: z.level,
        rings: z.rings,
        value: value.get(z.id) ?? null,
      })),
      levels: [{ level: 1, label: r.plan.levelLabel(1) }],
      labels: {
        value: r.plan.value,
        zone: r.plan.zone,
        level: r.plan.level,
        north: r.plan.north,
        noData: r.plan.noData,
      },
    },
    {
      id,
      title: cityMessages(lang).report.planTitle(o.plan ? nameIn(lang, o.plan) : nameIn(lang, o)),
      desc: r.plan.desc,
      widthPx: 860,
      unitSuffix: ' m²',
    },
  );
  const table: ReportTable = { id, caption: chart.table.caption, header: chart.table.header, rows: chart.table.rows };
  return chartFigure(id, renderSvg(chart.svg), table, r.table, tables);
}
