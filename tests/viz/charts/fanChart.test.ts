import { describe, expect, it } from 'vitest';
import { fanChart, type FanChartData } from '../../../viz/charts/fanChart.js';
import { renderSvg } from '../../../viz/charts/svgNode.js';
import {
  XSS,
  XSS_ESCAPED,
  baseOptions,
  expectClean,
  expectRectangularTable,
  expectWellFormed,
  marks,
} from './chartTestKit.js';

const labels = {
  x: '到着時刻',
  y: '待ち時間 (分)',
  band90: '90 % 区間',
  band50: '50 % 区間',
  median: '中央値',
  target: '目標',
};
const data: FanChartData = {
  hours: [
    { label: '09:00', waitMin: { p05: 1, p25: 5, p50: 10, p75: 15, p95: 30 } },
    { label: '10:00', waitMin: { p05: 2, p25: 8, p50: 14.25, p75: 20, p95: 40 } },
    { label: '11:00', waitMin: null },
    { label: '12:00', waitMin: { p05: 2, p25: 8, p50: 12, p75: 20, p95: 35 } },
  ],
  targetWaitMin: 30,
  labels,
};

describe('fanChart', () => {
  const options = { ...baseOptions('fan'), unitSuffix: ' 分' };

  it('draws one band per run of hours, a median line and a point per hour with visitors', () => {
    const svg = expectWellFormed(() => fanChart(data, options), options);
    const chart = fanChart(data, options);
    // Runs: 09–10 and 12 (alone); the gap at 11:00 breaks bands and line.
    expect(marks(chart.svg, 'path', 'band', 'band90')).toHaveLength(2);
    expect(marks(chart.svg, 'path', 'band', 'band50')).toHaveLength(2);
    expect(marks(chart.svg, 'path', 'line', 'median')).toHaveLength(1);
    const points = marks(chart.svg, 'circle', 'point', 'median');
    expect(points).toHaveLength(3);
    expect(points[1].attrs['data-tip']).toBe('10:00 — 中央値 14.3 分; 50 % 区間 8.0–20.0 分; 90 % 区間 2.0–40.0 分');
    expect(marks(chart.svg, 'line', 'hit', 'target')[0].attrs['data-tip']).toBe('目標 30.0 分');
    expect(svg).toContain('>到着時刻</text>');
    expect(svg).toContain('>待ち時間 (分)</text>');
  });

  it('tables the same quantiles', () => {
    const chart = fanChart(data, options);
    expect(chart.table.header).toEqual(['到着時刻', 'p05', 'p25', 'p50', 'p75', 'p95']);
    expect(chart.table.rows).toEqual([
      ['09:00', '1.0', '5.0', '10.0', '15.0', '30.0'],
      ['10:00', '2.0', '8.0', '14.3', '20.0', '40.0'],
      ['11:00', '—', '—', '—', '—', '—'],
      ['12:00', '2.0', '8.0', '12.0', '20.0', '35.0'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes caller labels', () => {
    const evil = {
      ...data,
      hours: data.hours.map((hr) => ({ ...hr, label: XSS })),
      labels: { ...labels, median: XSS },
    };
    const svg = renderSvg(fanChart(evil, { ...options, title: XSS, desc: XSS }).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
  });

  it('survives hours without visitors, NaN quantiles and no target', () => {
    const empty: FanChartData = {
      hours: [
        { label: 'a', waitMin: null },
        { label: 'b', waitMin: { p05: NaN, p25: 1, p50: 2, p75: 3, p95: 4 } },
      ],
      labels,
    };
    const chart = fanChart(empty, options);
    const svg = renderSvg(chart.svg);
    expectClean(svg);
    expect(marks(chart.svg, 'circle', 'point')).toHaveLength(0);
    expect(marks(chart.svg, 'g', 'rule')).toHaveLength(0);
    expect(renderSvg(fanChart({ hours: [], labels }, options).svg)).not.toMatch(/NaN|undefined/);
  });

  it('uses the caller formatter', () => {
    const chart = fanChart(data, { ...options, formatValue: (v) => `${Math.round(v)}`, unitSuffix: ' min' });
    expect(chart.table.rows[1]).toEqual(['10:00', '2', '8', '14', '20', '40']);
    expect(marks(chart.svg, 'circle', 'point')[1].attrs['data-tip']).toContain('中央値 14 min');
  });
});
