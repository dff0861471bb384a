/**
 * Desks needed as the remote-work share rises: one line per zone and a total line (or the total
 * only), with points. Each series has its own marker shape as well as its own colour.
 */
import { format, scaleLinear, symbol, symbolsFill } from 'd3';
import { linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { classToken, finiteOrNull, formatterOr, orMissing, tipText } from './format.js';
import { lineSwatch, symbolSwatch, type LegendItem } from './legend.js';
import { INK, categoryColour } from './palette.js';
import { linePaths } from './seriesMarks.js';
import { h, translate } from './svgNode.js';

export interface TeleworkSeries {
  /** Stable id, used in the series class. */
  id: string;
  label: string;
  /** Desks needed at each remote share, aligned with remoteShares; null where not computed. */
  desksNeeded: (number | null)[];
}

export interface TeleworkSweepChartLabels {
  x: string;
  y: string;
}

export interface TeleworkSweepChartData {
  /** Remote-work shares swept (0–1), ascending. */
  remoteShares: number[];
  /** Per-zone series; omit or leave empty to draw the total only. */
  zones?: TeleworkSeries[];
  /** The whole office. */
  total: TeleworkSeries;
  labels: TeleworkSweepChartLabels;
}

const TOTAL = INK.rule;
const SYMBOL_AREA_PX2 = 48;

export function teleworkSweepChart(data: TeleworkSweepChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1~f');
  const fmtX = formatterOr(options.formatX, '.0%');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { remoteShares: shares, labels } = data;
  const zones = data.zones ?? [];
  // Zones first in category colours, the total last in black and thicker, drawn on top.
  const series = [
    ...zones.map((s, i) => ({
      s,
      colour: categoryColour(i),
      shape: symbolsFill[(i + 1) % symbolsFill.length],
      widthPx: 1.8,
      total: false,
    })),
    { s: data.total, colour: TOTAL, shape: symbolsFill[0], widthPx: 3, total: true },
  ].map((x) => ({
    ...x,
    values: shares.map((_, i) => finiteOrNull(x.s.desksNeeded[i])),
    cls: `series-${classToken(x.s.id)}`,
  }));
  const top = Math.max(0, ...series.flatMap((x) => x.values.map((v) => v ?? 0)));
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.08 : 1])
    .nice(6);
  const tickFmt = options.formatValue ?? format('d');
  const finiteShares = shares.filter((v) => Number.isFinite(v));
  const x = scaleLinear().domain(
    finiteShares.length > 1 ? [Math.min(...finiteShares), Math.max(...finiteShares)] : [0, 1],
  );

  const legendItems: LegendItem[] = series.map((x) => ({
    label: x.s.label,
    className: x.cls,
    swatch: [
      lineSwatch(x.colour, { widthPx: x.widthPx }),
      symbolSwatch(symbol(x.shape, SYMBOL_AREA_PX2).digits(2)() ?? '', x.colour),
    ],
  }));
  const frame = chartFrame(options, {
    kind: 'telework-sweep',
    widthPx: 640,
    heightPx: 380,
    marginPx: {
      top: 8,
      right: 20,
      bottom: 48,
      left: verticalAxisWidthPx(y.ticks(6).filter(Number.isInteger).map(tickFmt), fs, true),
    },
    legend: legendItems,
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  x.range([0, W]);
  y.range([H, 0]);
  const cx = (i: number) => x(shares[i]);

  const marks = series.map((ser) => {
    const d = symbol(ser.shape, ser.total ? SYMBOL_AREA_PX2 * 1.4 : SYMBOL_AREA_PX2).digits(2)() ?? '';
    const points = shares.flatMap((share, i) => {
      const v = ser.values[i];
      if (v === null || !Number.isFinite(share)) return [];
      return [
        h('path', {
          class: `point ${ser.cls}`,
          d,
          transform: translate(cx(i), y(v)),
          fill: ser.colour,
          stroke: INK.paper,
          'stroke-width': 0.8,
          'data-tip': tipText(fmtX(share), `${ser.s.label} ${fmt(v)}${unit}`),
        }),
      ];
    });
    return h(
      'g',
      { class: `series ${ser.cls}${ser.total ? ' total' : ''}` },
      linePaths(ser.values, cx, y, {
        class: `line ${ser.cls}`,
        stroke: ser.colour,
        'stroke-width': ser.widthPx,
        'data-tip': ser.s.label,
      }),
      points,
    );
  });
  const plot = [
    linearAxis(y, {
      orient: 'left',
      title: labels.y,
      gridLengthPx: W,
      fontSizePx: fs,
      tickCount: 6,
      integerTicks: true,
      tickFormat: tickFmt,
    }),
    linearAxis(x, {
      orient: 'bottom',
      offsetPx: H,
      title: labels.x,
      fontSizePx: fs,
      tickFormat: options.formatX ?? format('.0%'),
    }),
    marks,
  ];
  const table = {
    caption: options.title,
    header: [labels.x, ...series.map((x) => x.s.label)],
    rows: shares.map((share, i) => [fmtX(share), ...series.map((x) => orMissing(x.values[i], fmt, options))]),
  };
  return { svg: chartRoot(frame, options, plot), table };
}
