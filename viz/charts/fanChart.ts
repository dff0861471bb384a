/**
 * Waiting time by hour of arrival as a fan: the 90 % and 50 % bands of the per-replication
 * quantiles and the median line with points, optionally against a target wait.
 */
import { scaleBand, scaleLinear } from 'd3';
import { bandAxis, linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { formatterOr, missing, tipText } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import { bandPaths, linePaths, ruleMarks } from './seriesMarks.js';
import { h } from './svgNode.js';

/** Quantiles across replications of the wait (min) of visitors arriving in one hour. */
export interface WaitQuantilesMin {
  p05: number;
  p25: number;
  p50: number;
  p75: number;
  p95: number;
}

export interface FanHour {
  /** x-axis label of the hour, e.g. '10:00'. */
  label: string;
  /** null when no visitor arrived in this hour in any replication. */
  waitMin: WaitQuantilesMin | null;
}

export interface FanChartLabels {
  /** Axis titles. */
  x: string;
  y: string;
  /** Series names (legend, tooltips). */
  band90: string;
  band50: string;
  median: string;
  /** Name of the target rule; needed when targetWaitMin is given. */
  target?: string;
}

export interface FanChartData {
  /** Hours in order of the day. */
  hours: FanHour[];
  /** Target wait (min) drawn as a dashed rule, e.g. 30. */
  targetWaitMin?: number | null;
  labels: FanChartLabels;
}

const QUANTILES = ['p05', 'p25', 'p50', 'p75', 'p95'] as const;
const COLOUR = OKABE_ITO.blue;

export function fanChart(data: FanChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1f');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { hours, labels } = data;
  const q = hours.map((hr) =>
    hr.waitMin && QUANTILES.every((k) => Number.isFinite(hr.waitMin?.[k])) ? hr.waitMin : null,
  );
  const target = data.targetWaitMin ?? null;
  const hasTarget = target !== null && Number.isFinite(target);
  const yMax = Math.max(0, ...q.map((v) => (v ? v.p95 : 0)), hasTarget ? target : 0);
  const y = scaleLinear()
    .domain([0, yMax > 0 ? yMax * 1.05 : 1])
    .nice();
  const yTicks = y.ticks(6).map(options.formatValue ?? y.tickFormat(6));

  const frame = chartFrame(options, {
    kind: 'fan',
    widthPx: 720,
    heightPx: 380,
    marginPx: { top: 8, right: 16, bottom: 48, left: verticalAxisWidthPx(yTicks, fs, true) },
    legend: [
      { label: labels.band90, className: 'band90', swatch: rectSwatch(COLOUR, { opacity: 0.2 }) },
      { label: labels.band50, className: 'band50', swatch: rectSwatch(COLOUR, { opacity: 0.45 }) },
      { label: labels.median, className: 'median', swatch: lineSwatch(COLOUR, { point: true }) },
      ...(hasTarget
        ? [{ label: labels.target ?? '', className: 'target', swatch: lineSwatch(INK.rule, { dash: '6 3' }) }]
        : []),
    ],
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  y.range([H, 0]);
  const x = scaleBand<string>()
    .domain(hours.map((_, i) => String(i)))
    .range([0, W])
    .padding(0.1);
  const cx = (i: number) => (x(String(i)) ?? 0) + x.bandwidth() / 2;

  const col = (k: keyof WaitQuantilesMin) => q.map((v) => (v ? v[k] : null));
  const lone = x.step() / 4;
  const band90 = bandPaths(col('p05'), col('p95'), cx, y, lone, {
    class: 'band band90',
    fill: COLOUR,
    'fill-opacity': 0.2,
    'data-tip': labels.band90,
  });
  const band50 = bandPaths(col('p25'), col('p75'), cx, y, lone, {
    class: 'band band50',
    fill: COLOUR,
    'fill-opacity': 0.45,
    'data-tip': labels.band50,
  });
  const medianLines = linePaths(col('p50'), cx, y, {
    class: 'line median',
    stroke: COLOUR,
    'stroke-width': 2,
    'data-tip': labels.median,
  });
  const points = hours.flatMap((hr, i) => {
    const v = q[i];
    if (!v) return [];
    const tip = tipText(
      hr.label,
      `${labels.median} ${fmt(v.p50)}${unit}; ${labels.band50} ${fmt(v.p25)}–${fmt(v.p75)}${unit}; ` +
        `${labels.band90} ${fmt(v.p05)}–${fmt(v.p95)}${unit}`,
    );
    return [
      h('circle', {
        class: 'point median',
        cx: cx(i),
        cy: y(v.p50),
        r: 3.5,
        fill: COLOUR,
        stroke: INK.paper,
        'data-tip': tip,
      }),
    ];
  });
  const targetText = `${labels.target ?? ''} ${fmt(target ?? 0)}${unit}`.trim();
  const targetRule =
    hasTarget &&
    h(
      'g',
      {},
      ruleMarks(0, W, y(target), 'target', targetText, { 'stroke-dasharray': '6 3' }),
      h('text', { x: W - 4, y: y(target) - 4, 'text-anchor': 'end' }, targetText),
    );

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
      tickFormat: (_, i) => hours[i].label,
    }),
    h('g', { class: 'series band90' }, band90),
    h('g', { class: 'series band50' }, band50),
    targetRule,
    h('g', { class: 'series median' }, medianLines, points),
  ];
  const table = {
    caption: options.title,
    header: [labels.x, ...QUANTILES],
    rows: hours.map((hr, i) => {
      const v = q[i];
      return [hr.label, ...QUANTILES.map((k) => (v ? fmt(v[k]) : missing(options)))];
    }),
  };
  return { svg: chartRoot(frame, options, plot), table };
}
