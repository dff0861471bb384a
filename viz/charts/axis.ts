/**
 * Axes as SvgNode groups. d3-axis draws into a selection (a DOM), so we read ticks from the scale
 * (`scale.ticks()` for continuous scales, the domain and `bandwidth()` for band/point scales)
 * and build the line, ticks, labels, optional grid and the axis title ourselves.
 */
import { format, type ScaleBand, type ScaleLinear, type ScalePoint } from 'd3';
import { INK } from './palette.js';
import { h, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export type AxisOrient = 'bottom' | 'left' | 'top' | 'right';

export interface AxisLayout {
  orient: AxisOrient;
  /** Axis title (from the caller's labels). */
  title?: string;
  /** Where the axis line sits across the axis: y for bottom/top, x for left/right (px). */
  offsetPx?: number;
  /** Grid lines this long across the plot, drawn away from the labels (0 or absent: none). */
  gridLengthPx?: number;
  fontSizePx?: number;
  /** Distance from the axis line to the title's baseline; default clears the tick labels. */
  titleOffsetPx?: number;
}

export interface LinearAxisOptions extends AxisLayout {
  tickCount?: number;
  tickValues?: number[];
  tickFormat?: (value: number) => string;
  /** Keep only integer ticks (counts of desks, staff, units). */
  integerTicks?: boolean;
}

export interface BandAxisOptions extends AxisLayout {
  /** Label of a domain value; default the value itself. */
  tickFormat?: (value: string, index: number) => string;
  /** Show every n-th label; default thins labels so they do not overlap. */
  labelEvery?: number;
}

/** One tick: position along the axis (px) and its label ('' draws the tick without a label). */
export interface AxisTick {
  posPx: number;
  label: string;
}

const TICK_PX = 5;
const PAD_PX = 3;

export function linearAxis(scale: ScaleLinear<number, number>, options: LinearAxisOptions): SvgNode {
  let values = options.tickValues ?? scale.ticks(options.tickCount ?? 6);
  if (options.integerTicks) values = values.filter((v) => Number.isInteger(v));
  // The scale's default format follows its tick step (0.5 → "0.0"); integer ticks print as integers.
  const fmt = options.tickFormat ?? (options.integerTicks ? format('d') : scale.tickFormat(options.tickCount ?? 6));
  const [r0, r1] = scale.range();
  return axisFromTicks(
    values.map((v) => ({ posPx: scale(v), label: fmt(v) })),
    [r0, r1],
    options,
  );
}

export function bandAxis(scale: ScaleBand<string> | ScalePoint<string>, options: BandAxisOptions): SvgNode {
  const domain = scale.domain();
  const fmt = options.tickFormat ?? ((v: string) => v);
  const labels = domain.map((v, i) => fmt(v, i));
  const fontSizePx = options.fontSizePx ?? 11;
  const vertical = options.orient === 'left' || options.orient === 'right';
  const widest = Math.max(0, ...labels.map((l) => textWidthPx(l, fontSizePx)));
  const need = vertical ? fontSizePx * 1.2 : widest + fontSizePx * 0.8;
  const every = options.labelEvery ?? Math.max(1, Math.ceil(need / Math.max(scale.step(), 1e-9)));
  const half = scale.bandwidth() / 2;
  const ticks = domain.map((v, i) => ({ posPx: (scale(v) ?? 0) + half, label: i % every === 0 ? labels[i] : '' }));
  const [r0, r1] = scale.range();
  return axisFromTicks(ticks, [r0, r1], options);
}

/** The axis group from ready-made ticks; exported for charts with their own tick logic. */
export function axisFromTicks(ticks: AxisTick[], rangePx: [number, number], options: AxisLayout): SvgNode {
  const fontSizePx = options.fontSizePx ?? 11;
  const off = options.offsetPx ?? 0;
  const { orient } = options;
  const vertical = orient === 'left' || orient === 'right';
  // +1 away from the plot (down for bottom, left for left…), in the axis's cross direction.
  const out = orient === 'bottom' || orient === 'right' ? 1 : -1;
  const [a, b] = rangePx;
  const grid = options.gridLengthPx ?? 0;
  const line = vertical ? h('line', { x1: off, x2: off, y1: a, y2: b }) : h('line', { x1: a, x2: b, y1: off, y2: off });
  const tickNodes = ticks.map((t) => {
    const labelAt = off + out * (TICK_PX + PAD_PX);
    const mark = vertical
      ? h('line', { x1: off, x2: off + out * TICK_PX, y1: t.posPx, y2: t.posPx })
      : h('line', { x1: t.posPx, x2: t.posPx, y1: off, y2: off + out * TICK_PX });
    const gridLine =
      grid > 0 &&
      (vertical
        ? h('line', { class: 'grid', x1: off, x2: off - out * grid, y1: t.posPx, y2: t.posPx, stroke: INK.grid })
        : h('line', { class: 'grid', x1: t.posPx, x2: t.posPx, y1: off, y2: off - out * grid, stroke: INK.grid }));
    const label =
      t.label !== '' &&
      (vertical
        ? h(
            'text',
            { x: labelAt, y: t.posPx + fontSizePx * 0.35, 'text-anchor': out < 0 ? 'end' : 'start', stroke: 'none' },
            t.label,
          )
        : h(
            'text',
            { x: t.posPx, y: out > 0 ? labelAt + fontSizePx * 0.8 : labelAt, 'text-anchor': 'middle', stroke: 'none' },
            t.label,
          ));
    return h('g', { class: 'tick' }, gridLine, mark, label);
  });
  const title = options.title ? axisTitle(options.title, ticks, rangePx, options, fontSizePx) : null;
  return h(
    'g',
    { class: `axis axis-${orient}`, stroke: INK.axis, fill: INK.axis, 'font-size': fontSizePx },
    tickNodes,
    line,
    title,
  );
}

function axisTitle(
  text: string,
  ticks: AxisTick[],
  [a, b]: [number, number],
  o: AxisLayout,
  fontSizePx: number,
): SvgNode {
  const off = o.offsetPx ?? 0;
  const mid = (a + b) / 2;
  const attrs = { class: 'axis-title', 'text-anchor': 'middle', stroke: 'none', fill: INK.text };
  if (o.orient === 'bottom' || o.orient === 'top') {
    const dist = o.titleOffsetPx ?? TICK_PX + PAD_PX + fontSizePx * 2.2;
    return h('text', { ...attrs, x: mid, y: off + (o.orient === 'bottom' ? dist : -dist + fontSizePx) }, text);
  }
  const widest = Math.max(0, ...ticks.map((t) => textWidthPx(t.label, fontSizePx)));
  const dist = o.titleOffsetPx ?? TICK_PX + PAD_PX + widest + fontSizePx * 0.8;
  const x = off + (o.orient === 'left' ? -dist : dist);
  const rot = o.orient === 'left' ? -90 : 90;
  return h('text', { ...attrs, x, y: mid, transform: `rotate(${rot},${round(x)},${round(mid)})` }, text);
}

const round = (v: number) => Math.round(v * 100) / 100;

/** Room a left/right axis needs (px) for these tick labels and an optional title: use for the margin. */
export function verticalAxisWidthPx(labels: string[], fontSizePx: number, withTitle: boolean): number {
  const widest = Math.max(0, ...labels.map((l) => textWidthPx(l, fontSizePx)));
  return TICK_PX + PAD_PX + widest + (withTitle ? fontSizePx * 1.9 : 0) + 4;
}
