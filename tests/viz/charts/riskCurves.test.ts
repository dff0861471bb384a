import { describe, expect, it } from 'vitest';
import { blockingCurveChart, type BlockingCurveChartData } from '../../../viz/charts/blockingCurveChart.js';
import { shortageCurveChart, type ShortageCurveChartData } from '../../../viz/charts/shortageCurveChart.js';
import { renderSvg } from '../../../viz/charts/svgNode.js';
import {
  XSS,
  XSS_ESCAPED,
  baseOptions,
  expectClean,
  expectRectangularTable,
  expectWellFormed,
  marks,
  textOf,
} from './chartTestKit.js';

const labels = {
  x: '席数',
  y: 'P(不足日)',
  curve: '不足日の確率',
  ci: '95 % CI',
  limit: 'α',
  needed: '必要',
  today: '現状',
};
const shortage: ShortageCurveChartData = {
  points: [
    { desks: 12, pShortage: 0.02, ci95: 0.01 },
    { desks: 10, pShortage: 0.3, ci95: 0.04 },
    { desks: 11, pShortage: 0.08, ci95: 0.02 },
    { desks: 13, pShortage: 0.001, ci95: null },
  ],
  alpha: 0.05,
  neededDesks: 12,
  todayDesks: 10,
  labels,
};

describe('shortageCurveChart', () => {
  const options = baseOptions('short');

  it('draws the curve, its points and CI band, the α rule and both markers', () => {
    const svg = expectWellFormed(() => shortageCurveChart(shortage, options), options);
    const chart = shortageCurveChart(shortage, options);
    expect(marks(chart.svg, 'path', 'line', 'curve')).toHaveLength(1);
    const points = marks(chart.svg, 'circle', 'point', 'curve');
    expect(points).toHaveLength(4);
    // Sorted by desks, whatever the input order.
    expect(points.map((p) => Number(p.attrs.cx))).toEqual(
      [...points.map((p) => Number(p.attrs.cx))].sort((a, b) => a - b),
    );
    expect(points[0].attrs['data-tip']).toBe('10 — 30.0% ± 4.0%');
    // CI known for desks 10–12: one band.
    expect(marks(chart.svg, 'path', 'band', 'ci')).toHaveLength(1);
    expect(marks(chart.svg, 'g', 'rule', 'limit')).toHaveLength(1);
    expect(marks(chart.svg, 'g', 'marker', 'needed')).toHaveLength(1);
    expect(marks(chart.svg, 'g', 'marker', 'today')).toHaveLength(1);
    expect(marks(chart.svg, 'path', 'point', 'needed')[0].attrs['data-tip']).toBe('必要 12 — 2.0%');
    expect(textOf(marks(chart.svg, 'g', 'marker', 'today')[0])).toContain('現状 10');
    expect(svg).toContain('>α 5.0%</text>');
  });

  it('tables the points in desk order with the markers', () => {
    const chart = shortageCurveChart(shortage, options);
    expect(chart.table.header).toEqual(['席数', 'P(不足日)', '95 % CI', '必要 / 現状']);
    expect(chart.table.rows).toEqual([
      ['10', '30.0%', '4.0%', '現状'],
      ['11', '8.0%', '2.0%', ''],
      ['12', '2.0%', '1.0%', '必要'],
      ['13', '0.1%', '—', ''],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives missing values', () => {
    const svg = renderSvg(shortageCurveChart({ ...shortage, labels: { ...labels, needed: XSS } }, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    const sparse: ShortageCurveChartData = {
      points: [
        { desks: 5, pShortage: null, ci95: null },
        { desks: 6, pShortage: NaN, ci95: 0.1 },
      ],
      alpha: null,
      neededDesks: null,
      labels,
    };
    expectClean(renderSvg(shortageCurveChart(sparse, options).svg));
    expectClean(renderSvg(shortageCurveChart({ points: [], alpha: 0.05, labels }, options).svg));
  });
});

describe('blockingCurveChart', () => {
  const data: BlockingCurveChartData = {
    points: [
      { units: 2, pBlocked: 0.4, ci95: 0.05 },
      { units: 3, pBlocked: 0.15, ci95: 0.03 },
      { units: 4, pBlocked: 0.05, ci95: 0.01 },
    ],
    beta: 0.1,
    neededUnits: 4,
    todayUnits: 4,
    labels: { ...labels, x: '会議室数', y: 'P(満室)', limit: 'β' },
  };
  const options = baseOptions('block');

  it('draws the same kind of curve for units vs P(blocked)', () => {
    const svg = expectWellFormed(() => blockingCurveChart(data, options), options);
    const chart = blockingCurveChart(data, options);
    expect(chart.svg.attrs.class).toContain('chart-blocking-curve');
    expect(marks(chart.svg, 'circle', 'point', 'curve')).toHaveLength(3);
    expect(marks(chart.svg, 'g', 'marker')).toHaveLength(2);
    expect(svg).toContain('>β 10.0%</text>');
    expect(chart.table.rows[2]).toEqual(['4', '5.0%', '1.0%', '必要, 現状']);
  });
});
