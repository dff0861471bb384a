/**
 * A forest plot of variant-vs-baseline differences: per KPI (rows) and variant (series) the mean
 * paired difference with its 95 % CI as a whisker, a zero line, and optionally the unpaired CI
 * drawn lighter underneath, to show how much common random numbers narrowed the interval.
 */
import { scaleLinear, type ScaleLinear } from 'd3';
import { linearAxis } from './axis.js';
import { chartFrame, chartRoot } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { classToken, formatterOr, missing, tipText, type NumberFormat } from './format.js';
import { lineSwatch, type LegendItem } from './legend.js';
import { INK, categoryColour } from './palette.js';
import { formatNumber as n, h, translate, type SvgNode } from './svgNode.js';
import { textWidthPx } from './textWidth.js';

export interface ComparisonKpi {
  id: string;
  label: string;
  /** Appended to this KPI's values in tooltips and the table, e.g. ' 分'; default options.unitSuffix. */
  unitSuffix?: string;
}

export interface ComparisonVariant {
  id: string;
  label: string;
}

export interface PairedDifference {
  kpiId: string;
  variantId: string;
  /** Mean over replications of (variant − baseline), in the KPI's unit. */
  meanDiff: number;
  /** 95 % CI [low, high] of the paired mean difference. */
  ci95Paired: [number, number];
  /** 95 % CI of the same difference treating the runs as independent; null or absent: not drawn. */
  ci95Unpaired?: [number, number] | null;
}

export interface ComparisonChartLabels {
  /** x-axis title, e.g. '基準との差'. */
  x: string;
  /** Table headers. */
  kpi: string;
  variant: string;
  meanDiff: string;
  /** Legend and table names of the two intervals. */
  paired: string;
  unpaired: string;
}

export interface ComparisonChartData {
  /** Rows, top to bottom. */
  kpis: ComparisonKpi[];
  /** Series within each row, top to bottom. */
  variants: ComparisonVariant[];
  differences: PairedDifference[];
  /**
   * 'shared' (default): one x axis, for differences in one unit (e.g. % of baseline);
   * 'perKpi': each row its own x scale and axis, for KPIs in different units.
   */
  xScale?: 'shared' | 'perKpi';
  labels: ComparisonChartLabels;
}

const SUB_ROW_PX = 22;
const ROW_PAD_PX = 8;

type Diff = PairedDifference & { ok: boolean };

export function comparisonChart(data: ComparisonChartData, options: ChartOptions): Chart {
  const fmt = formatterOr(options.formatValue, '.3~r');
  const fs = options.fontSizePx ?? 12;
  const { kpis, variants, labels } = data;
  const perKpi = data.xScale === 'perKpi';
  const finite = (v: number) => Number.isFinite(v);
  const diffs: Diff[] = data.differences.map((d) => ({
    ...d,
    ok: finite(d.meanDiff) && finite(d.ci95Paired[0]) && finite(d.ci95Paired[1]),
  }));
  const find = (k: string, v: string) => diffs.find((d) => d.kpiId === k && d.variantId === v && d.ok);
  const unpairedOf = (d: Diff) =>
    d.ci95Unpaired && finite(d.ci95Unpaired[0]) && finite(d.ci95Unpaired[1]) ? d.ci95Unpaired : null;
  const hasUnpaired = diffs.some((d) => d.ok && unpairedOf(d) !== null);
  const extent = (ds: Diff[]): [number, number] => {
    const vs = ds.filter((d) => d.ok).flatMap((d) => [d.meanDiff, ...d.ci95Paired, ...(unpairedOf(d) ?? [])]);
    return [Math.min(0, ...vs), Math.max(0, ...vs)];
  };
  const scaleFor = (ds: Diff[]) => {
    const [a, b] = extent(ds);
    const pad = (b - a || 1) * 0.05;
    return scaleLinear()
      .domain([a - pad, b + pad])
      .nice(5);
  };

  const labelW = Math.max(40, ...kpis.map((k) => textWidthPx(k.label, fs))) + 12;
  const axisRowPx = perKpi ? Math.round(fs * 2.2) : 0;
  const rowH = variants.length * SUB_ROW_PX + 2 * ROW_PAD_PX;
  const legendItems: LegendItem[] = [
    ...variants.map((v, j) => ({
      label: v.label,
      className: `variant-${classToken(v.id)}`,
      swatch: lineSwatch(categoryColour(j), { point: true }),
    })),
    { label: labels.paired, className: 'paired', swatch: lineSwatch(INK.rule, { widthPx: 2 }) },
    ...(hasUnpaired
      ? [
          {
            label: labels.unpaired,
            className: 'unpaired',
            swatch: lineSwatch(INK.rule, { widthPx: 1.5, opacity: 0.4 }),
          },
        ]
      : []),
  ];
  const frame = chartFrame(options, {
    kind: 'comparison',
    widthPx: 720,
    innerHeightPx: kpis.length * (rowH + axisRowPx),
    marginPx: { top: 8, right: 20, bottom: perKpi ? 12 : 48, left: labelW },
    legend: legendItems,
  });
  const W = frame.innerWidthPx;
  const shared = scaleFor(diffs).range([0, W]);

  const rows = kpis.map((kpi, k) => {
    const x = perKpi ? scaleFor(diffs.filter((d) => d.kpiId === kpi.id)).range([0, W]) : shared;
    const top = k * (rowH + axisRowPx);
    const unit = kpi.unitSuffix ?? options.unitSuffix ?? '';
    const marks = variants.flatMap((v, j) => {
      const d = find(kpi.id, v.id);
      return d
        ? whiskers(
            d,
            x,
            ROW_PAD_PX + (j + 0.5) * SUB_ROW_PX,
            categoryColour(j),
            `${kpi.label} · ${v.label}`,
            unit,
            fmt,
            labels,
            v.id,
          )
        : [];
    });
    return h(
      'g',
      { class: `row kpi-${classToken(kpi.id)}`, transform: translate(0, top) },
      h('text', { class: 'row-label', x: -8, y: rowH / 2 + fs * 0.35, 'text-anchor': 'end' }, kpi.label),
      h('line', { class: 'zero', x1: x(0), x2: x(0), y1: 0, y2: rowH, stroke: INK.rule, 'stroke-dasharray': '4 3' }),
      marks,
      perKpi &&
        linearAxis(x, {
          orient: 'bottom',
          offsetPx: rowH,
          fontSizePx: fs * 0.9,
          tickCount: 5,
          tickFormat: options.formatValue,
        }),
    );
  });
  const H = frame.innerHeightPx;
  // Every other row shaded to guide the eye from label to whisker; drawn first, under the grid.
  const bands = kpis.map(
    (_, k) =>
      k % 2 === 0 &&
      h('rect', {
        class: 'row-band',
        x: -labelW,
        y: k * (rowH + axisRowPx),
        width: W + labelW,
        height: rowH,
        fill: '#f5f5f5',
      }),
  );
  const plot = [
    h('g', { class: 'row-bands' }, bands),
    !perKpi &&
      linearAxis(shared, {
        orient: 'bottom',
        offsetPx: H,
        title: labels.x,
        gridLengthPx: H,
        fontSizePx: fs,
        tickFormat: options.formatValue,
      }),
    rows,
  ];
  const range = (r: [number, number] | null) => (r ? `[${fmt(r[0])}, ${fmt(r[1])}]` : missing(options));
  const table = {
    caption: options.title,
    header: [labels.kpi, labels.variant, labels.meanDiff, labels.paired, ...(hasUnpaired ? [labels.unpaired] : [])],
    rows: kpis.flatMap((kpi) =>
      variants.map((v) => {
        const d = find(kpi.id, v.id);
        const unit = kpi.unitSuffix ?? options.unitSuffix ?? '';
        return [
          kpi.label,
          v.label,
          d ? `${fmt(d.meanDiff)}${unit}` : missing(options),
          d ? range(d.ci95Paired) : missing(options),
          ...(hasUnpaired ? [d ? range(unpairedOf(d)) : missing(options)] : []),
        ];
      }),
    ),
  };
  return { svg: chartRoot(frame, options, plot), table };
}

function whiskers(
  d: Diff,
  x: ScaleLinear<number, number>,
  yPx: number,
  colour: string,
  head: string,
  unit: string,
  fmt: NumberFormat,
  labels: ComparisonChartLabels,
  variantId: string,
): SvgNode[] {
  const cls = `variant-${classToken(variantId)}`;
  const bar = (lo: number, hi: number, y: number, cap: number) =>
    `M${n(x(lo))},${n(y)}H${n(x(hi))}M${n(x(lo))},${n(y - cap)}V${n(y + cap)}M${n(x(hi))},${n(y - cap)}V${n(y + cap)}`;
  const [lo, hi] = d.ci95Paired;
  const tip = tipText(head, `${fmt(d.meanDiff)}${unit} [${fmt(lo)}, ${fmt(hi)}]`);
  const out: SvgNode[] = [];
  const un =
    d.ci95Unpaired && Number.isFinite(d.ci95Unpaired[0]) && Number.isFinite(d.ci95Unpaired[1]) ? d.ci95Unpaired : null;
  if (un) {
    out.push(
      h('path', {
        class: `whisker unpaired ${cls}`,
        d: bar(un[0], un[1], yPx + 8, 3),
        stroke: colour,
        'stroke-opacity': 0.4,
        'stroke-width': 1.5,
        fill: 'none',
        'data-tip': tipText(head, `${labels.unpaired} [${fmt(un[0])}, ${fmt(un[1])}]${unit}`),
      }),
    );
  }
  out.push(
    h('path', {
      class: `whisker paired ${cls}`,
      d: bar(lo, hi, yPx, 5),
      stroke: colour,
      'stroke-width': 2,
      fill: 'none',
      'data-tip': tip,
    }),
    h('circle', {
      class: `point paired ${cls}`,
      cx: x(d.meanDiff),
      cy: yPx,
      r: 4,
      fill: colour,
      stroke: INK.paper,
      'data-tip': tip,
    }),
  );
  return out;
}
