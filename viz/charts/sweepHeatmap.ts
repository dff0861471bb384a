/**
 * One KPI over a two-parameter sweep as a heatmap: a cell per (x, y) coloured by the mean, the
 * value printed in the cell when it fits, a hatched cell where there is no result, and a colour
 * legend. y runs upward (the first y value at the bottom), as on a plotted parameter plane.
 */
import { scaleBand } from 'd3';
import { bandAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot, ref } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { colorLegend } from './colorLegend.js';
import { finiteOrNull, formatterOr, meanPlusMinus, missing, tipText, type NumberFormat } from './format.js';
import {
  INK,
  contrastText,
  divergingScale,
  hex,
  sequentialScale,
  type DivergingScheme,
  type SequentialScheme,
} from './palette.js';
import { hatchPattern } from './patterns.js';
import { h, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';
import { linearTicks } from './ticks.js';

export interface SweepCell {
  /** KPI mean over replications, in the unit named in labels.value. */
  mean: number;
  /** Half-width of its 95 % confidence interval. */
  ci95: number | null;
}

export interface SweepHeatmapLabels {
  /** Parameter names (axis titles). */
  x: string;
  y: string;
  /** KPI name with unit (legend title). */
  value: string;
  noData: string;
}

export interface SweepHeatmapData {
  /** Parameter values along x and y (numbers go through formatX / formatY). */
  xValues: (number | string)[];
  yValues: (number | string)[];
  /** cells[yIndex][xIndex]; null where the sweep has no result. */
  cells: (SweepCell | null)[][];
  /** sequential (default) or diverging around 0 (e.g. a difference to the baseline). */
  scale?: 'sequential' | 'diverging';
  sequentialScheme?: SequentialScheme;
  divergingScheme?: DivergingScheme;
  /** Fixed colour domain; default the range of the means. */
  valueDomain?: [number, number];
  labels: SweepHeatmapLabels;
}

const LEGEND_BLOCK_PX = 56;

export function sweepHeatmap(data: SweepHeatmapData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.3~r');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { labels } = data;
  const paramText = (v: number | string, f: NumberFormat | undefined) => (typeof v === 'number' ? (f ?? String)(v) : v);
  const xl = data.xValues.map((v) => paramText(v, options.formatX));
  const yl = data.yValues.map((v) => paramText(v, options.formatY));
  const cellAt = (yi: number, xi: number): SweepCell | null => {
    const c = data.cells[yi]?.[xi];
    return c && Number.isFinite(c.mean) ? c : null;
  };
  const means = data.yValues
    .flatMap((_, yi) => data.xValues.map((__, xi) => cellAt(yi, xi)?.mean ?? null))
    .filter((v): v is number => v !== null);
  const diverging = data.scale === 'diverging';
  const [d0, d1] = data.valueDomain ?? (means.length ? [Math.min(...means), Math.max(...means)] : [0, 1]);
  const maxAbs = Math.max(Math.abs(d0), Math.abs(d1));
  const colour = diverging
    ? divergingScale(maxAbs, data.divergingScheme)
    : sequentialScale([d0, d1], data.sequentialScheme);
  const legendDomain: [number, number] = diverging ? [-(maxAbs || 1), maxAbs || 1] : [d0, d1 > d0 ? d1 : d0 + 1];

  const nx = Math.max(1, xl.length);
  const ny = Math.max(1, yl.length);
  const left = verticalAxisWidthPx(yl, fs, true);
  const widthPx = options.widthPx ?? 640;
  const cellGuess = (widthPx - left - 16) / nx;
  const frame = chartFrame(options, {
    kind: 'sweep-heatmap',
    widthPx,
    innerHeightPx: ny * Math.min(48, Math.max(22, cellGuess * 0.75)),
    marginPx: { top: 8, right: 16, bottom: 44 + LEGEND_BLOCK_PX, left },
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  const x = scaleBand<string>()
    .domain(xl.map((_, i) => String(i)))
    .range([0, W]);
  const y = scaleBand<string>()
    .domain(yl.map((_, i) => String(i)))
    .range([H, 0]);
  const noDataId = ref(frame, 'no-data');
  const cellFs = fs * 0.85;
  let anyMissing = false;

  const cells: SvgNode[] = [];
  const texts: SvgNode[] = [];
  yl.forEach((yText, yi) =>
    xl.forEach((xText, xi) => {
      const c = cellAt(yi, xi);
      const x0 = x(String(xi)) ?? 0;
      const y0 = y(String(yi)) ?? 0;
      const head = `${labels.x} ${xText}, ${labels.y} ${yText}`;
      const fill = c ? hex(colour(c.mean)) : `url(#${noDataId})`;
      if (!c) anyMissing = true;
      const body = c ? `${meanPlusMinus(c.mean, finiteOrNull(c.ci95), fmt)}${unit}` : labels.noData;
      cells.push(
        h('rect', {
          class: c ? 'cell' : 'cell no-data',
          'data-x': xi,
          'data-y': yi,
          x: x0,
          y: y0,
          width: x.bandwidth(),
          height: y.bandwidth(),
          fill,
          stroke: INK.paper,
          'stroke-width': 1,
          'data-tip': tipText(head, body),
        }),
      );
      const text = c ? fmt(c.mean) : '';
      if (c && textWidthPx(text, cellFs) <= x.bandwidth() - 4 && y.bandwidth() >= cellFs + 4) {
        texts.push(
          h(
            'text',
            {
              x: x0 + x.bandwidth() / 2,
              y: y0 + y.bandwidth() / 2 + cellFs * 0.35,
              'text-anchor': 'middle',
              'font-size': cellFs,
              fill: contrastText(fill),
            },
            text,
          ),
        );
      }
    }),
  );
  const ramp = colorLegend({
    gradientId: ref(frame, 'ramp'),
    colour: (v) => colour(v),
    domain: legendDomain,
    ticks: linearTicks(legendDomain, 5),
    format: fmt,
    title: labels.value,
    widthPx: Math.min(320, W),
    fontSizePx: fs * 0.9,
    noData: anyMissing ? { label: labels.noData, fill: `url(#${noDataId})` } : undefined,
  });
  const plot = [
    h('g', { class: 'cells' }, cells),
    h('g', { class: 'cell-values', 'pointer-events': 'none' }, texts),
    bandAxis(x, { orient: 'bottom', offsetPx: H, title: labels.x, fontSizePx: fs, tickFormat: (_, i) => xl[i] }),
    bandAxis(y, { orient: 'left', title: labels.y, fontSizePx: fs, tickFormat: (_, i) => yl[i] }),
    h('g', { transform: `translate(0,${Math.round(H + 44)})` }, ramp.node),
  ];
  const table = {
    caption: options.title,
    header: [`${labels.y} \\ ${labels.x}`, ...xl],
    rows: yl.map((yText, yi) => [
      yText,
      ...xl.map((_, xi) => {
        const c = cellAt(yi, xi);
        return c ? meanPlusMinus(c.mean, finiteOrNull(c.ci95), fmt) : missing(options);
      }),
    ]),
  };
  return { svg: chartRoot(frame, options, plot, [hatchPattern(noDataId, '#bdbdbd', '#f0f0f0'), ramp.gradient]), table };
}
