/**
 * Shared drawing for "capacity vs risk" curves (desks vs P(shortage day), units vs P(blocked)):
 * the curve with points and its 95 % CI band, the acceptable-risk rule, and vertical markers for
 * the capacity needed and the capacity today. Used by shortageCurveChart and blockingCurveChart.
 */
import { format, scaleLinear } from 'd3';
import { linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { finiteOrNull, formatterOr, meanPlusMinus, orMissing, tipText } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import { bandPaths, linePaths, ruleMarks, vRuleMarks } from './seriesMarks.js';
import { h, type SvgNode } from './svgNode.js';

export interface RiskPoint {
  /** Capacity (desks, units). */
  capacity: number;
  /** Probability of the bad event (0–1); null when not estimated. */
  p: number | null;
  /** Half-width of the 95 % CI of p. */
  ci95: number | null;
}

export interface RiskCurveLabels {
  x: string;
  y: string;
  curve: string;
  ci: string;
  /** Name of the acceptable-risk rule (α, β). */
  limit: string;
  needed: string;
  today: string;
}

export interface RiskCurveSpec {
  kind: string;
  points: RiskPoint[];
  limit: number | null;
  needed: number | null;
  today: number | null;
  labels: RiskCurveLabels;
}

const CURVE = OKABE_ITO.blue;
const NEEDED = OKABE_ITO.bluishGreen;
const TODAY = OKABE_ITO.reddishPurple;

export function riskCurveChart(spec: RiskCurveSpec, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1%');
  const fmtX = formatterOr(options.formatX, 'd');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { labels } = spec;
  const pts = [...spec.points]
    .filter((pt) => Number.isFinite(pt.capacity))
    .sort((a, b) => a.capacity - b.capacity)
    .map((pt) => ({ capacity: pt.capacity, p: finiteOrNull(pt.p), ci: finiteOrNull(pt.ci95) }));
  const limit = finiteOrNull(spec.limit);
  const needed = finiteOrNull(spec.needed);
  const today = finiteOrNull(spec.today);
  const xs = [...pts.map((pt) => pt.capacity), needed, today].filter((v): v is number => v !== null);
  const x = scaleLinear().domain(xs.length ? [Math.min(...xs) - 0.5, Math.max(...xs) + 0.5] : [0, 1]);
  const upper = pts.map((pt) => (pt.p === null || pt.ci === null ? null : Math.min(1, pt.p + pt.ci)));
  const lower = pts.map((pt) => (pt.p === null || pt.ci === null ? null : Math.max(0, pt.p - pt.ci)));
  const top = Math.max(0, limit ?? 0, ...pts.map((pt) => pt.p ?? 0), ...upper.map((v) => v ?? 0));
  const y = scaleLinear()
    .domain([0, Math.min(1, top > 0 ? top * 1.1 : 1)])
    .nice(5);
  const tickFmt = options.formatValue ?? y.tickFormat(5, '%');

  const frame = chartFrame(options, {
    kind: spec.kind,
    widthPx: 640,
    heightPx: 360,
    marginPx: {
      top: 8 + fs * 2.4,
      right: 16,
      bottom: 48,
      left: verticalAxisWidthPx(y.ticks(5).map(tickFmt), fs, true),
    },
    legend: [
      { label: labels.curve, className: 'curve', swatch: lineSwatch(CURVE, { point: true }) },
      { label: labels.ci, className: 'ci', swatch: rectSwatch(CURVE, { opacity: 0.25 }) },
      ...(limit !== null
        ? [{ label: labels.limit, className: 'limit', swatch: lineSwatch(INK.rule, { dash: '6 3' }) }]
        : []),
      ...(needed !== null
        ? [{ label: labels.needed, className: 'needed', swatch: lineSwatch(NEEDED, { widthPx: 2 }) }]
        : []),
      ...(today !== null
        ? [{ label: labels.today, className: 'today', swatch: lineSwatch(TODAY, { dash: '2 3', widthPx: 2 }) }]
        : []),
    ],
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  x.range([0, W]);
  y.range([H, 0]);
  const cx = (i: number) => x(pts[i].capacity);
  const step = pts.length > 1 ? Math.abs(x(pts[1].capacity) - x(pts[0].capacity)) : W / 4;

  const points = pts.flatMap((pt, i) =>
    pt.p === null
      ? []
      : [
          h('circle', {
            class: 'point curve',
            cx: cx(i),
            cy: y(pt.p),
            r: 3.5,
            fill: CURVE,
            stroke: INK.paper,
            'data-tip': tipText(fmtX(pt.capacity), `${meanPlusMinus(pt.p, pt.ci, fmt)}${unit}`),
          }),
        ],
  );
  const pAt = (c: number | null) => (c === null ? null : (pts.find((pt) => pt.capacity === c)?.p ?? null));
  const marker = (
    c: number | null,
    cls: string,
    name: string,
    colour: string,
    dash: string | undefined,
    row: number,
  ): SvgNode | null => {
    if (c === null) return null;
    const p = pAt(c);
    const text = `${name} ${fmtX(c)}`;
    const tip = p === null ? text : tipText(text, `${fmt(p)}${unit}`);
    return h(
      'g',
      { class: `marker ${cls}` },
      vRuleMarks(x(c), -fs * (row + 0.6), H, cls, tip, { stroke: colour, 'stroke-width': 2, 'stroke-dasharray': dash }),
      p !== null &&
        h('path', {
          class: `point ${cls}`,
          d: diamond(x(c), y(p), 6),
          fill: colour,
          stroke: INK.paper,
          'data-tip': tip,
        }),
      h(
        'text',
        {
          x: x(c),
          y: -fs * (row + 0.9),
          'text-anchor': x(c) > W * 0.8 ? 'end' : 'start',
          fill: colour,
          dx: x(c) > W * 0.8 ? -4 : 4,
        },
        text,
      ),
    );
  };
  const limitText = limit === null ? '' : `${labels.limit} ${fmt(limit)}${unit}`;
  const capacities = new Set(pts.map((pt) => pt.capacity));
  const plot = [
    linearAxis(y, {
      orient: 'left',
      title: labels.y,
      gridLengthPx: W,
      fontSizePx: fs,
      tickCount: 5,
      tickFormat: tickFmt,
    }),
    linearAxis(x, {
      orient: 'bottom',
      offsetPx: H,
      title: labels.x,
      fontSizePx: fs,
      integerTicks: true,
      tickValues: capacities.size <= 16 ? [...capacities] : undefined,
      tickFormat: options.formatX ?? format('d'),
    }),
    h(
      'g',
      { class: 'series ci' },
      bandPaths(lower, upper, cx, y, step / 4, {
        class: 'band ci',
        fill: CURVE,
        'fill-opacity': 0.25,
        'data-tip': labels.ci,
      }),
    ),
    limit !== null &&
      h(
        'g',
        {},
        ruleMarks(0, W, y(limit), 'limit', limitText, { 'stroke-dasharray': '6 3' }),
        h('text', { x: W - 4, y: y(limit) - 4, 'text-anchor': 'end' }, limitText),
      ),
    h(
      'g',
      { class: 'series curve' },
      linePaths(
        pts.map((pt) => pt.p),
        cx,
        y,
        { class: 'line curve', stroke: CURVE, 'stroke-width': 2, 'data-tip': labels.curve },
      ),
      points,
    ),
    marker(today, 'today', labels.today, TODAY, '2 3', 1),
    marker(needed, 'needed', labels.needed, NEEDED, undefined, 0),
  ];
  const markerOf = (c: number) =>
    [c === needed ? labels.needed : '', c === today ? labels.today : ''].filter(Boolean).join(', ');
  const table = {
    caption: options.title,
    header: [labels.x, labels.y, labels.ci, `${labels.needed} / ${labels.today}`],
    rows: pts.map((pt) => [
      fmtX(pt.capacity),
      orMissing(pt.p, fmt, options),
      orMissing(pt.ci, fmt, options),
      markerOf(pt.capacity),
    ]),
  };
  return { svg: chartRoot(frame, options, plot), table };
}

/** Diamond marker path of half-diagonal `r` centred on (x, y). */
function diamond(x: number, y: number, r: number): string {
  const n = (v: number) => Math.round(v * 100) / 100;
  return `M${n(x)},${n(y - r)}L${n(x + r)},${n(y)}L${n(x)},${n(y + r)}L${n(x - r)},${n(y)}Z`;
}
