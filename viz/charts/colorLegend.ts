/**
 * A colour ramp legend for continuous fills (plan zones, heatmap cells): a gradient bar sampled
 * from the scale, ticks with the caller's number format, a title and an optional no-data swatch.
 */
import { INK, hex } from './palette.js';
import { h, translate, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export interface ColorLegendSpec {
  /** id for the <linearGradient> (prefix it with the chart id). */
  gradientId: string;
  /** Colour of a value. */
  colour: (value: number) => string;
  /** Domain ends; for a diverging scale pass [−m, m]. */
  domain: [number, number];
  ticks: number[];
  format: (value: number) => string;
  title: string;
  widthPx: number;
  fontSizePx: number;
  /** Label and fill of the "no data" swatch, when some values are missing. */
  noData?: { label: string; fill: string };
}

export interface ColorLegend {
  /** Goes in <defs>. */
  gradient: SvgNode;
  /** The legend group, with its top-left at the origin. */
  node: SvgNode;
  heightPx: number;
}

const BAR_H_PX = 10;
const STOPS = 11;

export function colorLegend(spec: ColorLegendSpec): ColorLegend {
  const [d0, d1] = spec.domain;
  const fs = spec.fontSizePx;
  const noDataW = spec.noData ? textWidthPx(spec.noData.label, fs) + 40 : 0;
  const barW = Math.max(60, spec.widthPx - noDataW);
  const stops = Array.from({ length: STOPS }, (_, i) => {
    const t = i / (STOPS - 1);
    return h('stop', { offset: `${Math.round(t * 100)}%`, 'stop-color': hex(spec.colour(d0 + t * (d1 - d0))) });
  });
  const gradient = h('linearGradient', { id: spec.gradientId, x1: '0%', x2: '100%', y1: '0%', y2: '0%' }, stops);
  const span = d1 - d0 || 1;
  const at = (v: number) => ((v - d0) / span) * barW;
  const barY = fs * 1.3;
  const ticks = spec.ticks
    .filter((v) => v >= Math.min(d0, d1) && v <= Math.max(d0, d1))
    .map((v) =>
      h(
        'g',
        { class: 'tick' },
        h('line', { x1: at(v), x2: at(v), y1: barY, y2: barY + BAR_H_PX + 3, stroke: INK.axis }),
        h('text', { x: at(v), y: barY + BAR_H_PX + 3 + fs, 'text-anchor': 'middle', fill: INK.axis }, spec.format(v)),
      ),
    );
  const noData =
    spec.noData &&
    h(
      'g',
      { class: 'legend-item no-data', transform: translate(barW + 16, barY) },
      h('rect', { width: 18, height: BAR_H_PX, fill: spec.noData.fill, stroke: INK.axis, 'stroke-width': 0.5 }),
      h('text', { x: 24, y: BAR_H_PX - 1, fill: INK.text }, spec.noData.label),
    );
  const node = h(
    'g',
    { class: 'color-legend', 'font-size': fs },
    h('text', { class: 'color-legend-title', x: 0, y: fs }, spec.title),
    h('rect', {
      x: 0,
      y: barY,
      width: barW,
      height: BAR_H_PX,
      fill: `url(#${spec.gradientId})`,
      stroke: INK.axis,
      'stroke-width': 0.5,
    }),
    ticks,
    noData,
  );
  return { gradient, node, heightPx: barY + BAR_H_PX + 3 + fs * 1.4 };
}
