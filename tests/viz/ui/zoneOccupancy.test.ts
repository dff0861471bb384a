/** The plan heatmap's data, from a real run of the peak day on the current plan. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScenarioRunResult } from '../../../engine/results/index.js';
import { planChart, renderSvg, type PlanChartData } from '../../../viz/charts/index.js';
import { messages } from '../../../viz/i18n/index.js';
import { uiJa } from '../../../viz/i18n/ui.ja.js';
import { planData } from '../../../viz/report/chartData.js';
import {
  heatmapData,
  heatmapTable,
  heatmapTips,
  intervalAt,
  occupancyDomain,
  pointInRing,
  retipZones,
  sliderMaxMin,
  zoneSeries,
} from '../../../viz/ui/zoneOccupancy.js';
import { currentPlanRun } from './fixtures.js';

let run: ScenarioRunResult;
let base: PlanChartData;
// The library scenario's own map (sapporo-kita-peak-current-plan.json).
const MAP = { 'koseki-shomei': 'koseki-jumin', 'koseki-ido': 'koseki-jumin', mynumber: 'koseki-jumin' };
const words = uiJa.results.heatmap;

beforeAll(async () => {
  run = await currentPlanRun();
  base = planData(run.planDrawing!, run, messages('ja').report, 'ja');
}, 60_000);

describe('zone occupancy over the day', () => {
  it('gives every waiting zone of the area check the people waiting ÷ the plan’s seats', () => {
    const series = zoneSeries(run, MAP);
    const seats = run.areaCheck!.find((r) => r.item === 'waiting seats')!;
    const waiting = series.filter((s) => s.kind === 'waiting');
    expect(waiting.map((s) => s.zoneId).sort()).toEqual([...seats.zoneIds].sort());
    const k = 10;
    expect(waiting[0].values[k]).toBeCloseTo(
      (run.visitors!.byInterval[k].waitingPersonsMean.mean as number) / seats.planUnits,
    );
    expect(waiting[0].values).toHaveLength(run.visitors!.byInterval.length);
  });

  it('maps each counter queue to its zones (by department, else where its route ends), weighted by counters', () => {
    const series = zoneSeries(run, MAP);
    const counters = series.filter((s) => s.kind === 'counter').map((s) => s.zoneId);
    expect(counters.sort()).toEqual([
      'counter-hoken-fukushi-2F',
      'counter-hoken-nenkin-1F',
      'counter-koseki-jumin-1F',
      'counter-kosodate-2F',
      'counter-mynumber-1F',
      'counter-seikatsu-hogo-2F',
    ]);
    const q = run.visitors!.queues;
    const util = (id: string, k: number) => q.find((x) => x.id === id)!.byInterval[k].counterUtilization.mean as number;
    const counts = (id: string) => q.find((x) => x.id === id)!.counters as number;
    const k = 12;
    const shared = ['koseki-shomei', 'koseki-ido', 'mynumber'];
    const expected =
      shared.reduce((a, id) => a + counts(id) * util(id, k), 0) / shared.reduce((a, id) => a + counts(id), 0);
    expect(series.find((s) => s.zoneId === 'counter-koseki-jumin-1F')!.values[k]).toBeCloseTo(expected);
    expect(series.find((s) => s.zoneId === 'counter-hoken-nenkin-1F')!.values[k]).toBeCloseTo(util('hoken-nenkin', k));
    // Without the map, the routes' ends still place the counters.
    const unmapped = zoneSeries(run)
      .filter((s) => s.kind === 'counter')
      .map((s) => s.zoneId);
    expect(unmapped).toContain('counter-koseki-jumin-1F');
    expect(unmapped.length).toBeGreaterThanOrEqual(5);
  });

  it('colours zones per interval on one scale for the day; zones without a series have no value', () => {
    const series = zoneSeries(run, MAP);
    const domain = occupancyDomain(series);
    expect(domain[0]).toBe(0);
    expect(domain[1]).toBeGreaterThanOrEqual(1);
    const a = heatmapData(base, series, 0, domain, words);
    const b = heatmapData(base, series, 12, domain, words);
    expect(a.mode).toBe('sequential');
    expect(a.valueDomain).toEqual(domain);
    expect(a.zones.map((z) => z.value)).not.toEqual(b.zones.map((z) => z.value));
    expect(a.zones.find((z) => z.id === 'office-somu-west-3F')!.value).toBeNull();
    expect(a.routes).toEqual(base.routes);
    const svg = renderSvg(planChart(a, { id: 'h', title: 't', desc: 'd' }).svg);
    expect(svg).toContain('url(#h-no-data)');
  });

  it('writes each zone’s tooltip with time, people and share, and the whole day in the table', () => {
    const series = zoneSeries(run, MAP);
    const tips = heatmapTips(base, series, 12, '11:45', words);
    expect(tips.get('waiting-koseki-1F')).toMatch(/^戸籍住民課 待合 11:45 — 待ち \d+ 人（席数の \d+ %）$/);
    expect(tips.get('counter-hoken-nenkin-1F')).toMatch(/11:45 — 窓口稼働率 \d+ %$/);
    const chart = planChart(heatmapData(base, series, 12, occupancyDomain(series), words), {
      id: 'h',
      title: 't',
      desc: 'd',
    });
    const text = renderSvg(retipZones(chart.svg, tips));
    expect(text).toContain(tips.get('waiting-koseki-1F'));
    const table = heatmapTable(
      base,
      series,
      run.visitors!.byInterval.map((b) => b.start),
      'c',
    );
    expect(table.rows).toHaveLength(series.length);
    expect(table.header).toHaveLength(1 + run.visitors!.byInterval.length);
  });

  it('steps the slider in 15 minutes over intervals of any length', () => {
    expect(intervalAt(0, 15, 34)).toBe(0);
    expect(intervalAt(44, 15, 34)).toBe(2);
    expect(intervalAt(45, 30, 17)).toBe(1);
    expect(intervalAt(10_000, 15, 34)).toBe(33);
    expect(sliderMaxMin(34, 15)).toBe(495);
    expect(
      pointInRing(
        [1, 1],
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
        ],
      ),
    ).toBe(true);
    expect(
      pointInRing(
        [3, 1],
        [
          [0, 0],
          [2, 0],
          [2, 2],
          [0, 2],
        ],
      ),
    ).toBe(false);
  });
});
