/**
 * Staff required vs scheduled per interval as step lines, one panel per group (small multiples;
 * pass one group for one chart). Intervals where fewer are scheduled than required are filled
 * with a hatched gap between the two lines: the hatch, not only the colour, marks the shortfall.
 */
import { scaleBand, scaleLinear, type ScaleBand, type ScaleLinear } from 'd3';
import { bandAxis, linearAxis, verticalAxisWidthPx } from './axis.js';
import { chartFrame, chartRoot, ref } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { classToken, finiteOrNull, formatterOr, missing, orMissing, tipText, type NumberFormat } from './format.js';
import { lineSwatch, rectSwatch } from './legend.js';
import { INK, OKABE_ITO } from './palette.js';
import { definedRuns } from './pathData.js';
import { hatchPattern } from './patterns.js';
import { formatNumber as n, h, translate, type SvgNode } from './svgNode.js';

export interface StaffingGroup {
  /** Stable id, used in the group's class. */
  id: string;
  /** Panel title, e.g. the counter or department name. */
  label: string;
  /** Staff needed per interval, aligned with intervalLabels; null where closed or unknown. */
  requiredStaff: (number | null)[];
  /** Staff on the schedule per interval, aligned with intervalLabels. */
  scheduledStaff: (number | null)[];
}

export interface StaffingChartLabels {
  x: string;
  y: string;
  required: string;
  scheduled: string;
  shortfall: string;
  /** Header of the group column in the table. */
  group: string;
}

export interface StaffingChartData {
  /** Interval labels shared by every group, e.g. '08:30'. */
  intervalLabels: string[];
  /** One panel per group, top to bottom. */
  groups: StaffingGroup[];
  /** Same y scale in every panel (default true, so panels compare by eye). */
  sharedScale?: boolean;
  labels: StaffingChartLabels;
}

const REQUIRED = INK.rule;
const SCHEDULED = OKABE_ITO.blue;
const SHORT = OKABE_ITO.vermillion;

export function staffingChart(data: StaffingChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.1~f');
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { intervalLabels, labels } = data;
  const groups = data.groups.map((g) => ({
    ...g,
    req: intervalLabels.map((_, i) => finiteOrNull(g.requiredStaff[i])),
    sch: intervalLabels.map((_, i) => finiteOrNull(g.scheduledStaff[i])),
  }));
  const peak = (g: (typeof groups)[number]) => Math.max(0, ...[...g.req, ...g.sch].map((v) => v ?? 0));
  const allPeak = Math.max(0, ...groups.map(peak));
  const yFor = (top: number) =>
    scaleLinear()
      .domain([0, Math.max(1, top * 1.1)])
      .nice(4);
  const tickLabels = groups.flatMap((g) =>
    yFor(data.sharedScale === false ? peak(g) : allPeak)
      .ticks(4)
      .map(options.formatValue ?? String),
  );

  const titleRowPx = Math.round(fs * 1.8);
  const gapPx = Math.round(fs * 1.2);
  const nPanels = Math.max(1, groups.length);
  const panelDefaultPx = nPanels === 1 ? 240 : 130;
  const frame = chartFrame(options, {
    kind: 'staffing',
    widthPx: 720,
    innerHeightPx: nPanels * (panelDefaultPx + titleRowPx) + (nPanels - 1) * gapPx,
    marginPx: { top: 4, right: 16, bottom: 48, left: verticalAxisWidthPx(tickLabels, fs, true) },
    legend: [
      { label: labels.required, className: 'required', swatch: lineSwatch(REQUIRED, { dash: '5 3' }) },
      { label: labels.scheduled, className: 'scheduled', swatch: lineSwatch(SCHEDULED, { widthPx: 2.5 }) },
      {
        label: labels.shortfall,
        className: 'shortfall',
        swatch: rectSwatch(`url(#${options.id}-short)`, { stroke: SHORT }),
      },
    ],
  });
  const W = frame.innerWidthPx;
  const panelH = Math.max(30, (frame.innerHeightPx - (nPanels - 1) * gapPx) / nPanels - titleRowPx);
  const x = scaleBand<string>()
    .domain(intervalLabels.map((_, i) => String(i)))
    .range([0, W]);
  const hatchId = ref(frame, 'short');

  const panels = groups.map((g, k) => {
    const y = yFor(data.sharedScale === false ? peak(g) : allPeak).range([panelH, 0]);
    const last = k === groups.length - 1;
    const body = panel(g, {
      x,
      y,
      W,
      panelH,
      fmt,
      unit,
      labels,
      intervalLabels,
      hatchId,
      missingText: missing(options),
      fs,
      last,
    });
    const top = k * (panelH + titleRowPx + gapPx);
    return h(
      'g',
      { class: `panel group-${classToken(g.id)}`, transform: translate(0, top) },
      h('text', { class: 'panel-title', x: 0, y: fs, 'font-weight': 'bold' }, g.label),
      h('g', { transform: translate(0, titleRowPx) }, body),
    );
  });
  const table = {
    caption: options.title,
    header: [labels.group, labels.x, labels.required, labels.scheduled, labels.shortfall],
    rows: groups.flatMap((g) =>
      intervalLabels.map((label, i) => {
        const r = g.req[i];
        const s = g.sch[i];
        const short = r !== null && s !== null ? Math.max(0, r - s) : null;
        return [g.label, label, orMissing(r, fmt, options), orMissing(s, fmt, options), orMissing(short, fmt, options)];
      }),
    ),
  };
  const defs = [hatchPattern(hatchId, SHORT, '#fbe3d4')];
  return { svg: chartRoot(frame, options, panels, defs), table };
}

interface PanelCtx {
  x: ScaleBand<string>;
  y: ScaleLinear<number, number>;
  W: number;
  panelH: number;
  fmt: NumberFormat;
  unit: string;
  labels: StaffingChartLabels;
  intervalLabels: string[];
  hatchId: string;
  missingText: string;
  fs: number;
  last: boolean;
}

function panel(g: { id: string; req: (number | null)[]; sch: (number | null)[] }, c: PanelCtx): SvgNode[] {
  const { x, y, fmt, unit, labels } = c;
  const x0 = (i: number) => x(String(i)) ?? 0;
  const x1 = (i: number) => x0(i) + x.bandwidth();
  const orText = (v: number | null) => (v === null ? c.missingText : `${fmt(v)}${unit}`);
  const hits: SvgNode[] = [];
  const gaps: SvgNode[] = [];
  c.intervalLabels.forEach((label, i) => {
    const r = g.req[i];
    const s = g.sch[i];
    if (r === null && s === null) return;
    const body = `${labels.required} ${orText(r)}, ${labels.scheduled} ${orText(s)}`;
    if (r !== null && s !== null && s < r) {
      const tip = tipText(label, `${body} (${labels.shortfall} ${fmt(r - s)}${unit})`);
      gaps.push(
        h('rect', {
          class: 'shortfall',
          x: x0(i),
          y: y(r),
          width: x.bandwidth(),
          height: y(s) - y(r),
          fill: `url(#${c.hatchId})`,
          stroke: SHORT,
          'stroke-width': 1,
          'data-tip': tip,
        }),
      );
    }
    // An invisible column per interval so the whole interval answers the pointer.
    hits.push(
      h('rect', {
        class: 'hit interval',
        x: x0(i),
        y: 0,
        width: x.bandwidth(),
        height: c.panelH,
        fill: INK.paper,
        'fill-opacity': 0,
        'data-tip': tipText(label, body),
      }),
    );
  });
  const step = (values: (number | null)[], cls: string, attrs: Record<string, string | number>) =>
    definedRuns(values.length, (i) => values[i] !== null).map((run) => {
      const d = run.map((i, k) => `${k === 0 ? `M${n(x0(i))},` : `V`}${n(y(values[i] ?? 0))}H${n(x1(i))}`).join('');
      return h('path', { class: `line ${cls}`, d, fill: 'none', ...attrs });
    });
  return [
    linearAxis(y, {
      orient: 'left',
      title: c.last ? labels.y : undefined,
      gridLengthPx: c.W,
      fontSizePx: c.fs,
      tickCount: 4,
      integerTicks: true,
      tickFormat: fmt,
    }),
    bandAxis(x, {
      orient: 'bottom',
      offsetPx: c.panelH,
      title: c.last ? labels.x : undefined,
      fontSizePx: c.fs,
      tickFormat: (_, i) => (c.last ? c.intervalLabels[i] : ''),
    }),
    h('g', { class: 'hits' }, hits),
    h('g', { class: 'series shortfall' }, gaps),
    h(
      'g',
      { class: 'series required' },
      step(g.req, 'required', { stroke: REQUIRED, 'stroke-width': 1.5, 'stroke-dasharray': '5 3' }),
    ),
    h('g', { class: 'series scheduled' }, step(g.sch, 'scheduled', { stroke: SCHEDULED, 'stroke-width': 2.5 })),
  ];
}
