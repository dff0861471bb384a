/** Helpers shared by the chart tests: tree walking, mark counting and the checks every chart must pass. */
import { expect } from 'vitest';
import type { Chart, ChartOptions } from '../../../viz/charts/chartTypes.js';
import { renderSvg, type SvgNode } from '../../../viz/charts/svgNode.js';

export const XSS = '<script>alert(1)</script>';
export const XSS_ESCAPED = '&lt;script&gt;alert(1)&lt;/script&gt;';

export function* walk(node: SvgNode): Generator<SvgNode> {
  yield node;
  for (const c of node.children) if (typeof c !== 'string') yield* walk(c);
}

/** Nodes with this tag whose class list has every given class. */
export function marks(node: SvgNode, tag: string, ...classes: string[]): SvgNode[] {
  return [...walk(node)].filter((n) => {
    if (n.tag !== tag) return false;
    const list = String(n.attrs.class ?? '').split(/\s+/);
    return classes.every((c) => list.includes(c));
  });
}

export const count = (text: string, re: RegExp): number => (text.match(re) ?? []).length;

export function textOf(node: SvgNode): string {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

export const baseOptions = (id: string): ChartOptions => ({ id, title: `${id} タイトル`, desc: `${id} の説明` });

/** Root id, accessible name and description, determinism, and no NaN/undefined in the output. */
export function expectWellFormed(make: () => Chart, options: ChartOptions): string {
  const chart = make();
  const svg = renderSvg(chart.svg);
  expect(chart.svg.tag).toBe('svg');
  expect(chart.svg.attrs.id).toBe(options.id);
  expect(chart.svg.attrs.role).toBe('img');
  expect(chart.svg.attrs['aria-labelledby']).toBe(`${options.id}-title`);
  expect(chart.svg.attrs['aria-describedby']).toBe(`${options.id}-desc`);
  expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
  expect(svg).toContain(`<title id="${options.id}-title">`);
  expect(svg).toContain(`<desc id="${options.id}-desc">`);
  expect(svg).toMatch(/viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?"/);
  expect(svg).toContain('Noto Sans CJK JP');
  expect(chart.table.caption).toBe(options.title);
  expectClean(svg);
  expectClean(JSON.stringify(chart.table));
  // Deterministic: a second build renders to the same string.
  expect(renderSvg(make().svg)).toBe(svg);
  // Every interactive mark has a tooltip text.
  for (const n of walk(chart.svg)) {
    if ('data-tip' in n.attrs) expect(String(n.attrs['data-tip']).length).toBeGreaterThan(0);
  }
  return svg;
}

export function expectClean(text: string): void {
  expect(text).not.toMatch(/NaN|undefined|Infinity|null/);
}

/** Every table row is as long as the header. */
export function expectRectangularTable(chart: Chart): void {
  for (const row of chart.table.rows) expect(row.length).toBe(chart.table.header.length);
}
