import { describe, expect, it } from 'vitest';
import { serviceLevelChart, type ServiceLevelChartData } from '../../../viz/charts/serviceLevelChart.js';
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
  x: '時刻',
  y: 'サービスレベル',
  met: '目標達成',
  below: '目標未達',
  target: '目標',
  ci: '95 % CI (±)',
};
const data: ServiceLevelChartData = {
  intervals: [
    { label: '09:00', serviceLevel: 0.9, ci95: 0.02 },
    { label: '10:00', serviceLevel: 0.7, ci95: 0.05 },
    { label: '11:00', serviceLevel: null, ci95: null },
    { label: '12:00', serviceLevel: 0.85, ci95: null },
  ],
  targetServiceLevel: 0.8,
  labels,
};

describe('serviceLevelChart', () => {
  const options = baseOptions('sl');

  it('draws bars with data, whiskers where the CI is known, under-target bars hatched and outlined', () => {
    const svg = expectWellFormed(() => serviceLevelChart(data, options), options);
    const chart = serviceLevelChart(data, options);
    expect(marks(chart.svg, 'rect', 'bar')).toHaveLength(3);
    const below = marks(chart.svg, 'rect', 'bar', 'below');
    expect(below).toHaveLength(1);
    expect(below[0].attrs.fill).toBe('url(#sl-below)');
    expect(below[0].attrs.stroke).toBeDefined();
    expect(marks(chart.svg, 'rect', 'bar', 'met').every((b) => b.attrs.stroke === undefined)).toBe(true);
    expect(svg).toContain('<pattern id="sl-below"');
    expect(marks(chart.svg, 'path', 'whisker')).toHaveLength(2);
    expect(below[0].attrs['data-tip']).toBe('10:00 — 70.0% ± 5.0%');
    expect(marks(chart.svg, 'g', 'rule', 'target')).toHaveLength(1);
  });

  it('tables the same numbers', () => {
    const chart = serviceLevelChart(data, options);
    expect(chart.table.header).toEqual(['時刻', 'サービスレベル', '95 % CI (±)']);
    expect(chart.table.rows).toEqual([
      ['09:00', '90.0%', '2.0%'],
      ['10:00', '70.0%', '5.0%'],
      ['11:00', '—', '—'],
      ['12:00', '85.0%', '—'],
    ]);
    expectRectangularTable(chart);
  });

  it('escapes labels and survives missing data', () => {
    const evil = { ...data, intervals: [{ label: XSS, serviceLevel: 0.5, ci95: NaN }] };
    const svg = renderSvg(serviceLevelChart(evil, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    expectClean(renderSvg(serviceLevelChart({ ...data, targetServiceLevel: NaN, intervals: [] }, options).svg));
  });
});
