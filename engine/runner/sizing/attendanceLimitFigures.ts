/**
 * Figures of the telework cap and the satellite office for one replication (per day group, each a
 * number per replication so the SummaryAccumulator gives means with 95 % CIs): telework days
 * wanted, granted and refused, satellite-office use, and the net change of staff coming to the
 * main office — refused teleworkers come in, satellite users stay away — which is what moves
 * the desk demand. Counters: engine/models/workplace/dayAttendance.ts.
 */
import type { AttendanceLimitCounters } from '../../models/workplace/workplaceResult.js';
import { WEEKDAYS, type WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import { compactSummaries } from '../aggregateResults.js';
import type { StreamSummaryTree } from '../summaryAccumulator.js';
import type { AttendanceLimitsRun } from './simulateWorkplace.js';
import type { WorkplaceAccumulator } from './workplaceAccumulator.js';

// The day groups of workplaceFigures.ts, written out here so the two files do not import each other.
const DAY_GROUPS = ['all', ...WEEKDAYS] as const;
type DayGroup = (typeof DAY_GROUPS)[number];
const weekdaysOf = (g: DayGroup): number[] => (g === 'all' ? [0, 1, 2, 3, 4] : [WEEKDAYS.indexOf(g)]);

const sumOf = (a: readonly number[], ws: readonly number[]) => ws.reduce((s, w) => s + a[w], 0);
const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);

export function attendanceLimitFigures(
  a: AttendanceLimitCounters,
  daysByWeekday: readonly number[],
): Record<DayGroup, Record<string, number>> {
  const out = {} as Record<DayGroup, Record<string, number>>;
  for (const g of DAY_GROUPS) {
    const ws = weekdaysOf(g);
    const days = sumOf(daysByWeekday, ws);
    const wanted = sumOf(a.teleworkWanted, ws);
    const refused = sumOf(a.teleworkRefused, ws);
    const satWanted = sumOf(a.satelliteWanted, ws);
    const satUsed = sumOf(a.satelliteUsed, ws);
    out[g] = {
      teleworkWantedPerDay: ratio(wanted, days),
      teleworkGrantedPerDay: ratio(wanted - refused, days),
      teleworkRefusedPerDay: ratio(refused, days),
      pTeleworkRefused: ratio(refused, wanted),
      pCapBindingDay: ratio(sumOf(a.capBindingDays, ws), days),
      satelliteWantedPerDay: ratio(satWanted, days),
      satelliteUsedPerDay: ratio(satUsed, days),
      satelliteTurnedAwayPerDay: ratio(satWanted - satUsed, days),
      pSatelliteFullDay: ratio(sumOf(a.satelliteFullDays, ws), days),
      satelliteUtilization: a.satelliteSeats === null ? NaN : ratio(satUsed, a.satelliteSeats * days),
      mainOfficeChangePerDay: ratio(refused - satUsed, days),
    };
  }
  return out;
}

/** The telework-cap and satellite-office block of a run or a sizing (undefined when the model has neither). */
export function attendanceLimitsOf(
  model: WorkplaceModel,
  acc: WorkplaceAccumulator,
  full = false,
): AttendanceLimitsRun | undefined {
  const tree = (acc.summary() as Record<string, StreamSummaryTree>).attendanceLimits;
  if (tree === undefined) return undefined;
  return {
    teleworkCapPersonsPerDay: model.teleworkCapPersonsPerDay ?? null,
    satelliteSeatsPerDay: model.satelliteOffice?.seatsPerDay ?? null,
    satelliteShare: model.satelliteOffice?.share ?? null,
    satelliteStaffDaysTotal: acc.satelliteStaffDaysTotal,
    figures: full ? tree : compactSummaries(tree),
  };
}
