import { describe, expect, it } from 'vitest';
import { staffingChart, type StaffingChartData } from '../../../viz/charts/staffingChart.js';
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

const labels = { x: '時刻', y: '職員数', required: '必要', scheduled: '配置', shortfall: '不足', group: '窓口' };
const data: StaffingChartData = {
  intervalLabels: ['08:30', '09:00', '09:30', '10:00'],
  groups: [
    { id: 'koseki', label: '戸籍', requiredStaff: [2, 4, 5, 3], scheduledStaff: [3, 3, 5, 2] },
    { id: 'zei', label: '税', requiredStaff: [1, 2, null, 2], scheduledStaff: [1, 2, null, 2] },
  ],
  labels,
};

describe('staffingChart', () => {
  const options = { ...baseOptions('staff'), unitSuffix: ' 人' };

  it('draws one panel per group with step lines and hatched shortfalls', () => {
    const svg = expectWellFormed(() => staffingChart(data, options), options);
    const chart = staffingChart(data, options);
    expect(marks(chart.svg, 'g', 'panel')).toHaveLength(2);
    // 戸籍: one run each; 税: the null at 09:30 splits both lines.
    expect(marks(chart.svg, 'path', 'line', 'required')).toHaveLength(3);
    expect(marks(chart.svg, 'path', 'line', 'scheduled')).toHaveLength(3);
    const short = marks(chart.svg, 'rect', 'shortfall');
    expect(short).toHaveLength(2);
    expect(short[0].attrs['data-tip']).toBe('09:00 — 必要 4 人, 配置 3 人 (不足 1 人)');
    expect(short[0].attrs.fill).toBe('url(#staff-short)');
    expect(svg).toContain('<pattern id="staff-short"');
    // One hover column per interval with data, per panel.
    expect(marks(chart.svg, 'rect', 'hit', 'interval')).toHaveLength(7);
    const step = marks(chart.svg, 'path', 'line', 'scheduled')[0].attrs.d;
    expect(step).toMatch(/^M[\d.]+,[\d.]+H[\d.]+(V[\d.]+H[\d.]+){3}$/);
  });

  it('tables every group and interval', () => {
    const chart = staffingChart(data, options);
    expect(chart.table.header).toEqual(['窓口', '時刻', '必要', '配置', '不足']);
    expect(chart.table.rows).toHaveLength(8);
    expect(chart.table.rows[1]).toEqual(['戸籍', '09:00', '4', '3', '1']);
    expect(chart.table.rows[6]).toEqual(['税', '09:30', '—', '—', '—']);
    expectRectangularTable(chart);
  });

  it('draws a single chart for a single group', () => {
    const one = staffingChart({ ...data, groups: [data.groups[0]] }, options);
    expect(marks(one.svg, 'g', 'panel')).toHaveLength(1);
  });

  it('escapes labels and survives empty groups', () => {
    const evil = { ...data, groups: [{ ...data.groups[0], label: XSS }] };
    const svg = renderSvg(staffingChart(evil, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    const empty = staffingChart(
      { ...data, groups: [{ id: 'x', label: 'x', requiredStaff: [], scheduledStaff: [NaN] }] },
      options,
    );
    expectClean(renderSvg(empty.svg));
  });
});
