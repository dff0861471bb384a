/**
 * A building programme per option: one horizontal bar per option, stacked by function group
 * (m²), with the total's 95 % CI as a whisker and today's floor area as a dashed rule, so a
 * reader sees at once which options fit today's building and what takes the room.
 */
import { scaleBand, scaleLinear } from 'd3';
import { bandAxis, linearAxis } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { classToken, formatterOr, meanPlusMinus, tipText } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { categoryColour, INK } from './palette.js';
import { formatNumber as r, h } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export interface ProgrammeGroup {
  id: string;
  label: string;
}

export interface ProgrammeBar {
  id: string;
  label: string;
  /** m² per group id (missing = 0). */
  areaM2: Record<string, number>;
  totalM2: number;
  /** Half-width of the total's 95 % CI, m². */
  totalCi95: number | null;
}

export interface ProgrammeChartLabels {
  x: string;
  option: string;
  total: string;
  today: string;
}

export interface ProgrammeChartData {
  groups: ProgrammeGroup[];
  bars: ProgrammeBar[];
  /** Today's floor area, m² (the rule). */
  todayM2: number;
  labels: ProgrammeChartLabels;
}

/** A horizontal CI whisker from x0 to x1 at y, with end caps. */
const whiskerD = (x0: number, x1: number, y: number) =>
  `M${r(x0)},${r(y)}H${r(x1)}M${r(x0)},${r(y - 4)}V${r(y + 4)}M${r(x1)},${r(y - 4)}V${r(y + 4)}`;

export function programmeChart(data: ProgrammeChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, ',.0f');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const labelW = Math.max(60, ...data.bars.map((b) => textWidthPx(b.label, fs))) + 12;
  const rowPx = Math.round(fs * 2.6);
  const frame = chartFrame(options, {
    kind: 'programme',
    widthPx: 760,
    innerHeightPx: Math.max(1, data.bars.length) * rowPx,
    marginPx: { top: 6, right: 24, bottom: 44, left: labelW },
    legend: [
      ...data.groups.map((g, i) => ({
        label: g.label,
        className: `group-${classToken(g.id)}`,
        swatch: rectSwatch(categoryColour(i)),
      })),
      { label: data.labels.today, className: 'today', swatch: lineSwatch(INK.rule, { dash: '6 3' }) },
    ],
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  const max = Math.max(data.todayM2, ...data.bars.map((b) => b.totalM2 + (b.totalCi95 ?? 0))) * 1.05;
  const x = scaleLinear().domain([0, max]).range([0, W]).nice();
  const y = scaleBand<string>()
    .domain(data.bars.map((b) => b.id))
    .range([0, H])
    .padding(0.25);
  const marks = data.bars.map((b) => {
    let at = 0;
    const y0 = y(b.id) ?? 0;
    const bh = y.bandwidth();
    const segments = data.groups.map((g, i) => {
      const a = b.areaM2[g.id] ?? 0;
      const seg = h('rect', {
        class: `bar group-${classToken(g.id)}`,
        x: x(at),
        y: y0,
        width: Math.max(0, x(at + a) - x(at)),
        height: bh,
        fill: categoryColour(i),
        stroke: INK.paper,
        'stroke-width': 0.5,
        'data-tip': tipText(`${b.label} · ${g.label}`, `${fmt(a)}${unit}`),
      });
      at += a;
      return seg;
    });
    const ci = b.totalCi95 ?? 0;
    const mid = y0 + bh / 2;
    const whisker =
      ci > 0 &&
      h('path', {
        class: 'whisker',
        d: whiskerD(x(b.totalM2 - ci), x(b.totalM2 + ci), mid),
        stroke: INK.rule,
        'stroke-width': 1.2,
        fill: 'none',
        'data-tip': tipText(
          `${b.label} · ${data.labels.total}`,
          `${meanPlusMinus(b.totalM2, b.totalCi95, fmt)}${unit}`,
        ),
      });
    return h('g', { class: 'series option' }, segments, whisker);
  });
  const todayText = `${data.labels.today} ${fmt(data.todayM2)}${unit}`;
  const plot = [
    linearAxis(x, {
      orient: 'bottom',
      offsetPx: H,
      title: data.labels.x,
      fontSizePx: fs,
      tickCount: 6,
      tickFormat: fmt,
      gridLengthPx: H,
    }),
    bandAxis(y, { orient: 'left', fontSizePx: fs, tickFormat: (_, i) => data.bars[i].label }),
    marks,
    h(
      'g',
      { class: 'rule today' },
      h('line', {
        x1: x(data.todayM2),
        x2: x(data.todayM2),
        y1: 0,
        y2: H,
        stroke: INK.rule,
        'stroke-width': 1.5,
        'stroke-dasharray': '6 3',
      }),
      h('line', {
        class: 'hit today',
        x1: x(data.todayM2),
        x2: x(data.todayM2),
        y1: 0,
        y2: H,
        stroke: 'transparent',
        'stroke-width': 10,
        'data-tip': todayText,
      }),
    ),
  ];
  const table = {
    caption: options.title,
    header: [data.labels.option, ...data.groups.map((g) => g.label), data.labels.total, data.labels.today],
    rows: data.bars.map((b) => [
      b.label,
      ...data.groups.map((g) => fmt(b.areaM2[g.id] ?? 0)),
      meanPlusMinus(b.totalM2, b.totalCi95, fmt),
      fmt(data.todayM2),
    ]),
  };
  return { svg: chartRoot(frame, options, plot), table };
}
