import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../viz/charts/svgNode.js';
import { teleworkSweepChart, type TeleworkSweepChartData } from '../../../viz/charts/teleworkSweepChart.js';
import {
  XSS,
  XSS_ESCAPED,
  baseOptions,
  expectClean,
  expectRectangularTable,
  expectWellFormed,
  marks,
} from './chartTestKit.js';

const data: TeleworkSweepChartData = {
  remoteShares: [0, 0.2, 0.4, 0.6],
  zones: [
    { id: 'north', label: '北エリア', desksNeeded: [40, 34, 28, 22] },
    { id: 'south', label: '南エリア', desksNeeded: [30, 26, null, 18] },
  ],
  total: { id: 'total', label: '合計', desksNeeded: [70, 60, 51, 40] },
  labels: { x: 'テレワーク率', y: '必要席数' },
};

describe('teleworkSweepChart', () => {
  const options = { ...baseOptions('tw'), unitSuffix: ' 席' };

  it('draws a line per zone plus the total, with a point per value', () => {
    expectWellFormed(() => teleworkSweepChart(data, options), options);
    const chart = teleworkSweepChart(data, options);
    expect(marks(chart.svg, 'g', 'series')).toHaveLength(3);
    expect(marks(chart.svg, 'path', 'line', 'series-north')).toHaveLength(1);
    // The null at 40 % splits the south line; a lone point draws no line.
    expect(marks(chart.svg, 'path', 'line', 'series-south')).toHaveLength(1);
    expect(marks(chart.svg, 'path', 'line', 'series-total')).toHaveLength(1);
    expect(marks(chart.svg, 'path', 'point')).toHaveLength(11);
    expect(marks(chart.svg, 'path', 'point', 'series-total')[1].attrs['data-tip']).toBe('20% — 合計 60 席');
    // Different marker shapes per series, not only colours.
    const shapes = new Set(
      ['north', 'south', 'total'].map((id) => marks(chart.svg, 'path', 'point', `series-${id}`)[0].attrs.d),
    );
    expect(shapes.size).toBe(3);
  });

  it('draws the total only', () => {
    const chart = teleworkSweepChart({ ...data, zones: undefined }, options);
    expect(marks(chart.svg, 'g', 'series')).toHaveLength(1);
    expect(chart.table.header).toEqual(['テレワーク率', '合計']);
  });

  it('tables every series', () => {
    const chart = teleworkSweepChart(data, options);
    expect(chart.table.header).toEqual(['テレワーク率', '北エリア', '南エリア', '合計']);
    expect(chart.table.rows).toEqual([
      ['0%', '40', '30', '70'],
      ['20%', '34', '26', '60'],
      ['40%', '28', '—', '51'],
      ['60%', '22', '18', '40'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives missing values', () => {
    const svg = renderSvg(teleworkSweepChart({ ...data, total: { ...data.total, label: XSS } }, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    const sparse = { ...data, remoteShares: [0, NaN], total: { id: 't', label: 't', desksNeeded: [null, NaN] } };
    expectClean(renderSvg(teleworkSweepChart(sparse, options).svg));
  });
});
