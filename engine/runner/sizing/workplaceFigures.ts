/**
 * Figures of one workplace replication, derived from its raw counters: per zone and weekday the
 * shortage probability, shortage person-minutes, peak demand and desk utilisation; per space the
 * blocking probability, utilisation and seat utilisation; per activity the share that found no
 * space and the fallbacks. Each figure is a number per replication, so the runner's
 * SummaryAccumulator turns them into means with 95% confidence intervals across replications.
 */
import { WEEKDAYS } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { attendanceLimitFigures } from './attendanceLimitFigures.js';

/** "all" days, then each weekday. */
export const DAY_GROUPS = ['all', ...WEEKDAYS] as const;
export type DayGroup = (typeof DAY_GROUPS)[number];

/** Weekday indices of a group. */
export function weekdaysOf(group: DayGroup): number[] {
  return group === 'all' ? [0, 1, 2, 3, 4] : [WEEKDAYS.indexOf(group)];
}

const sumOf = (a: readonly number[], ws: readonly number[]) => ws.reduce((s, w) => s + a[w], 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

/** Sums a [weekday][value] histogram over the weekdays of a group. */
export function histogramOf(byWeekday: readonly (readonly number[])[], ws: readonly number[]): number[] {
  const out = new Array<number>(byWeekday[0]?.length ?? 0).fill(0);
  for (const w of ws) byWeekday[w].forEach((n, v) => (out[v] += n));
  return out;
}

/** The q-quantile of a histogram of integer values (smallest v with cumulative share ≥ q). */
export function histogramQuantile(counts: readonly number[], q: number): number {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total === 0) return NaN;
  let acc = 0;
  for (let v = 0; v < counts.length; v++) {
    acc += counts[v];
    if (acc >= q * total - 1e-9) return v;
  }
  return counts.length - 1;
}

function histogramMean(counts: readonly number[]): number {
  let n = 0;
  let s = 0;
  counts.forEach((c, v) => {
    n += c;
    s += c * v;
  });
  return ratio(s, n);
}

function histogramMax(counts: readonly number[]): number {
  for (let v = counts.length - 1; v >= 0; v--) if (counts[v] > 0) return v;
  return NaN;
}

type Figures = Record<string, number>;
type ByGroup = Record<DayGroup, Figures>;

function byGroup(make: (ws: number[], days: number) => Figures, r: WorkplaceReplicationResult): ByGroup {
  const out = {} as ByGroup;
  for (const g of DAY_GROUPS) {
    const ws = weekdaysOf(g);
    out[g] = make(ws, sumOf(r.daysByWeekday, ws));
  }
  return out;
}

/** The figure tree of one replication (every leaf a number; NaN where undefined). */
export function replicationFigures(r: WorkplaceReplicationResult): Record<string, unknown> {
  const core = r.coreMinPerDay;
  const zones: Record<string, ByGroup> = {};
  for (const z of r.zones) {
    zones[z.id] = byGroup((ws, days) => {
      const hist = histogramOf(z.peakDemandDays, ws);
      return {
        pShortageDayWithOverflow: ratio(sumOf(z.shortageDays, ws), days),
        shortagePersonMinPerDay: ratio(sumOf(z.shortagePersonMin, ws), days),
        overflowPersonMinPerDay: ratio(sumOf(z.overflowOutPersonMin, ws), days),
        peakDemandMean: histogramMean(hist),
        peakDemandP95: histogramQuantile(hist, 0.95),
        peakDemandMax: histogramMax(hist),
        peakOccupiedMean: ratio(sumOf(z.peakOccupiedSum, ws), days),
        deskUtilization: ratio(sumOf(z.occupiedCoreMin, ws), z.desks * core * days),
      };
    }, r);
  }
  const office = byGroup((ws) => {
    const hist = histogramOf(r.office.peakDemandDays, ws);
    return {
      peakDemandMean: histogramMean(hist),
      peakDemandP95: histogramQuantile(hist, 0.95),
      peakDemandMax: histogramMax(hist),
    };
  }, r);
  const t = r.touchdown;
  const touchdown = byGroup(
    (ws, days) => ({
      peakOccupiedMean: ratio(sumOf(t.peakOccupiedSum, ws), days),
      utilization: ratio(sumOf(t.occupiedCoreMin, ws), t.desks * core * days),
    }),
    r,
  );
  const spaces: Record<string, ByGroup> = {};
  for (const s of r.spaces) {
    spaces[s.id] = byGroup((ws, days) => {
      const busy = sumOf(s.busyCoreMin, ws);
      const hold = sumOf(s.holdCoreMin, ws);
      const persons = sumOf(s.personCoreMin, ws);
      const available = s.count * core * days;
      return {
        requestsPerDay: ratio(sumOf(s.tried, ws), days),
        firstChoicePerDay: ratio(sumOf(s.firstChoice, ws), days),
        pBlocked: ratio(sumOf(s.blocked, ws), sumOf(s.tried, ws)),
        pFirstChoiceBlocked: ratio(sumOf(s.firstChoiceBlocked, ws), sumOf(s.firstChoice, ws)),
        usesPerDay: ratio(sumOf(s.accepted, ws) - sumOf(s.noShows, ws), days),
        noShowsPerDay: ratio(sumOf(s.noShows, ws), days),
        utilization: ratio(busy, available),
        usedUtilization: ratio(busy - hold, available),
        seatUtilization: ratio(persons, available * s.capacityPersons),
        seatsPerUse: ratio(persons, (busy - hold) * s.capacityPersons),
        peakBusyMean: ratio(sumOf(s.peakBusySum, ws), days),
      };
    }, r);
  }
  const activities: Record<string, ByGroup> = {};
  for (const a of r.activities) {
    if (a.requests.every((n) => n === 0)) continue;
    activities[a.kind] = byGroup((ws, days) => {
      const seeking = sumOf(a.seeking, ws);
      return {
        requestsPerDay: ratio(sumOf(a.requests, ws), days),
        atDeskByChoicePerDay: ratio(sumOf(a.atDeskByChoice, ws), days),
        pNoSpace: ratio(sumOf(a.noSpace, ws), seeking),
        shareFirstChoice: ratio(sumOf(a.servedFirstChoice, ws), seeking),
        shareOtherChoice: ratio(sumOf(a.servedOtherChoice, ws), seeking),
        fallbackDeskPerDay: ratio(sumOf(a.fallbackDesk, ws), days),
        droppedPerDay: ratio(sumOf(a.dropped, ws), days),
        tooLargePerDay: ratio(sumOf(a.tooLarge, ws), days),
      };
    }, r);
  }
  const sd = r.staffDays;
  return {
    staffDaysPerDay: {
      absent: sd.absent / r.days,
      remote: sd.remote / r.days,
      fieldAllDay: sd.fieldAllDay / r.days,
      fieldPartDay: sd.fieldPartDay / r.days,
      office: sd.office / r.days,
    },
    zones,
    office,
    touchdown,
    spaces,
    activities,
    // Only with a telework cap or a satellite office (the figure tree keeps its shape otherwise).
    ...(r.attendanceLimits === undefined
      ? {}
      : { attendanceLimits: attendanceLimitFigures(r.attendanceLimits, r.daysByWeekday) }),
  };
}
