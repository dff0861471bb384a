import { describe, expect, it } from 'vitest';
import { comparisonChart, type ComparisonChartData } from '../../../viz/charts/comparisonChart.js';
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

const data: ComparisonChartData = {
  kpis: [
    { id: 'wait', label: '平均待ち時間', unitSuffix: ' 分' },
    { id: 'sl', label: 'サービスレベル', unitSuffix: ' pt' },
  ],
  variants: [
    { id: 'b', label: '案B' },
    { id: 'c', label: '案C' },
  ],
  differences: [
    { kpiId: 'wait', variantId: 'b', meanDiff: -2.5, ci95Paired: [-3.1, -1.9], ci95Unpaired: [-5, 0.2] },
    { kpiId: 'wait', variantId: 'c', meanDiff: 1.2, ci95Paired: [0.4, 2], ci95Unpaired: null },
    { kpiId: 'sl', variantId: 'b', meanDiff: 4, ci95Paired: [2, 6], ci95Unpaired: [-1, 9] },
  ],
  labels: {
    x: '基準との差',
    kpi: 'KPI',
    variant: '案',
    meanDiff: '差の平均',
    paired: '対応あり 95 % CI',
    unpaired: '対応なし 95 % CI',
  },
};

describe('comparisonChart', () => {
  const options = baseOptions('cmp');

  it('draws a paired whisker and point per difference, unpaired whiskers lighter, and zero lines', () => {
    expectWellFormed(() => comparisonChart(data, options), options);
    const chart = comparisonChart(data, options);
    expect(marks(chart.svg, 'g', 'row')).toHaveLength(2);
    expect(marks(chart.svg, 'path', 'whisker', 'paired')).toHaveLength(3);
    expect(marks(chart.svg, 'circle', 'point', 'paired')).toHaveLength(3);
    const unpaired = marks(chart.svg, 'path', 'whisker', 'unpaired');
    expect(unpaired).toHaveLength(2);
    expect(unpaired.every((u) => Number(u.attrs['stroke-opacity']) < 1)).toBe(true);
    expect(marks(chart.svg, 'line', 'zero')).toHaveLength(2);
    expect(marks(chart.svg, 'circle', 'point', 'variant-b')[0].attrs['data-tip']).toBe(
      '平均待ち時間 · 案B — −2.5 分 [−3.1, −1.9]',
    );
    // Shared scale: every row's zero line at the same x.
    const zeros = marks(chart.svg, 'line', 'zero').map((z) => z.attrs.x1);
    expect(new Set(zeros).size).toBe(1);
  });

  it('gives each KPI its own scale on request', () => {
    const chart = comparisonChart({ ...data, xScale: 'perKpi' }, options);
    expect(marks(chart.svg, 'g', 'axis', 'axis-bottom')).toHaveLength(2);
    const zeros = marks(chart.svg, 'line', 'zero').map((z) => z.attrs.x1);
    expect(new Set(zeros).size).toBe(2);
  });

  it('tables every KPI × variant', () => {
    const chart = comparisonChart(data, options);
    expect(chart.table.header).toEqual(['KPI', '案', '差の平均', '対応あり 95 % CI', '対応なし 95 % CI']);
    expect(chart.table.rows).toEqual([
      ['平均待ち時間', '案B', '−2.5 分', '[−3.1, −1.9]', '[−5, 0.2]'],
      ['平均待ち時間', '案C', '1.2 分', '[0.4, 2]', '—'],
      ['サービスレベル', '案B', '4 pt', '[2, 6]', '[−1, 9]'],
      ['サービスレベル', '案C', '—', '—', '—'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives NaN differences', () => {
    const svg = renderSvg(comparisonChart({ ...data, kpis: [{ id: 'x', label: XSS }] }, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    const bad = {
      ...data,
      differences: [{ kpiId: 'wait', variantId: 'b', meanDiff: NaN, ci95Paired: [NaN, 1] as [number, number] }],
    };
    expectClean(renderSvg(comparisonChart(bad, options).svg));
    expectClean(renderSvg(comparisonChart({ ...data, kpis: [], variants: [], differences: [] }, options).svg));
  });
});
