/**
 * People in the waiting area over the day: the mean across replications with its 95 % CI band,
 * the highest count seen, and optionally the seats the plan provides.
 */
import { scaleBand, scaleLinear } from 'd3';
import { bandAxis, linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { finiteOrNull, formatterOr, meanPlusMinus, orMissing, tipText } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import { bandPaths, linePaths, ruleMarks } from './seriesMarks.js';
import { h } from './svgNode.js';

export interface OccupancyInterval {
  /** x-axis label of the interval, e.g. '09:15'. */
  label: string;
  /** Mean over replications of the (time-average) number of people waiting; null: no data. */
  meanPeople: number | null;
  /** Half-width of the 95 % confidence interval of meanPeople. */
  ci95People: number | null;
  /** Highest number waiting seen in the interval in any replication. */
  maxPeople: number | null;
}

export interface OccupancyChartLabels {
  x: string;
  y: string;
  mean: string;
  ci: string;
  max: string;
  /** Name of the capacity rule; needed when capacityPeople is given. */
  capacity?: string;
}

export interface OccupancyChartData {
  /** Intervals in order of the day. */
  intervals: OccupancyInterval[];
  /** Seats in the waiting area of the plan, drawn as a rule. */
  capacityPeople?: number | null;
  labels: OccupancyChartLabels;
}

const MEAN = OKABE_ITO.blue;
const MAX = OKABE_ITO.vermillion;

export function occupancyChart(data: OccupancyChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1f');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { intervals, labels } = data;
  const mean = intervals.map((iv) => finiteOrNull(iv.meanPeople));
  const ci = intervals.map((iv, i) => (mean[i] === null ? null : finiteOrNull(iv.ci95People)));
  const max = intervals.map((iv) => finiteOrNull(iv.maxPeople));
  const lower = mean.map((m, i) => (m === null || ci[i] === null ? null : Math.max(0, m - (ci[i] ?? 0))));
  const upper = mean.map((m, i) => (m === null || ci[i] === null ? null : m + (ci[i] ?? 0)));
  const capacity = finiteOrNull(data.capacityPeople);
  const top = Math.max(0, ...[...upper, ...max, ...mean, capacity].map((v) => v ?? 0));
  const y = scaleLinear()
    .domain([0, top > 0 ? top * 1.05 : 1])
    .nice();
  const yTicks = y.ticks(6).map(options.formatValue ?? y.tickFormat(6));

  const frame = chartFrame(options, {
    kind: 'occupancy',
    widthPx: 720,
    heightPx: 360,
    marginPx: { top: 8, right: 16, bottom: 48, left: verticalAxisWidthPx(yTicks, fs, true) },
    legend: [
      { label: labels.mean, className: 'mean', swatch: lineSwatch(MEAN, { point: true }) },
      { label: labels.ci, className: 'ci', swatch: rectSwatch(MEAN, { opacity: 0.25 }) },
      { label: labels.max, className: 'max', swatch: lineSwatch(MAX, { dash: '4 2', widthPx: 1.5 }) },
      ...(capacity !== null
        ? [{ label: labels.capacity ?? '', className: 'capacity', swatch: lineSwatch(INK.rule, { dash: '8 3' }) }]
        : []),
    ],
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  y.range([H, 0]);
  const x = scaleBand<string>()
    .domain(intervals.map((_, i) => String(i)))
    .range([0, W]);
  const cx = (i: number) => (x(String(i)) ?? 0) + x.bandwidth() / 2;

  const meanPoints = intervals.flatMap((iv, i) => {
    const m = mean[i];
    if (m === null) return [];
    const tip = tipText(iv.label, `${meanPlusMinus(m, ci[i], fmt)}${unit}`);
    return [h('circle', { class: 'point mean', cx: cx(i), cy: y(m), r: 2.5, fill: MEAN, 'data-tip': tip })];
  });
  const maxPoints = intervals.flatMap((iv, i) => {
    const v = max[i];
    if (v === null) return [];
    const tip = tipText(iv.label, `${labels.max} ${fmt(v)}${unit}`);
    return [
      h('rect', { class: 'point max', x: cx(i) - 2, y: y(v) - 2, width: 4, height: 4, fill: MAX, 'data-tip': tip }),
    ];
  });
  const capacityText = `${labels.capacity ?? ''} ${fmt(capacity ?? 0)}${unit}`.trim();
  const plot = [
    linearAxis(y, {
      orient: 'left',
      title: labels.y,
      gridLengthPx: W,
      fontSizePx: fs,
      tickFormat: options.formatValue,
    }),
    bandAxis(x, {
      orient: 'bottom',
      offsetPx: H,
      title: labels.x,
      fontSizePx: fs,
      tickFormat: (_, i) => intervals[i].label,
    }),
    h(
      'g',
      { class: 'series ci' },
      bandPaths(lower, upper, cx, y, x.step() / 3, {
        class: 'band ci',
        fill: MEAN,
        'fill-opacity': 0.25,
        'data-tip': labels.ci,
      }),
    ),
    capacity !== null &&
      h(
        'g',
        {},
        ruleMarks(0, W, y(capacity), 'capacity', capacityText, { 'stroke-dasharray': '8 3' }),
        h('text', { x: W - 4, y: y(capacity) - 4, 'text-anchor': 'end' }, capacityText),
      ),
    h(
      'g',
      { class: 'series max' },
      linePaths(max, cx, y, {
        class: 'line max',
        stroke: MAX,
        'stroke-width': 1.5,
        'stroke-dasharray': '4 2',
        'data-tip': labels.max,
      }),
      maxPoints,
    ),
    h(
      'g',
      { class: 'series mean' },
      linePaths(mean, cx, y, { class: 'line mean', stroke: MEAN, 'stroke-width': 2, 'data-tip': labels.mean }),
      meanPoints,
    ),
  ];
  const table = {
    caption: options.title,
    header: [labels.x, labels.mean, labels.ci, labels.max],
    rows: intervals.map((iv, i) => [
      iv.label,
      orMissing(mean[i], fmt, options),
      orMissing(ci[i], fmt, options),
      orMissing(max[i], fmt, options),
    ]),
  };
  return { svg: chartRoot(frame, options, plot), table };
}
