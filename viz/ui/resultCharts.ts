/**
 * The charts of each result kind, built from the shared factories (viz/charts) through the
 * report's adapters (viz/report/chartData.ts), so the browser and the report draw the same
 * figures. Pure: data in, chart trees out; the view mounts them.
 */
import type {
  ComparisonResult,
  ScenarioRunPart,
  StaffingPlanResult,
  SweepResult,
  VisitorRunBlock,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
// Straight from the KPI table: the results index would bring every TypeBox schema into the bundle.
import { KPI_IDS } from '../../engine/results/kpis.js';
import {
  blockingCurveChart,
  comparisonChart,
  fanChart,
  occupancyChart,
  serviceLevelChart,
  shortageCurveChart,
  staffingChart,
  sweepHeatmap,
  teleworkSweepChart,
  type Chart,
  type ChartOptions,
  type StaffingChartData,
  type SweepHeatmapData,
} from '../charts/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import type { UiMessages } from '../i18n/ui.en.js';
import {
  blockingData,
  comparisonData,
  fanData,
  occupancyData,
  serviceLevelData,
  shortageData,
  staffingData,
  teleworkData,
} from '../report/chartData.js';

export interface Figure {
  id: string;
  chart: Chart;
}

export interface ChartContext {
  lang: Lang;
  /** Prefix of every chart id (unique in the page). */
  idPrefix: string;
  widthPx: number;
}

const units = (lang: Lang) => (lang === 'ja' ? { min: ' 分', people: ' 人' } : { min: ' min', people: '' });
const pct = (x: number) => `${Math.round(100 * x)}%`;

function make(
  ctx: ChartContext,
  id: string,
  title: string,
  desc: string,
  build: (o: ChartOptions) => Chart,
  extra: Partial<ChartOptions> = {},
): Figure {
  const full = `${ctx.idPrefix}-${id}`;
  return { id: full, chart: build({ id: full, title, desc, widthPx: ctx.widthPx, ...extra }) };
}

/** Visitors: wait by hour, waiting area, service level; workplace: desks and booths per zone and space. */
export function runFigures(run: ScenarioRunPart, ctx: ChartContext, staffing?: StaffingPlanResult): Figure[] {
  const r = messages(ctx.lang).report;
  const u = units(ctx.lang);
  const out: Figure[] = [];
  const v = run.visitors;
  if (v) {
    out.push(make(ctx, 'fan', r.fan.title, r.fan.desc, (o) => fanChart(fanData(v, r), o), { unitSuffix: u.min }));
    out.push(
      make(ctx, 'occupancy', r.occupancy.title, r.occupancy.desc, (o) => occupancyChart(occupancyData(run, v, r), o), {
        unitSuffix: u.people,
      }),
    );
    const staff = staffing ? staffingData(staffing, v, r, ctx.lang) : null;
    if (staff)
      out.push(
        make(ctx, 'staffing', r.staffing.title, r.staffing.desc, (o) => staffingChart(staff, o), {
          unitSuffix: u.people,
        }),
      );
    out.push(
      make(ctx, 'service', r.serviceLevel.title, r.serviceLevel.desc, (o) =>
        serviceLevelChart(serviceLevelData(v, r), o),
      ),
    );
  }
  const w = run.workplace;
  if (w) {
    w.zones.forEach((z, k) => {
      out.push(
        make(
          ctx,
          `desks-${k}`,
          r.desks.title(nameIn(ctx.lang, z)),
          r.desks.desc,
          (o) => shortageCurveChart(shortageData(z, w.needed.alpha, r), o),
          { heightPx: 260 },
        ),
      );
    });
    w.spaces.forEach((s, k) => {
      out.push(
        make(
          ctx,
          `blocking-${k}`,
          r.blocking.title(nameIn(ctx.lang, s)),
          r.blocking.desc,
          (o) => blockingCurveChart(blockingData(s, w.needed.beta, r), o),
          { heightPx: 260 },
        ),
      );
    });
  }
  return out;
}

/**
 * A staffing plan: required against scheduled when a run of the same scenario gives the
 * schedule (its visitor block), else the required staff alone.
 */
export function staffingFigure(plan: StaffingPlanResult, ctx: ChartContext, v?: VisitorRunBlock): Figure {
  const r = messages(ctx.lang).report;
  const data: StaffingChartData = (v && staffingData(plan, v, r, ctx.lang)) ?? {
    intervalLabels: plan.intervals,
    groups: plan.groups.map((g) => ({
      id: g.id,
      label: nameIn(ctx.lang, g),
      requiredStaff: g.atCounter,
      scheduledStaff: g.atCounter.map(() => null),
    })),
    labels: {
      x: r.staffing.x,
      y: r.staffing.y,
      required: r.staffing.required,
      scheduled: r.staffing.scheduled,
      shortfall: r.staffing.shortfall,
      group: r.staffing.group,
    },
  };
  return make(ctx, 'staffing', r.staffing.title, r.staffing.desc, (o) => staffingChart(data, o), {
    unitSuffix: units(ctx.lang).people,
  });
}

/** Sizing: desks vs P(shortage day) per zone, units vs P(blocked) per space, the telework sweep. */
export function sizingFigures(s: WorkplaceSizingResult, ctx: ChartContext): Figure[] {
  const r = messages(ctx.lang).report;
  const out: Figure[] = [];
  s.desks.zones.forEach((z, k) => {
    // Around the answer: a few desks below the needed count to a few above today's.
    const lo = Math.min(z.desksNeeded, z.desksNow) - 8;
    const hi = Math.max(z.desksNeeded, z.desksNow) + 4;
    const points = z.curve
      .filter((p) => p.desks >= lo && p.desks <= hi)
      .map((p) => ({ desks: p.desks, pShortage: p.mean, ci95: p.ci95 }));
    const data = { points, alpha: s.alpha, neededDesks: z.desksNeeded, todayDesks: z.desksNow, labels: r.desks };
    out.push(
      make(ctx, `desks-${k}`, r.desks.title(nameIn(ctx.lang, z)), r.desks.desc, (o) => shortageCurveChart(data, o), {
        heightPx: 260,
      }),
    );
  });
  s.spaces.items.forEach((it, k) => {
    const hi = Math.max(it.unitsNeeded ?? 0, it.unitsNow) + 4;
    const points = it.curve
      .filter((p) => p.units >= 1 && p.units <= hi)
      .map((p) => ({ units: p.units, pBlocked: p.mean, ci95: p.ci95 }));
    const data = { points, beta: s.beta, neededUnits: it.unitsNeeded, todayUnits: it.unitsNow, labels: r.blocking };
    out.push(
      make(
        ctx,
        `blocking-${k}`,
        r.blocking.title(nameIn(ctx.lang, it)),
        r.blocking.desc,
        (o) => blockingCurveChart(data, o),
        { heightPx: 260 },
      ),
    );
  });
  const telework = teleworkData(s, r, ctx.lang);
  if (telework)
    out.push(
      make(ctx, 'telework', r.telework.title, r.telework.desc, (o) => teleworkSweepChart(telework, o), {
        formatX: pct,
      }),
    );
  return out;
}

/** The names of a comparison's options, base first. */
export function optionLabels(c: ComparisonResult, lang: Lang): string[] {
  return [nameIn(lang, c.base), ...c.variants.map((v) => nameIn(lang, v))];
}

export function comparisonFigure(c: ComparisonResult, ctx: ChartContext, m: UiMessages['compare']): Figure {
  const data = comparisonData(c, optionLabels(c, ctx.lang), ctx.lang);
  return make(ctx, 'forest', m.forestTitle, m.forestDesc, (o) => comparisonChart(data, o));
}

export interface SweepView {
  kpiId: string;
  /** Indices into `parameters` of the x and y axes (y may equal -1: one row). */
  x: number;
  y: number;
  /** Value index of every other parameter, by its index. */
  fixed: Record<number, number>;
}

/** An axis title from a sweep path: its last two steps (`reservations.share`); the picker shows it whole. */
export const shortPath = (path: string): string => path.split('.').slice(-2).join('.');

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const axisValue = (v: unknown): number | string => (typeof v === 'number' ? v : JSON.stringify(v));

/** One KPI of a sweep over two of its parameters, the others fixed: the heatmap's grid. */
export function sweepGrid(s: SweepResult, view: SweepView, lang: Lang, m: UiMessages['compare']): SweepHeatmapData {
  const px = s.parameters[view.x];
  const py = view.y >= 0 ? s.parameters[view.y] : undefined;
  const matches = (row: SweepResult['rows'][number], xv: unknown, yv: unknown) =>
    sameValue(row.settings[px.path], xv) &&
    (py === undefined || sameValue(row.settings[py.path], yv)) &&
    s.parameters.every(
      (p, i) => i === view.x || i === view.y || sameValue(row.settings[p.path], p.values[view.fixed[i] ?? 0]),
    );
  const yValues = py ? py.values : [null];
  const cells = yValues.map((yv) =>
    px.values.map((xv) => {
      const e = s.rows.find((row) => matches(row, xv, yv))?.kpis[view.kpiId];
      return e && e.mean !== null ? { mean: e.mean, ci95: e.ci95 } : null;
    }),
  );
  const kpi = messages(lang).kpi[view.kpiId] ?? view.kpiId;
  return {
    xValues: px.values.map(axisValue),
    yValues: py ? py.values.map(axisValue) : [''],
    cells,
    labels: { x: shortPath(px.path), y: py ? shortPath(py.path) : '', value: kpi, noData: m.noValue },
  };
}

export function sweepFigure(s: SweepResult, view: SweepView, ctx: ChartContext, m: UiMessages['compare']): Figure {
  const kpi = messages(ctx.lang).kpi[view.kpiId] ?? view.kpiId;
  const data = sweepGrid(s, view, ctx.lang, m);
  return make(ctx, 'sweep', m.heatmapTitle(kpi), m.heatmapDesc, (o) => sweepHeatmap(data, o));
}

/** KPIs a sweep has a value for, in the order of engine/results/kpis.ts. */
export function sweepKpis(s: SweepResult): string[] {
  const ids = new Set(s.rows.flatMap((r) => Object.keys(r.kpis)));
  return [
    ...KPI_IDS.filter((id) => ids.has(id)),
    ...[...ids].filter((id) => !(KPI_IDS as readonly string[]).includes(id)),
  ];
}
