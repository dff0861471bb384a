import { scaleBand, scaleLinear } from 'd3';
import { describe, expect, it } from 'vitest';
import { bandAxis, linearAxis } from '../../../viz/charts/axis.js';
import { renderSvg } from '../../../viz/charts/svgNode.js';
import { marks, textOf } from './chartTestKit.js';

describe('axis', () => {
  it('draws a tick and label per scale tick, a domain line and the title', () => {
    const y = scaleLinear().domain([0, 40]).range([200, 0]);
    const axis = linearAxis(y, { orient: 'left', title: '待ち時間 (分)', gridLengthPx: 300 });
    const ticks = marks(axis, 'g', 'tick');
    expect(ticks.map(textOf)).toEqual(y.ticks(6).map(String));
    expect(marks(axis, 'line', 'grid')).toHaveLength(ticks.length);
    expect(textOf(marks(axis, 'text', 'axis-title')[0])).toBe('待ち時間 (分)');
    expect(marks(axis, 'text', 'axis-title')[0].attrs.transform).toMatch(/^rotate\(-90,/);
    expect(renderSvg(axis)).not.toMatch(/NaN|undefined/);
  });

  it('keeps integer ticks only when asked', () => {
    const x = scaleLinear().domain([0, 3]).range([0, 300]);
    const labels = marks(linearAxis(x, { orient: 'bottom', integerTicks: true }), 'g', 'tick').map(textOf);
    expect(labels).toEqual(['0', '1', '2', '3']);
  });

  it('puts band labels at band centres and thins them when crowded', () => {
    const domain = Array.from({ length: 40 }, (_, i) => String(i));
    const x = scaleBand<string>().domain(domain).range([0, 400]);
    const axis = bandAxis(x, {
      orient: 'bottom',
      offsetPx: 100,
      tickFormat: (_, i) => `${8 + Math.floor(i / 4)}:${(i % 4) * 15}`,
    });
    const ticks = marks(axis, 'g', 'tick');
    expect(ticks).toHaveLength(40);
    const shown = ticks.filter((t) => textOf(t) !== '');
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.length).toBeLessThan(40);
    const first = marks(ticks[0], 'line')[0];
    expect(first.attrs.x1).toBe(5);
    expect(first.attrs.y1).toBe(100);
  });
});
