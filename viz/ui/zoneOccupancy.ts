/**
 * The plan as a heatmap over the day: per plan zone a time series of occupancy on one scale (a
 * share), so the colour of a waiting area and of a counter read alike:
 * - waiting zones (the area check's "waiting seats" rows name them): people waiting per interval
 *   (`visitors.byInterval[].waitingPersonsMean`) ÷ the plan's waiting seats;
 * - counter zones: the counter utilization of the queues they serve, weighted by counters when
 *   several queues share a zone. A queue finds its zones through the plan department
 *   (`floorplan.departments` maps scenario ids to plan ids; identity by default) in
 *   `planDrawing.zones[].department` and the area check's "counter positions" rows; when neither
 *   knows it, through the zone its walking route from the entrance ends in.
 * Zones without a series stay grey (no data).
 */
import type { ScenarioRunPart } from '../../engine/results/index.js';
import type { ChartTable, PlanChartData, SvgNode } from '../charts/index.js';

export interface ZoneSeries {
  zoneId: string;
  kind: 'waiting' | 'counter';
  /** Occupancy per interval (share), null where undefined. */
  values: (number | null)[];
  /** Waiting zones: the people waiting per interval (the whole waiting area). */
  people?: (number | null)[];
  /** Waiting zones: the plan's waiting seats the share is taken of. */
  seats?: number;
}

type Drawing = NonNullable<ScenarioRunPart['planDrawing']>;
type XY = readonly [number, number];

/** Ray casting on the outer ring (holes are rare in zone outlines and never hold a route's end). */
export function pointInRing([x, y]: XY, ring: readonly XY[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

function routeEndZone(drawing: Drawing, place: string): string | undefined {
  const route = drawing.routes.find((r) => r.to === place && r.points.length > 0);
  const end = route?.points[route.points.length - 1];
  if (!end) return undefined;
  const [x, y, level] = end;
  const hits = drawing.zones.filter((z) => z.level === level && z.rings[0] && pointInRing([x, y], z.rings[0] as XY[]));
  return (hits.find((z) => z.kind === 'counter') ?? hits[0])?.id;
}

export function zoneSeries(run: ScenarioRunPart, departments: Readonly<Record<string, string>> = {}): ZoneSeries[] {
  const drawing = run.planDrawing;
  const v = run.visitors;
  if (!drawing || !v) return [];
  const out: ZoneSeries[] = [];
  const known = new Set(drawing.zones.map((z) => z.id));
  const waitingRows = (run.areaCheck ?? []).filter((r) => r.item === 'waiting seats');
  const seats = waitingRows.reduce((a, r) => a + r.planUnits, 0);
  const waitingZones = [...new Set(waitingRows.flatMap((r) => r.zoneIds))].filter((id) => known.has(id));
  if (seats > 0) {
    const people = v.byInterval.map((b) => b.waitingPersonsMean.mean);
    const values = people.map((p) => (p === null ? null : p / seats));
    for (const zoneId of waitingZones) out.push({ zoneId, kind: 'waiting', values, people, seats });
  }
  // Zone → the queues it serves, with their counters as weights.
  const served = new Map<string, { weight: number; series: (number | null)[] }[]>();
  for (const q of v.queues) {
    if (q.kind !== 'counter' && q.kind !== 'specialist') continue;
    const planDept = departments[q.id] ?? q.id;
    const byRow = (run.areaCheck ?? [])
      .filter((r) => r.item === 'counter positions' && r.scope === planDept)
      .flatMap((r) => r.zoneIds);
    const byDept = drawing.zones.filter((z) => z.kind === 'counter' && z.department === planDept).map((z) => z.id);
    let zones = [...new Set([...byRow, ...byDept])].filter((id) => known.has(id) && !waitingZones.includes(id));
    if (zones.length === 0) {
      const end = routeEndZone(drawing, `counter:${q.id}`);
      zones = end && !waitingZones.includes(end) ? [end] : [];
    }
    const series = q.byInterval.map((b) => b.counterUtilization.mean);
    for (const z of zones) served.set(z, [...(served.get(z) ?? []), { weight: Math.max(1, q.counters ?? 1), series }]);
  }
  for (const [zoneId, list] of served) {
    const n = Math.max(...list.map((l) => l.series.length));
    const values = Array.from({ length: n }, (_, k) => {
      let sum = 0;
      let weight = 0;
      for (const l of list) {
        const x = l.series[k];
        if (x === null || x === undefined) continue;
        sum += l.weight * x;
        weight += l.weight;
      }
      return weight > 0 ? sum / weight : null;
    });
    out.push({ zoneId, kind: 'counter', values });
  }
  return out;
}

/** The colour domain for the whole day, so a colour means the same share at every time. */
export function occupancyDomain(series: readonly ZoneSeries[]): [number, number] {
  const max = Math.max(1, ...series.flatMap((s) => s.values.filter((x): x is number => x !== null)));
  return [0, max];
}

/** The interval index a slider time falls in (`minutesFromOpen` in 15-minute steps; intervals may be longer). */
export function intervalAt(minutesFromOpen: number, intervalMin: number, intervals: number): number {
  return Math.max(0, Math.min(intervals - 1, Math.floor(minutesFromOpen / intervalMin)));
}

/** Minutes from opening to the start of the last interval: the slider's range. */
export function sliderMaxMin(intervals: number, intervalMin: number): number {
  return Math.max(0, intervals - 1) * intervalMin;
}

export interface HeatmapWords {
  value: string;
  noData: string;
  waitingTip: (zone: string, people: string, share: string) => string;
  counterTip: (zone: string, share: string) => string;
}

/** The plan chart's data at interval `k`: `base` gives outlines, routes and levels (viz/report/chartData planData). */
export function heatmapData(
  base: PlanChartData,
  series: readonly ZoneSeries[],
  k: number,
  domain: [number, number],
  words: HeatmapWords,
): PlanChartData {
  const at = new Map(series.map((s) => [s.zoneId, s.values[k] ?? null]));
  return {
    ...base,
    mode: 'sequential',
    sequentialScheme: 'viridis',
    valueDomain: domain,
    zones: base.zones.map((z) => ({ ...z, value: at.get(z.id) ?? null })),
    labels: { ...base.labels, value: words.value, noData: words.noData },
  };
}

export const shareText = (x: number | null): string =>
  x === null || !Number.isFinite(x) ? '—' : `${Math.round(100 * x)} %`;

/** Tooltip of each zone with a series at interval `k`: people and share for waiting zones, utilization for counters. */
export function heatmapTips(
  base: PlanChartData,
  series: readonly ZoneSeries[],
  k: number,
  time: string,
  words: HeatmapWords,
): Map<string, string> {
  const label = new Map(base.zones.map((z) => [z.id, z.label]));
  const tips = new Map<string, string>();
  for (const s of series) {
    const zone = `${label.get(s.zoneId) ?? s.zoneId} ${time}`;
    const v = s.values[k] ?? null;
    if (s.kind === 'waiting') {
      const p = s.people?.[k] ?? null;
      tips.set(s.zoneId, words.waitingTip(zone, p === null ? '—' : p.toFixed(0), shareText(v)));
    } else tips.set(s.zoneId, words.counterTip(zone, shareText(v)));
  }
  return tips;
}

/** Replaces the tooltip of zone marks (the plan chart's own says only the share). */
export function retipZones(node: SvgNode, tips: ReadonlyMap<string, string>): SvgNode {
  const id = node.attrs['data-id'];
  const isZone =
    typeof id === 'string' &&
    String(node.attrs.class ?? '')
      .split(' ')
      .includes('zone');
  const attrs = isZone && tips.has(id) ? { ...node.attrs, 'data-tip': tips.get(id) as string } : node.attrs;
  return {
    tag: node.tag,
    attrs,
    children: node.children.map((c) => (typeof c === 'string' ? c : retipZones(c, tips))),
  };
}

/** The whole day as a table (the chart shows one interval; its alternative shows them all): zone × interval. */
export function heatmapTable(
  base: PlanChartData,
  series: readonly ZoneSeries[],
  starts: readonly string[],
  caption: string,
): ChartTable {
  const label = new Map(base.zones.map((z) => [z.id, z.label]));
  const level = new Map(base.zones.map((z) => [z.id, z.level]));
  const levelName = new Map((base.levels ?? []).map((l) => [l.level, l.label]));
  const rows = [...series]
    .sort((a, b) => (level.get(a.zoneId) ?? 0) - (level.get(b.zoneId) ?? 0))
    .map((s) => [
      `${levelName.get(level.get(s.zoneId) ?? 0) ?? ''} ${label.get(s.zoneId) ?? s.zoneId}`.trim(),
      ...starts.map((_, k) => shareText(s.values[k] ?? null)),
    ]);
  return { caption, header: [base.labels.zone, ...starts], rows };
}
