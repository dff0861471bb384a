import { describe, expect, it } from 'vitest';
import { FONT_FAMILY, chartFrame, chartRoot } from '../../../viz/charts/chartFrame.js';
import { lineSwatch } from '../../../viz/charts/legend.js';
import { h, renderSvg } from '../../../viz/charts/svgNode.js';
import { textWidthPx } from '../../../viz/charts/textWidth.js';
import { marks } from './chartTestKit.js';

describe('chartFrame', () => {
  const options = { id: 'f1', title: '題', desc: '説明', widthPx: 400, heightPx: 300 };
  const margin = { top: 10, right: 10, bottom: 20, left: 30 };

  it('sizes the plot area below the title and legend', () => {
    const legend = [{ label: '系列', className: 's', swatch: lineSwatch('#000') }];
    const frame = chartFrame(options, { kind: 'k', widthPx: 640, marginPx: margin, legend });
    expect(frame.widthPx).toBe(400);
    expect(frame.heightPx).toBe(300);
    expect(frame.innerWidthPx).toBe(360);
    expect(frame.plotYPx).toBeGreaterThan(margin.top + 12);
    expect(frame.plotYPx + frame.innerHeightPx + margin.bottom).toBe(300);
    const svg = chartRoot(frame, options, h('rect', { width: 1 }));
    expect(svg.attrs['font-family']).toBe(FONT_FAMILY);
    expect(marks(svg, 'g', 'legend-item', 's')).toHaveLength(1);
    expect(marks(svg, 'text', 'chart-title')).toHaveLength(1);
    expect(renderSvg(svg)).toContain('font-family="&quot;Noto Sans CJK JP&quot;, &quot;Noto Sans JP&quot;');
  });

  it('derives the height from the data and can hide the visible title', () => {
    const o = { id: 'f2', title: 't', desc: 'd', showTitle: false };
    const frame = chartFrame(o, { kind: 'k', widthPx: 500, innerHeightPx: 100, marginPx: margin });
    expect(frame.heightPx).toBe(130);
    expect(marks(chartRoot(frame, o, null), 'text', 'chart-title')).toHaveLength(0);
  });

  it('estimates full-width characters wider than Latin ones', () => {
    expect(textWidthPx('区役所', 10)).toBe(30);
    expect(textWidthPx('abc', 10)).toBeCloseTo(18);
  });
});
