/**
 * Service level per interval (share of visitors served within the threshold, 0–1) as bars with
 * 95 % CI whiskers against a target rule. Bars under target are hatched and outlined, so they
 * stand out without relying on colour.
 */
import { format, scaleBand, scaleLinear } from 'd3';
import { bandAxis, linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot, ref } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { finiteOrNull, formatterOr, meanPlusMinus, orMissing, tipText } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import { hatchPattern } from './patterns.js';
import { ruleMarks } from './seriesMarks.js';
import { formatNumber as r, h } from './svgNode.js';

export interface ServiceLevelInterval {
  /** x-axis label, e.g. '10:00'. */
  label: string;
  /** Share of visitors served within the threshold (0–1), mean over replications; null: no visitors. */
  serviceLevel: number | null;
  /** Half-width of its 95 % confidence interval (same 0–1 units). */
  ci95: number | null;
}

export interface ServiceLevelChartLabels {
  x: string;
  y: string;
  /** Legend names of bars at or above target and under target. */
  met: string;
  below: string;
  target: string;
  /** Table header of the CI half-width column, e.g. '95 % CI (±)'. */
  ci: string;
}

export interface ServiceLevelChartData {
  intervals: ServiceLevelInterval[];
  /** Target service level (0–1), e.g. 0.8. */
  targetServiceLevel: number;
  labels: ServiceLevelChartLabels;
}

const MET = OKABE_ITO.blue;
const BELOW = OKABE_ITO.vermillion;

export function serviceLevelChart(data: ServiceLevelChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1%');
  const tickFmt = options.formatValue ?? format('.0%');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { intervals, labels } = data;
  const target = finiteOrNull(data.targetServiceLevel);
  const y = scaleLinear().domain([0, 1]);
  const hatchId = `${options.id}-below`;
  const frame = chartFrame(options, {
    kind: 'service-level',
    widthPx: 720,
    heightPx: 340,
    marginPx: { top: 8, right: 16, bottom: 48, left: verticalAxisWidthPx(y.ticks(5).map(tickFmt), fs, true) },
    legend: [
      { label: labels.met, className: 'met', swatch: rectSwatch(MET) },
      { label: labels.below, className: 'below', swatch: rectSwatch(`url(#${hatchId})`, { stroke: BELOW }) },
      { label: labels.target, className: 'target', swatch: lineSwatch(INK.rule, { dash: '6 3' }) },
    ],
  });
  const W = frame.innerWidthPx;
  const H = frame.innerHeightPx;
  y.range([H, 0]);
  const x = scaleBand<string>()
    .domain(intervals.map((_, i) => String(i)))
    .range([0, W])
    .padding(0.2);
  const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

  const bars = intervals.flatMap((iv, i) => {
    const sl = finiteOrNull(iv.serviceLevel);
    if (sl === null) return [];
    const ci = finiteOrNull(iv.ci95);
    const below = target !== null && sl < target;
    const x0 = x(String(i)) ?? 0;
    const bw = x.bandwidth();
    const tip = tipText(iv.label, `${meanPlusMinus(sl, ci, fmt)}${unit}`);
    const bar = h('rect', {
      class: below ? 'bar below' : 'bar met',
      x: x0,
      y: y(clamp01(sl)),
      width: bw,
      height: H - y(clamp01(sl)),
      fill: below ? `url(#${hatchId})` : MET,
      stroke: below ? BELOW : undefined,
      'stroke-width': below ? 1.5 : undefined,
      'data-tip': tip,
    });
    if (ci === null) return [bar];
    const [lo, hi] = [y(clamp01(sl - ci)), y(clamp01(sl + ci))];
    const mid = x0 + bw / 2;
    const cap = Math.min(6, bw / 3);
    const capD = (yPx: number) => `M${r(mid - cap)},${r(yPx)}H${r(mid + cap)}`;
    const whisker = h('path', {
      class: 'whisker',
      d: `M${r(mid)},${r(lo)}V${r(hi)}${capD(lo)}${capD(hi)}`,
      stroke: INK.rule,
      'stroke-width': 1.2,
      fill: 'none',
      'pointer-events': 'none',
    });
    return [bar, whisker];
  });
  const targetText = target === null ? '' : `${labels.target} ${fmt(target)}${unit}`;
  const plot = [
    linearAxis(y, {
      orient: 'left',
      title: labels.y,
      gridLengthPx: W,
      fontSizePx: fs,
      tickCount: 5,
      tickFormat: tickFmt,
    }),
    bandAxis(x, {
      orient: 'bottom',
      offsetPx: H,
      title: labels.x,
      fontSizePx: fs,
      tickFormat: (_, i) => intervals[i].label,
    }),
    h('g', { class: 'series bars' }, bars),
    target !== null &&
      h(
        'g',
        {},
        ruleMarks(0, W, y(target), 'target', targetText, { 'stroke-dasharray': '6 3' }),
        h('text', { x: W - 4, y: y(target) - 4, 'text-anchor': 'end' }, targetText),
      ),
  ];
  const table = {
    caption: options.title,
    header: [labels.x, labels.y, labels.ci],
    rows: intervals.map((iv) => [
      iv.label,
      orMissing(finiteOrNull(iv.serviceLevel), fmt, options),
      orMissing(finiteOrNull(iv.ci95), fmt, options),
    ]),
  };
  return { svg: chartRoot(frame, options, plot, [hatchPattern(ref(frame, 'below'), BELOW, '#fbe3d4')]), table };
}
