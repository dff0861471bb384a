/**
 * From result blocks to the chart factories' plain data (viz/charts): the one place that knows
 * both shapes, used by the report and the browser alike.
 */
import type {
  ComparisonResult,
  PlanDrawing,
  ScenarioRunPart,
  StaffingPlanResult,
  VisitorRunBlock,
  WorkplaceRunBlock,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
import type {
  BlockingCurveChartData,
  ComparisonChartData,
  FanChartData,
  OccupancyChartData,
  PlanChartData,
  ServiceLevelChartData,
  ShortageCurveChartData,
  StaffingChartData,
  TeleworkSweepChartData,
} from '../charts/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';

type Report = ReturnType<typeof messages>['report'];

export function fanData(v: VisitorRunBlock, r: Report): FanChartData {
  return {
    hours: v.byHour.map((h) => {
      const q = h.waitMeanMinAcrossDays;
      const ok = q.p05 !== null && q.p25 !== null && q.p50 !== null && q.p75 !== null && q.p95 !== null;
      return {
        label: h.hour,
        waitMin: ok
          ? {
              p05: q.p05 as number,
              p25: q.p25 as number,
              p50: q.p50 as number,
              p75: q.p75 as number,
              p95: q.p95 as number,
            }
          : null,
      };
    }),
    targetWaitMin: v.day.serviceLevel.withinMin,
    labels: {
      x: r.fan.x,
      y: r.fan.y,
      band90: r.fan.band90,
      band50: r.fan.band50,
      median: r.fan.median,
      target: r.fan.target,
    },
  };
}

export function occupancyData(run: ScenarioRunPart, v: VisitorRunBlock, r: Report): OccupancyChartData {
  const seats = run.areaCheck?.find((x) => x.item === 'waiting seats')?.planUnits ?? null;
  return {
    intervals: v.byInterval.map((b) => ({
      label: b.start,
      meanPeople: b.waitingPersonsMean.mean,
      ci95People: b.waitingPersonsMean.ci95,
      maxPeople: b.waitingPersonsMax.mean,
    })),
    capacityPeople: seats,
    labels: {
      x: r.occupancy.x,
      y: r.occupancy.y,
      mean: r.occupancy.mean,
      ci: r.occupancy.ci,
      max: r.occupancy.max,
      capacity: r.occupancy.capacity,
    },
  };
}

export function serviceLevelData(v: VisitorRunBlock, r: Report): ServiceLevelChartData {
  return {
    intervals: v.byInterval.map((b) => ({
      label: b.start,
      serviceLevel: b.serviceLevel.mean,
      ci95: b.serviceLevel.ci95,
    })),
    targetServiceLevel: v.day.serviceLevel.target,
    labels: {
      x: r.serviceLevel.x,
      y: r.serviceLevel.y,
      met: r.serviceLevel.met,
      below: r.serviceLevel.below,
      target: r.serviceLevel.target,
      ci: r.serviceLevel.ci,
    },
  };
}

/** Required (the staffing plan, at the counter) against scheduled (the scenario's roster at the counter). */
export function staffingData(
  plan: StaffingPlanResult,
  v: VisitorRunBlock,
  r: Report,
  lang: Lang,
): StaffingChartData | null {
  if (plan.intervals.length !== v.byInterval.length) return null; // another interval width than the run's
  const scheduled = new Map(v.staff.map((s) => [s.id, s.byInterval.map((b) => b.onCounter)]));
  return {
    intervalLabels: plan.intervals,
    groups: plan.groups.map((g) => ({
      id: g.id,
      label: nameIn(lang, g),
      requiredStaff: g.atCounter,
      scheduledStaff: scheduled.get(g.id) ?? g.atCounter.map(() => null),
    })),
    labels: {
      x: r.staffing.x,
      y: r.staffing.y,
      required: r.staffing.required,
      scheduled: r.staffing.scheduled,
      shortfall: r.staffing.shortfall,
      group: r.staffing.group,
    },
  };
}

export function shortageData(z: WorkplaceRunBlock['zones'][number], alpha: number, r: Report): ShortageCurveChartData {
  // Past the first desk count with no shortage the curve says nothing new.
  const end = Math.min(
    z.shortageCurve.length,
    (z.shortageCurve.findIndex((p) => (p.mean ?? 0) === 0 && (p.ci95 ?? 0) === 0) + 1 || z.shortageCurve.length) + 2,
  );
  const start = Math.max(0, z.shortageCurve.findIndex((p) => (p.mean ?? 1) < 0.99) - 2);
  return {
    points: z.shortageCurve.slice(start, end).map((p) => ({ desks: p.desks, pShortage: p.mean, ci95: p.ci95 })),
    alpha,
    neededDesks: z.desksNeeded,
    todayDesks: z.desks,
    labels: r.desks,
  };
}

export function blockingData(s: WorkplaceRunBlock['spaces'][number], beta: number, r: Report): BlockingCurveChartData {
  const needed = s.unitsNeeded ?? s.blockingCurve.length - 1;
  const end = Math.min(s.blockingCurve.length, Math.max(needed, s.count) + 4);
  return {
    points: s.blockingCurve.slice(1, end).map((p) => ({ units: p.units, pBlocked: p.mean, ci95: p.ci95 })),
    beta,
    neededUnits: s.unitsNeeded,
    todayUnits: s.count,
    labels: r.blocking,
  };
}

/**
 * The plan coloured by m² surplus or deficit: each area-check row's surplus shared among its
 * zones by area; zones no row covers have no value.
 */
export function planData(drawing: PlanDrawing, run: ScenarioRunPart, r: Report, lang: Lang): PlanChartData {
  const value = new Map<string, number>();
  for (const row of run.areaCheck ?? []) {
    const zones = drawing.zones.filter((z) => row.zoneIds.includes(z.id));
    const total = zones.reduce((a, z) => a + z.areaM2, 0);
    for (const z of zones)
      value.set(z.id, (value.get(z.id) ?? 0) + (total > 0 ? (row.surplusM2 * z.areaM2) / total : 0));
  }
  const places: Record<string, [string, string]> = {
    waiting: ['waiting area', '待合'],
    concierge: ['concierge', '総合案内'],
    reception: ['reception', '受付'],
    exit: ['exit', '出口'],
  };
  const placeName = (key: string) => {
    const q = run.visitors?.queues.find((x) => `counter:${x.id}` === key);
    if (q) return nameIn(lang, q);
    const p = places[key];
    return p ? (lang === 'ja' ? p[1] : p[0]) : key;
  };
  const routes: PlanChartData['routes'] = [];
  drawing.routes.forEach((route, n) => {
    // One polyline per level the walk crosses, all under the route's id.
    let current: [number, number][] = [];
    let level = route.points[0]?.[2];
    const flush = () => {
      if (current.length >= 2 && level !== undefined)
        routes.push({ id: `route-${n}`, label: placeName(route.to), points: current, level });
    };
    for (const [x, y, l] of route.points) {
      if (l !== level) {
        flush();
        current = [];
        level = l;
      }
      current.push([x, y]);
    }
    flush();
  });
  return {
    mode: 'diverging',
    zones: drawing.zones.map((z) => ({
      id: z.id,
      label: nameIn(lang, z),
      level: z.level,
      rings: z.rings,
      value: value.get(z.id) ?? null,
    })),
    routes,
    levels: drawing.levels.map((level) => ({ level, label: r.plan.levelLabel(level) })),
    labels: { value: r.plan.value, zone: r.plan.zone, level: r.plan.level, north: r.plan.north, noData: r.plan.noData },
  };
}

export function teleworkData(sizing: WorkplaceSizingResult, r: Report, lang: Lang): TeleworkSweepChartData | null {
  const sweep = sizing.sweep;
  if (!sweep) return null;
  return {
    remoteShares: sweep.rows.map((row) => row.remoteShare),
    zones: sizing.desks.zones.map((z) => ({
      id: z.id,
      label: nameIn(lang, z),
      desksNeeded: sweep.rows.map((row) => row.desksNeededByZone[z.id] ?? null),
    })),
    total: { id: 'total', label: r.telework.total, desksNeeded: sweep.rows.map((row) => row.desksNeededTotal) },
    labels: { x: r.telework.x, y: r.telework.y },
  };
}

export function comparisonData(c: ComparisonResult, optionLabels: string[], lang: Lang): ComparisonChartData {
  const m = messages(lang);
  const ids = [...new Set(c.variants.flatMap((v) => Object.keys(v.metrics)))];
  return {
    kpis: ids.map((id) => ({ id, label: m.kpi[id] ?? id })),
    variants: c.variants.map((v, i) => ({ id: `v${i + 1}`, label: optionLabels[i + 1] ?? nameIn(lang, v) })),
    differences: c.variants.flatMap((v, i) =>
      Object.entries(v.metrics).flatMap(([kpiId, x]) => {
        if (x.diff.mean === null || x.diff.ci95 === null) return [];
        const mean = x.diff.mean;
        const paired: [number, number] = [mean - x.diff.ci95, mean + x.diff.ci95];
        const unpaired: [number, number] | null =
          x.unpairedCi95 === null ? null : [mean - x.unpairedCi95, mean + x.unpairedCi95];
        return [{ kpiId, variantId: `v${i + 1}`, meanDiff: mean, ci95Paired: paired, ci95Unpaired: unpaired }];
      }),
    ),
    xScale: 'perKpi',
    labels: {
      x: m.compare.header[3],
      kpi: m.compare.header[0],
      variant: m.report.option,
      meanDiff: m.compare.header[3],
      paired: m.compare.header[3],
      unpaired: m.compare.header[4],
    },
  };
}
