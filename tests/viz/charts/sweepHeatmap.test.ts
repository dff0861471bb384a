import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../viz/charts/svgNode.js';
import { sweepHeatmap, type SweepHeatmapData } from '../../../viz/charts/sweepHeatmap.js';
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

const labels = { x: '窓口数', y: '到着率倍率', value: '平均待ち時間 (分)', noData: '未計算' };
const data: SweepHeatmapData = {
  xValues: [4, 5, 6],
  yValues: [1, 1.2],
  cells: [
    [
      { mean: 30.25, ci95: 2 },
      { mean: 12, ci95: 1 },
      { mean: 5, ci95: null },
    ],
    [{ mean: 55, ci95: 4 }, null, { mean: 9.5, ci95: 0.5 }],
  ],
  labels,
};

describe('sweepHeatmap', () => {
  const options = { ...baseOptions('heat'), unitSuffix: ' 分' };

  it('draws a cell per grid point, values where they fit, and a colour legend', () => {
    const svg = expectWellFormed(() => sweepHeatmap(data, options), options);
    const chart = sweepHeatmap(data, options);
    const cells = marks(chart.svg, 'rect', 'cell');
    expect(cells).toHaveLength(6);
    expect(marks(chart.svg, 'rect', 'cell', 'no-data')).toHaveLength(1);
    expect(cells[0].attrs['data-tip']).toBe('窓口数 4, 到着率倍率 1 — 30.3 ± 2 分');
    const printed = marks(chart.svg, 'g', 'cell-values')[0].children.map((c) =>
      typeof c === 'string' ? c : textOf(c),
    );
    expect(printed).toEqual(['30.3', '12', '5', '55', '9.5']);
    expect(marks(chart.svg, 'g', 'color-legend')).toHaveLength(1);
    expect(svg).toContain('未計算');
    // y runs upward: the first y value is the lower row.
    const y0 = Number(cells[0].attrs.y);
    const y1 = Number(cells[3].attrs.y);
    expect(y0).toBeGreaterThan(y1);
  });

  it('omits cell values that do not fit', () => {
    const chart = sweepHeatmap(data, { ...options, widthPx: 160, formatValue: (v) => v.toFixed(6) });
    expect(marks(chart.svg, 'g', 'cell-values')[0].children).toHaveLength(0);
  });

  it('tables the grid as a cross table', () => {
    const chart = sweepHeatmap(data, { ...options, formatX: (v) => `${v} 窓口` });
    expect(chart.table.header).toEqual(['到着率倍率 \\ 窓口数', '4 窓口', '5 窓口', '6 窓口']);
    expect(chart.table.rows).toEqual([
      ['1', '30.3 ± 2', '12 ± 1', '5'],
      ['1.2', '55 ± 4', '—', '9.5 ± 0.5'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives a ragged or empty grid', () => {
    const svg = renderSvg(sweepHeatmap({ ...data, xValues: [XSS, 'b', 'c'] }, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    expectClean(renderSvg(sweepHeatmap({ ...data, cells: [[{ mean: NaN, ci95: NaN }]] }, options).svg));
    expectClean(
      renderSvg(sweepHeatmap({ xValues: [], yValues: [], cells: [], labels, scale: 'diverging' }, options).svg),
    );
  });
});
