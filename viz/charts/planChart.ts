/**
 * A floor plan coloured by a zone value: occupancy on a sequential scale, or m² surplus/deficit
 * on a diverging scale centred on 0. Levels side by side at one scale, equal metres per pixel in
 * x and y (y flipped: plan y runs north, SVG y runs down), zone labels, walking routes, a scale
 * bar of a round length, a north arrow and a colour legend.
 */
import { format } from 'd3';
import { chartFrame, chartRoot, ref } from './chartFrame.js';
import type { Chart, ChartOptions } from './chartTypes.js';
import { colorLegend } from './colorLegend.js';
import { classToken, finiteOrNull, formatterOr, orMissing, tipText } from './format.js';
import { lineSwatch, type LegendItem } from './legend.js';
import {
  INK,
  categoryColour,
  divergingScale,
  hex,
  sequentialScale,
  type DivergingScheme,
  type SequentialScheme,
} from './palette.js';
import { polylineD, ringsD, type PointPx } from './pathData.js';
import { hatchPattern } from './patterns.js';
import { boundsM, polylineLengthM, roundLengthM, type XYM } from './planGeometry.js';
import { northArrow } from './northArrow.js';
import { planZoneLabel } from './planZoneLabel.js';
import { scaleBar } from './scaleBar.js';
import { h, translate } from './svgNode.js';
import { linearTicks } from './ticks.js';

export interface PlanZoneDatum {
  id: string;
  label: string;
  level: number;
  /** Outline then holes, in local metres (x east, y north); rings need not repeat the first point. */
  rings: [number, number][][];
  /**
   * The value that fills the zone, in the unit the caller names in labels.value (people for
   * occupancy, m² for surplus/deficit): one plan drawing serves several zone KPIs. null: no data.
   */
  value: number | null;
}

export interface PlanRoute {
  id: string;
  label: string;
  /** Polyline in local metres. */
  points: [number, number][];
  level: number;
}

export interface PlanLevelDatum {
  level: number;
  /** Panel title, e.g. '1階'. */
  label: string;
}

export interface PlanChartLabels {
  /** Colour legend title and table header of the value, with its unit, e.g. '平均在室人数 (人)'. */
  value: string;
  /** Table headers. */
  zone: string;
  level: string;
  /** Letter at the north arrow, e.g. 'N' or '北'. */
  north: string;
  /** Legend name for zones without a value. */
  noData: string;
}

export interface PlanChartData {
  /** sequential: occupancy-like values from 0; diverging: signed values centred on 0 (surplus > 0). */
  mode: 'sequential' | 'diverging';
  zones: PlanZoneDatum[];
  routes?: PlanRoute[];
  /** Levels to draw, left to right; default every level that has a zone, ascending, titled by number. */
  levels?: PlanLevelDatum[];
  /** Rotation of north on the drawing, degrees clockwise from up (default 0: north is up). */
  northDeg?: number;
  /** Fixed colour domain (sequential [min, max]; diverging uses the larger |end|); default from the values. */
  valueDomain?: [number, number];
  sequentialScheme?: SequentialScheme;
  divergingScheme?: DivergingScheme;
  labels: PlanChartLabels;
}

const GAP_PX = 24;
const FOOTER_PX = 64;
const NO_DATA_FILL = '#f0f0f0';

export function planChart(data: PlanChartData, options: ChartOptions): Chart {
  const diverging = data.mode === 'diverging';
  const fmt = options.formatValue ?? (diverging ? signedFormat : formatterOr(undefined, '.1~f'));
  const unit = options.unitSuffix ?? '';
  const fs = options.fontSizePx ?? 12;
  const { labels } = data;
  const levels =
    data.levels ??
    [...new Set(data.zones.map((z) => z.level))]
      .sort((a, b) => a - b)
      .map((level) => ({ level, label: String(level) }));
  const drawn = new Set(levels.map((l) => l.level));
  const zones = data.zones.filter((z) => drawn.has(z.level));
  const routes = (data.routes ?? []).filter((r) => drawn.has(r.level) && r.points.length >= 2);
  const box = boundsM([...zones.flatMap((z) => z.rings.flat()), ...routes.flatMap((r) => r.points)]);
  const bwM = box.maxXM - box.minXM;
  const bhM = box.maxYM - box.minYM;
  const nPanels = Math.max(1, levels.length);
  const margin = { top: 4, right: 12, bottom: 8, left: 12 };
  const titleRow = Math.round(fs * 1.8);
  const widthPx = options.widthPx ?? 900;
  const panelW0 = (widthPx - margin.left - margin.right - (nPanels - 1) * GAP_PX) / nPanels;
  // A route that crosses levels comes as one polyline per level under one id: one colour, one legend entry.
  const routeIds = [...new Set(routes.map((r) => r.id))];
  const colourOf = (id: string) => categoryColour(routeIds.indexOf(id));
  const routeItems: LegendItem[] = routeIds.map((id) => ({
    label: routes.find((r) => r.id === id)?.label ?? id,
    className: `route route-${classToken(id)}`,
    swatch: lineSwatch(colourOf(id), { widthPx: 2.5 }),
  }));
  const frame = chartFrame(options, {
    kind: 'plan',
    widthPx,
    innerHeightPx: titleRow + bhM * (panelW0 / bwM) + FOOTER_PX,
    marginPx: margin,
    legend: routeItems,
  });
  const W = frame.innerWidthPx;
  const panelW = (W - (nPanels - 1) * GAP_PX) / nPanels;
  // One scale for x and y and for every level; the caller's height may make it smaller.
  const pxPerM = Math.max(1e-6, Math.min(panelW / bwM, (frame.innerHeightPx - titleRow - FOOTER_PX) / bhM));
  const mapW = bwM * pxPerM;
  const mapH = bhM * pxPerM;
  const project = (dx: number, [x, y]: XYM): PointPx => [
    dx + (x - box.minXM) * pxPerM,
    titleRow + (box.maxYM - y) * pxPerM,
  ];

  const values = zones.map((z) => finiteOrNull(z.value)).filter((v): v is number => v !== null);
  const [d0, d1] = data.valueDomain ?? [Math.min(0, ...values), Math.max(0, ...values)];
  const maxAbs = Math.max(Math.abs(d0), Math.abs(d1));
  const colour = diverging
    ? divergingScale(maxAbs, data.divergingScheme)
    : sequentialScale([d0, d1], data.sequentialScheme);
  const legendDomain: [number, number] = diverging ? [-(maxAbs || 1), maxAbs || 1] : [d0, d1 > d0 ? d1 : d0 + 1];
  const noDataId = ref(frame, 'no-data');
  const hasNoData = zones.some((z) => finiteOrNull(z.value) === null);

  const panels = levels.map((lv, k) => {
    const dx = k * (panelW + GAP_PX) + (panelW - mapW) / 2;
    const at = (p: XYM) => project(dx, p);
    const levelZones = zones.filter((z) => z.level === lv.level);
    const shapes = levelZones.map((z) => {
      const v = finiteOrNull(z.value);
      return h('path', {
        class: `zone zone-${classToken(z.id)}`,
        'data-id': z.id,
        d: ringsD(z.rings.map((r) => r.map(at))),
        'fill-rule': 'evenodd',
        fill: v === null ? `url(#${noDataId})` : hex(colour(v)),
        stroke: '#444444',
        'stroke-width': 0.8,
        'data-tip': tipText(z.label, v === null ? labels.noData : `${fmt(v)}${unit}`),
      });
    });
    const zoneLabels = levelZones.map((z) => planZoneLabel(z, at, pxPerM, fs, fmt, v2fill(z.value, colour)));
    const levelRoutes = routes
      .map((r, i) => ({ r, i }))
      .filter(({ r }) => r.level === lv.level)
      .map(({ r, i }) => {
        const d = polylineD(r.points.map(at));
        const tip = tipText(r.label, `${formatterOr(undefined, '.1f')(polylineLengthM(r.points))} m`);
        return h(
          'g',
          { class: `route route-${classToken(r.id)}` },
          h('path', {
            d,
            fill: 'none',
            stroke: INK.paper,
            'stroke-width': 5,
            'stroke-linejoin': 'round',
            'pointer-events': 'none',
          }),
          h('path', {
            class: 'route-line',
            d,
            fill: 'none',
            stroke: colourOf(r.id),
            'stroke-width': 2.5,
            'stroke-linejoin': 'round',
            'marker-end': `url(#${ref(frame, `arrow-${i}`)})`,
            'data-tip': tip,
          }),
        );
      });
    return h(
      'g',
      { class: 'level', 'data-level': lv.level },
      h('text', { class: 'level-title', x: dx, y: fs * 1.1, 'font-weight': 'bold' }, lv.label),
      h('g', { class: 'zones' }, shapes),
      h('g', { class: 'routes' }, levelRoutes),
      h('g', { class: 'zone-labels', 'pointer-events': 'none' }, zoneLabels),
    );
  });

  const footerY = titleRow + mapH + 14;
  const lengthM = roundLengthM((Math.min(panelW, W / 3) * 0.4) / pxPerM);
  const legendW = Math.min(300, W * 0.5);
  const ramp = colorLegend({
    gradientId: ref(frame, 'ramp'),
    colour: (v) => colour(v),
    domain: legendDomain,
    ticks: linearTicks(legendDomain, 5),
    format: fmt,
    title: labels.value,
    widthPx: legendW,
    fontSizePx: fs * 0.9,
    noData: hasNoData ? { label: labels.noData, fill: `url(#${noDataId})` } : undefined,
  });
  const footer = h(
    'g',
    { class: 'footer', transform: translate(0, footerY) },
    h('g', { transform: translate(fs * 0.8, 4) }, scaleBar(lengthM, pxPerM, fs * 0.9)),
    h(
      'g',
      { transform: translate(lengthM * pxPerM + fs * 4, 20) },
      northArrow(data.northDeg ?? 0, labels.north, 14, fs),
    ),
    h('g', { transform: translate(W - legendW, 0) }, ramp.node),
  );
  const markers = routes.map((_, i) =>
    h(
      'marker',
      {
        id: ref(frame, `arrow-${i}`),
        viewBox: '0 0 10 10',
        refX: 6,
        refY: 5,
        markerWidth: 4,
        markerHeight: 4,
        orient: 'auto',
      },
      h('path', { d: 'M0,0L10,5L0,10Z', fill: colourOf(routes[i].id) }),
    ),
  );
  const defs = [hatchPattern(noDataId, '#bdbdbd', NO_DATA_FILL), ramp.gradient, ...markers];
  const levelName = new Map(levels.map((l) => [l.level, l.label]));
  const table = {
    caption: options.title,
    header: [labels.level, labels.zone, labels.value],
    rows: levels.flatMap((lv) =>
      zones
        .filter((z) => z.level === lv.level)
        .map((z) => [
          levelName.get(z.level) ?? String(z.level),
          z.label,
          orMissing(finiteOrNull(z.value), fmt, options),
        ]),
    ),
  };
  return { svg: chartRoot(frame, options, [panels, footer], defs), table };
}

// Surplus and deficit read by their sign; zero stays unsigned.
const plusMinus = format('+.1~f');
const signedFormat = (v: number) => (Math.abs(v) < 0.05 ? '0' : plusMinus(v));

const v2fill = (v: number | null, colour: (v: number) => string) => {
  const f = finiteOrNull(v);
  return f === null ? NO_DATA_FILL : hex(colour(f));
};
