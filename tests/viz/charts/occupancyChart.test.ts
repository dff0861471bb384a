import { describe, expect, it } from 'vitest';
import { occupancyChart, type OccupancyChartData } from '../../../viz/charts/occupancyChart.js';
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

const labels = { x: '時刻', y: '待合の人数', mean: '平均', ci: '95 % CI (±)', max: '最大', capacity: '座席数' };
const data: OccupancyChartData = {
  intervals: [
    { label: '09:00', meanPeople: 10, ci95People: 1.25, maxPeople: 18 },
    { label: '09:15', meanPeople: 14.2, ci95People: 1.3, maxPeople: 22 },
    { label: '09:30', meanPeople: 12, ci95People: null, maxPeople: 20 },
    { label: '09:45', meanPeople: null, ci95People: null, maxPeople: null },
  ],
  capacityPeople: 20,
  labels,
};

describe('occupancyChart', () => {
  const options = { ...baseOptions('occ'), unitSuffix: ' 人' };

  it('draws the mean line with points, the CI band, the max line and the capacity rule', () => {
    expectWellFormed(() => occupancyChart(data, options), options);
    const chart = occupancyChart(data, options);
    expect(marks(chart.svg, 'path', 'line', 'mean')).toHaveLength(1);
    expect(marks(chart.svg, 'circle', 'point', 'mean')).toHaveLength(3);
    // CI known for the first two intervals only: one band.
    expect(marks(chart.svg, 'path', 'band', 'ci')).toHaveLength(1);
    expect(marks(chart.svg, 'path', 'line', 'max')).toHaveLength(1);
    expect(marks(chart.svg, 'rect', 'point', 'max')).toHaveLength(3);
    expect(marks(chart.svg, 'g', 'rule', 'capacity')).toHaveLength(1);
    expect(marks(chart.svg, 'circle', 'point', 'mean')[1].attrs['data-tip']).toBe('09:15 — 14.2 ± 1.3 人');
  });

  it('tables mean, CI and max', () => {
    const chart = occupancyChart(data, options);
    expect(chart.table.header).toEqual(['時刻', '平均', '95 % CI (±)', '最大']);
    expect(chart.table.rows).toEqual([
      ['09:00', '10.0', '1.3', '18.0'],
      ['09:15', '14.2', '1.3', '22.0'],
      ['09:30', '12.0', '—', '20.0'],
      ['09:45', '—', '—', '—'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives missing data', () => {
    const evil = { ...data, labels: { ...labels, mean: XSS, capacity: XSS } };
    const svg = renderSvg(occupancyChart(evil, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    const empty = occupancyChart(
      { intervals: data.intervals.map((iv) => ({ ...iv, meanPeople: null, maxPeople: NaN })), labels },
      options,
    );
    expectClean(renderSvg(empty.svg));
    expect(marks(empty.svg, 'circle', 'point')).toHaveLength(0);
  });
});
