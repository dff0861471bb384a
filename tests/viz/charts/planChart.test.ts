import { describe, expect, it } from 'vitest';
import { planChart, type PlanChartData } from '../../../viz/charts/planChart.js';
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

const rect = (x: number, y: number, w: number, hM: number): [number, number][] => [
  [x, y],
  [x + w, y],
  [x + w, y + hM],
  [x, y + hM],
];
const labels = { value: '面積過不足 (m²)', zone: 'ゾーン', level: '階', north: 'N', noData: 'データなし' };
const data: PlanChartData = {
  mode: 'diverging',
  zones: [
    { id: 'wait', label: '待合', level: 1, rings: [rect(0, 0, 10, 10)], value: 12 },
    { id: 'counter', label: '窓口', level: 1, rings: [rect(10, 0, 30, 10)], value: -5 },
    { id: 'office', label: '執務室', level: 2, rings: [rect(0, 0, 40, 20), rect(5, 5, 2, 2)], value: null },
  ],
  routes: [
    {
      id: 'visitor',
      label: '来庁者動線',
      level: 1,
      points: [
        [1, 1],
        [15, 5],
        [28, 8],
      ],
    },
  ],
  levels: [
    { level: 1, label: '1階' },
    { level: 2, label: '2階' },
  ],
  northDeg: 30,
  labels,
};

/** Pixel coordinates of a path made of M/L commands. */
const coords = (d: string) => [...d.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);

describe('planChart', () => {
  const options = { ...baseOptions('plan'), unitSuffix: ' m²' };

  it('draws a zone per polygon, labels, routes, the scale bar, the north arrow and the legend', () => {
    const svg = expectWellFormed(() => planChart(data, options), options);
    const chart = planChart(data, options);
    expect(marks(chart.svg, 'g', 'level')).toHaveLength(2);
    expect(marks(chart.svg, 'path', 'zone')).toHaveLength(3);
    expect(marks(chart.svg, 'text', 'zone-label').map(textOf)).toEqual(['待合+12', '窓口−5', '執務室']);
    expect(marks(chart.svg, 'path', 'route-line')).toHaveLength(1);
    expect(marks(chart.svg, 'path', 'route-line')[0].attrs['data-tip']).toBe('来庁者動線 — 27.9 m');
    expect(marks(chart.svg, 'g', 'scale-bar')).toHaveLength(1);
    const north = marks(chart.svg, 'g', 'north-arrow');
    expect(north).toHaveLength(1);
    expect(svg).toContain('<g transform="rotate(30)">');
    expect(textOf(north[0])).toBe('N');
    expect(marks(chart.svg, 'g', 'color-legend')).toHaveLength(1);
    expect(svg).toContain('<linearGradient id="plan-ramp"');
    // No-data zone hatched, with a legend swatch; the hole is a second subpath.
    const office = marks(chart.svg, 'path', 'zone-office')[0];
    expect(office.attrs.fill).toBe('url(#plan-no-data)');
    expect(String(office.attrs.d).match(/Z/g)).toHaveLength(2);
    expect(office.attrs['data-tip']).toBe('執務室 — データなし');
    expect(marks(chart.svg, 'path', 'zone-wait')[0].attrs['data-tip']).toBe('待合 — +12 m²');
  });

  it('keeps metres square and flips y (north up)', () => {
    for (const widthPx of [500, 900, 1400]) {
      const chart = planChart(data, { ...options, widthPx });
      const square = coords(String(marks(chart.svg, 'path', 'zone-wait')[0].attrs.d));
      const xs = square.map((p) => p[0]);
      const ys = square.map((p) => p[1]);
      const wPx = Math.max(...xs) - Math.min(...xs);
      const hPx = Math.max(...ys) - Math.min(...ys);
      expect(wPx).toBeGreaterThan(10);
      expect(Math.abs(wPx - hPx)).toBeLessThanOrEqual(0.02);
      // Plan (0,0) is the south-west corner: lowest on screen, i.e. the largest SVG y.
      expect(square[0][1]).toBe(Math.max(...ys));
      // Scale bar: its pixel length is its length in metres at the same scale.
      const bar = marks(chart.svg, 'g', 'scale-bar')[0];
      const lengthM = Number(bar.attrs['data-length-m']);
      expect([1, 2, 5, 10, 20, 50]).toContain(lengthM);
      const segs = marks(bar, 'rect');
      const barPx = segs.reduce((s, r) => s + Number(r.attrs.width), 0);
      expect(Math.abs(barPx / lengthM - wPx / 10)).toBeLessThan(0.05);
    }
  });

  it('keeps the aspect when the caller fixes the height', () => {
    const chart = planChart(data, { ...options, widthPx: 1200, heightPx: 300 });
    const square = coords(String(marks(chart.svg, 'path', 'zone-wait')[0].attrs.d));
    const xs = square.map((p) => p[0]);
    const ys = square.map((p) => p[1]);
    expect(Math.abs(Math.max(...xs) - Math.min(...xs) - (Math.max(...ys) - Math.min(...ys)))).toBeLessThanOrEqual(0.02);
    expect(chart.svg.attrs.height).toBe(300);
  });

  it('tables zones of the drawn levels', () => {
    const chart = planChart(data, options);
    expect(chart.table.header).toEqual(['階', 'ゾーン', '面積過不足 (m²)']);
    expect(chart.table.rows).toEqual([
      ['1階', '待合', '+12'],
      ['1階', '窓口', '−5'],
      ['2階', '執務室', '—'],
    ]);
    const one = planChart({ ...data, levels: [{ level: 2, label: '2階' }] }, options);
    expect(one.table.rows).toEqual([['2階', '執務室', '—']]);
    expect(marks(one.svg, 'path', 'route-line')).toHaveLength(0);
    expectRectangularTable(chart);
  });

  it('colours occupancy on a sequential scale', () => {
    const seq = planChart(
      { ...data, mode: 'sequential', zones: data.zones.map((z, i) => ({ ...z, value: i * 5 })) },
      options,
    );
    const fills = marks(seq.svg, 'path', 'zone').map((z) => String(z.attrs.fill));
    expect(new Set(fills).size).toBe(3);
    expect(fills.every((f) => /^#[0-9a-f]{6}$/.test(f))).toBe(true);
  });

  it('escapes labels and survives empty or degenerate input', () => {
    const evil = { ...data, zones: data.zones.map((z) => ({ ...z, label: XSS })), labels: { ...labels, north: XSS } };
    const svg = renderSvg(planChart(evil, options).svg);
    expect(svg).toContain(XSS_ESCAPED);
    expect(svg).not.toContain('<script');
    expectClean(renderSvg(planChart({ mode: 'sequential', zones: [], labels }, options).svg));
    const flat = planChart(
      { mode: 'diverging', zones: [{ id: 'p', label: 'p', level: 1, rings: [[[0, 0]]], value: NaN }], labels },
      options,
    );
    expectClean(renderSvg(flat.svg));
  });
});
