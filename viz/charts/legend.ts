/**
 * Legend rows of swatch + label, wrapped to a width. Each item's group carries the series class,
 * so the browser UI can highlight or hide a series from its legend entry.
 */
import { INK } from './palette.js';
import { h, translate, type SvgChildInput, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export const SWATCH_W_PX = 20;
export const SWATCH_H_PX = 12;

export interface LegendItem {
  label: string;
  /** Series class, as on the marks it explains. */
  className: string;
  /** Drawn in a SWATCH_W_PX × SWATCH_H_PX box at the origin (see the swatch helpers below). */
  swatch: SvgChildInput;
}

export interface LegendLayout {
  node: SvgNode;
  heightPx: number;
}

/** Lays items out left to right, wrapping at `maxWidthPx`; `heightPx` is 0 for no items. */
export function legend(items: LegendItem[], maxWidthPx: number, fontSizePx: number): LegendLayout {
  const rowH = Math.round(fontSizePx * 1.6);
  const gap = fontSizePx;
  let x = 0;
  let row = 0;
  const nodes = items.map((item) => {
    const w = SWATCH_W_PX + 6 + textWidthPx(item.label, fontSizePx);
    if (x > 0 && x + w > maxWidthPx) {
      x = 0;
      row += 1;
    }
    const node = h(
      'g',
      { class: `legend-item ${item.className}`, transform: translate(x, row * rowH) },
      h('g', { transform: translate(0, (rowH - SWATCH_H_PX) / 2 - 2) }, item.swatch),
      h('text', { x: SWATCH_W_PX + 6, y: rowH / 2 + fontSizePx * 0.35 - 2, fill: INK.text }, item.label),
    );
    x += w + gap;
    return node;
  });
  return {
    node: h('g', { class: 'legend', 'font-size': fontSizePx }, nodes),
    heightPx: items.length ? (row + 1) * rowH : 0,
  };
}

export function lineSwatch(
  stroke: string,
  opts: { dash?: string; widthPx?: number; point?: boolean; opacity?: number } = {},
): SvgNode {
  const y = SWATCH_H_PX / 2;
  return h(
    'g',
    {},
    h('line', {
      x1: 0,
      x2: SWATCH_W_PX,
      y1: y,
      y2: y,
      stroke,
      'stroke-width': opts.widthPx ?? 2,
      'stroke-dasharray': opts.dash,
      'stroke-opacity': opts.opacity,
    }),
    opts.point && h('circle', { cx: SWATCH_W_PX / 2, cy: y, r: 3, fill: stroke }),
  );
}

export function rectSwatch(fill: string, opts: { stroke?: string; opacity?: number; dash?: string } = {}): SvgNode {
  return h('rect', {
    x: 1,
    y: 1,
    width: SWATCH_W_PX - 2,
    height: SWATCH_H_PX - 2,
    fill,
    'fill-opacity': opts.opacity,
    stroke: opts.stroke,
    'stroke-width': opts.stroke ? 1.5 : undefined,
    'stroke-dasharray': opts.dash,
  });
}

/** A d3.symbol path (or any path data) centred in the swatch. */
export function symbolSwatch(pathData: string, fill: string): SvgNode {
  return h('path', { d: pathData, fill, transform: translate(SWATCH_W_PX / 2, SWATCH_H_PX / 2) });
}
