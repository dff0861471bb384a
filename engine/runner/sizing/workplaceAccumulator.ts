/**
 * Everything a workplace run or sizing reports, accumulated one replication at a time in index
 * order: the figure tree (means with confidence intervals), the pooled distribution of each
 * zone's daily peak, the desk-shortage and blocking curves. Memory depends on the office (zones,
 * spaces, staff), never on the number of replications; `wardsim run` and `wardsim size` read
 * their answers from this one object, so the two cannot disagree about the same configuration.
 */
import { WEEKDAYS, type WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { SummaryAccumulator, type StreamSummaryTree } from '../summaryAccumulator.js';
import { answerFromCurve, ShortageCurveAccumulator, type DeskAnswer } from './sizeDesks.js';
import { BlockingCurveAccumulator, type SpaceAnswer } from './sizeSpaces.js';
import { DAY_GROUPS, replicationFigures, weekdaysOf, type DayGroup } from './workplaceFigures.js';

const ALL_WEEKDAYS = [0, 1, 2, 3, 4];

/** Sums [weekday][value] histograms element by element (b into a). */
function addHistogram(into: number[][], byWeekday: readonly (readonly number[])[]): void {
  byWeekday.forEach((row, w) => {
    const target = (into[w] ??= []);
    row.forEach((n, v) => (target[v] = (target[v] ?? 0) + n));
  });
}

/** value → share of days, over the weekdays of a group (only values that occurred). */
function distributionOf(byWeekday: readonly (readonly number[])[], group: DayGroup): Record<string, number> {
  const counts: number[] = [];
  let total = 0;
  for (const w of weekdaysOf(group)) {
    (byWeekday[w] ?? []).forEach((n, v) => {
      counts[v] = (counts[v] ?? 0) + n;
      total += n;
    });
  }
  const out: Record<string, number> = {};
  counts.forEach((n, v) => {
    if (n > 0) out[String(v)] = n / total;
  });
  return out;
}

export class WorkplaceAccumulator {
  readonly figures = new SummaryAccumulator();
  replications = 0;
  events = 0;
  /** Staff per zone and desk users of the office (the same in every replication). */
  zoneStaff: number[] = [];
  officeStaff = 0;
  coreMinPerDay = 0;
  readonly staffDaysTotal: Record<string, number> = {
    total: 0,
    absent: 0,
    remote: 0,
    fieldAllDay: 0,
    fieldPartDay: 0,
    office: 0,
  };
  /** Staff-days at the satellite office (kept apart: staffDaysTotal keeps its keys). */
  satelliteStaffDaysTotal = 0;
  private readonly zoneHistograms: number[][][];
  private readonly officeHistogram: number[][] = [];
  /** Per zone: the shortage curve over all weekdays, then over each weekday alone. */
  private readonly zoneCurves: ShortageCurveAccumulator[][];
  private readonly officeCurve = new ShortageCurveAccumulator(ALL_WEEKDAYS);
  private readonly spaceCurves: BlockingCurveAccumulator[];

  constructor(private readonly model: WorkplaceModel) {
    this.zoneHistograms = model.zones.map(() => []);
    this.zoneCurves = model.zones.map(() => [
      new ShortageCurveAccumulator(ALL_WEEKDAYS),
      ...WEEKDAYS.map((_, w) => new ShortageCurveAccumulator([w])),
    ]);
    this.spaceCurves = model.spaces.map(() => new BlockingCurveAccumulator());
  }

  /** Adds replication results in index order. */
  add(r: WorkplaceReplicationResult): void {
    if (this.replications === 0) {
      this.zoneStaff = r.zones.map((z) => z.staff);
      this.officeStaff = r.office.staff;
      this.coreMinPerDay = r.coreMinPerDay;
    }
    this.replications++;
    this.events += r.events;
    this.figures.add(replicationFigures(r));
    for (const key of Object.keys(this.staffDaysTotal))
      this.staffDaysTotal[key] += r.staffDays[key as keyof typeof r.staffDays];
    this.satelliteStaffDaysTotal += r.attendanceLimits?.satelliteStaffDays ?? 0;
    r.zones.forEach((z, i) => {
      addHistogram(this.zoneHistograms[i], z.peakDemandDays);
      for (const curve of this.zoneCurves[i]) curve.add(z.peakDemandDays);
    });
    addHistogram(this.officeHistogram, r.office.peakDemandDays);
    this.officeCurve.add(r.office.peakDemandDays);
    if (r.shadows) r.shadows.forEach((sh, i) => this.spaceCurves[i].add(sh, r.days, r.coreMinPerDay));
  }

  summary(): StreamSummaryTree {
    return this.figures.summary();
  }

  /** Share of days by the zone's daily peak of staff wanting a desk, per day group. */
  zonePeakDistribution(zone: number): Record<DayGroup, Record<string, number>> {
    return Object.fromEntries(DAY_GROUPS.map((g) => [g, distributionOf(this.zoneHistograms[zone], g)])) as Record<
      DayGroup,
      Record<string, number>
    >;
  }

  officePeakDistribution(): Record<DayGroup, Record<string, number>> {
    return Object.fromEntries(DAY_GROUPS.map((g) => [g, distributionOf(this.officeHistogram, g)])) as Record<
      DayGroup,
      Record<string, number>
    >;
  }

  /** Desks the zone needs on its own (no overflow) for shortage on at most α of days; weekday = 0…4 for one weekday. */
  zoneDesks(zone: number, alpha: number, weekday?: number): DeskAnswer {
    return answerFromCurve(this.zoneCurves[zone][weekday === undefined ? 0 : weekday + 1].curve(), alpha);
  }

  officeDesks(alpha: number): DeskAnswer {
    return answerFromCurve(this.officeCurve.curve(), alpha);
  }

  /** Units the space needs for blocking at most β (requires replications run with sizing shadows). */
  spaceUnits(space: number, beta: number): SpaceAnswer {
    return this.spaceCurves[space].answer(beta);
  }

  get spaceCount(): number {
    return this.model.spaces.length;
  }
}
