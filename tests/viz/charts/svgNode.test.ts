import { describe, expect, it } from 'vitest';
import { escapeXml, formatNumber, h, renderSvg } from '../../../viz/charts/svgNode.js';
import { XSS, XSS_ESCAPED } from './chartTestKit.js';

describe('svgNode', () => {
  it('drops empty attributes and non-finite numbers, flattens children', () => {
    const n = h(
      'g',
      { a: 1, b: null, c: undefined, d: false, e: NaN, f: Infinity, g: 'x' },
      [h('rect'), [null, 't']],
      false,
      3.14159,
    );
    expect(n.attrs).toEqual({ a: 1, g: 'x' });
    expect(n.children).toEqual([{ tag: 'rect', attrs: {}, children: [] }, 't', '3.14']);
  });

  it('rounds numbers to at most 2 decimals and never writes -0', () => {
    expect(formatNumber(1.005)).toBe('1');
    expect(formatNumber(2.456)).toBe('2.46');
    expect(formatNumber(-0.001)).toBe('0');
    expect(formatNumber(NaN)).toBe('');
    expect(renderSvg(h('circle', { cx: 1 / 3, cy: -2.999 }))).toBe('<circle cx="0.33" cy="-3"/>');
  });

  it('escapes & < > " \' in text and attribute values', () => {
    expect(escapeXml(`a&b<c>d"e'f`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f');
    const out = renderSvg(h('text', { 'data-tip': XSS, title: `"q" & 'a'` }, XSS));
    expect(out).toBe(`<text data-tip="${XSS_ESCAPED}" title="&quot;q&quot; &amp; &#39;a&#39;">${XSS_ESCAPED}</text>`);
    expect(out).not.toContain('<script');
  });

  it('omits a non-finite number that bypassed h()', () => {
    expect(renderSvg({ tag: 'rect', attrs: { x: NaN, y: 2 }, children: [] })).toBe('<rect y="2"/>');
  });

  it('renders nested trees in insertion order', () => {
    const tree = h(
      'svg',
      { xmlns: 'http://www.w3.org/2000/svg', width: 10 },
      h('g', { class: 'a' }, h('path', { d: 'M0,0' }), 'x'),
    );
    expect(renderSvg(tree)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" width="10"><g class="a"><path d="M0,0"/>x</g></svg>',
    );
  });
});
