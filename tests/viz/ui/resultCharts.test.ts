/** The charts of each result kind, from real results: which charts, their marks and tables. */
import { beforeAll, describe, expect, it } from 'vitest';
import type {
  ComparisonResult,
  ScenarioRunResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../../engine/results/index.js';
import { renderSvg } from '../../../viz/charts/index.js';
import { uiEn } from '../../../viz/i18n/ui.en.js';
import { uiJa } from '../../../viz/i18n/ui.ja.js';
import {
  comparisonFigure,
  optionLabels,
  runFigures,
  shortPath,
  sizingFigures,
  staffingFigure,
  sweepFigure,
  sweepGrid,
  sweepKpis,
} from '../../../viz/ui/resultCharts.js';
import { metricsTable, sizingTables, staffingTable, sweepCellsTable } from '../../../viz/ui/resultTables.js';
import { comparison, currentPlanRun, sizing, staffingAndRun, sweep } from './fixtures.js';

let run: ScenarioRunResult;
let cmp: ComparisonResult;
let sw: SweepResult;
let size: WorkplaceSizingResult;
let plan: StaffingPlanResult;
let planRun: ScenarioRunResult;
const ctx = { lang: 'ja' as const, idPrefix: 'chart', widthPx: 800 };
const tips = (svg: string) => (svg.match(/data-tip="/g) ?? []).length;

beforeAll(async () => {
  [run, cmp, sw, size, [plan, planRun]] = await Promise.all([
    currentPlanRun(),
    comparison(),
    sweep(),
    sizing(),
    staffingAndRun(),
  ]);
}, 120_000);

describe('the charts of a result', () => {
  it('a run: wait fan, waiting area, service level, then desks per zone and blocking per space', () => {
    const figs = runFigures(run, ctx);
    const w = run.workplace!;
    expect(figs.map((f) => f.id)).toEqual([
      'chart-fan',
      'chart-occupancy',
      'chart-service',
      ...w.zones.map((_, k) => `chart-desks-${k}`),
      ...w.spaces.map((_, k) => `chart-blocking-${k}`),
    ]);
    for (const f of figs) {
      expect(f.chart.svg.attrs.id).toBe(f.id);
      expect(tips(renderSvg(f.chart.svg)), f.id).toBeGreaterThan(2);
      expect(f.chart.table.rows.length, f.id).toBeGreaterThan(0);
    }
    expect(renderSvg(figs[0].chart.svg)).toContain('来庁時刻別の待ち時間');
    expect(figs[2].chart.table.rows).toHaveLength(run.visitors!.byInterval.length);
  });

  it('a comparison: the forest plot of paired differences and each option’s table', () => {
    const f = comparisonFigure(cmp, ctx, uiJa.compare);
    expect(f.id).toBe('chart-forest');
    expect(tips(renderSvg(f.chart.svg))).toBeGreaterThan(5);
    expect(optionLabels(cmp, 'ja')[0]).toBe(cmp.base.nameJa);
    const t = metricsTable(cmp, 0, 'ja');
    expect(t.rows.length).toBe(Object.keys(cmp.variants[0].metrics).length);
    expect(t.rows[0][0]).toBe('平均待ち時間（分）');
    expect(t.rows[0][3]).toMatch(/±/);
  });

  it('a sweep: one KPI over two parameters, any KPI of the rows', () => {
    expect(sweepKpis(sw)[0]).toBe('waitMeanMin');
    const grid = sweepGrid(sw, { kpiId: 'serviceLevel', x: 0, y: 1, fixed: {} }, 'en', uiEn.compare);
    expect(grid.xValues).toEqual([0, 0.4]);
    expect(grid.yValues).toEqual([0, 0.1, 0.2]);
    expect(grid.cells).toHaveLength(3);
    const cell = sw.rows.find(
      (r) =>
        r.settings['visitors.levers.callback.share'] === 0.4 &&
        r.settings['visitors.levers.reservations.share'] === 0.2,
    )!;
    expect(grid.cells[2][1]?.mean).toBe(cell.kpis.serviceLevel.mean);
    expect(grid.labels.x).toBe('callback.share');
    // Swapped axes and one parameter fixed: the second parameter at its second value, one row.
    const one = sweepGrid(sw, { kpiId: 'waitMeanMin', x: 0, y: -1, fixed: { 1: 1 } }, 'en', uiEn.compare);
    expect(one.cells).toHaveLength(1);
    expect(one.cells[0][0]?.mean).toBe(
      sw.rows.find(
        (r) =>
          r.settings['visitors.levers.callback.share'] === 0 &&
          r.settings['visitors.levers.reservations.share'] === 0.1,
      )!.kpis.waitMeanMin.mean,
    );
    const f = sweepFigure(sw, { kpiId: 'waitMeanMin', x: 1, y: 0, fixed: {} }, ctx, uiJa.compare);
    expect((renderSvg(f.chart.svg).match(/class="cell"/g) ?? []).length).toBe(6);
    expect(sweepCellsTable(sw, 'waitMeanMin', 'ja', uiJa.compare).rows).toHaveLength(6);
    expect(shortPath('visitors.departments[2].counters')).toBe('departments[2].counters');
  });

  it('a workplace sizing: desks per zone, units per space, the telework sweep; and its tables', () => {
    const figs = sizingFigures(size, ctx);
    expect(figs.filter((f) => f.id.startsWith('chart-desks-'))).toHaveLength(size.desks.zones.length);
    expect(figs.filter((f) => f.id.startsWith('chart-blocking-'))).toHaveLength(size.spaces.items.length);
    expect(figs.at(-1)?.id).toBe('chart-telework');
    const [desks, spaces] = sizingTables(size, 'ja', uiJa.results);
    expect(desks.rows).toHaveLength(size.desks.zones.length);
    expect(spaces.rows[0][0]).toBe(size.spaces.items[0].nameJa);
  });

  it('a staffing plan: required against the run’s schedule, or the required staff alone', () => {
    const withRun = staffingFigure(plan, ctx, planRun.visitors);
    const alone = staffingFigure(plan, ctx);
    const scheduled = (t: typeof withRun.chart.table) => t.rows.map((r) => r[3]);
    expect(withRun.chart.table.rows).toHaveLength(plan.groups.length * plan.intervals.length);
    expect(scheduled(withRun.chart.table).some((c) => /\d/.test(c))).toBe(true);
    expect(scheduled(alone.chart.table).every((c) => !/\d/.test(c))).toBe(true);
    const t = staffingTable(plan, 'ja', uiJa.results);
    expect(t.rows).toHaveLength(plan.groups.length);
    expect(t.rows[0][0]).toBe(plan.groups[0].nameJa);
  });
});
