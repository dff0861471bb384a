/**
 * The headline KPIs: the few figures per replication that every scenario run keeps as vectors
 * (so options can be compared pair by pair on the same replications), that the precision rule
 * watches, and that comparisons and sweeps report. One id per figure, used everywhere: result
 * JSON, text, reports and the browser UI (labels live in viz/i18n).
 */

export type KpiPart = 'visitors' | 'workplace';
export type KpiUnit = 'min' | 'share' | 'seats' | 'count' | 'staffHours' | 'personHoursPerDay' | 'persons' | 'visitors';

export interface KpiDefinition {
  id: string;
  part: KpiPart;
  unit: KpiUnit;
  /** Which direction is an improvement. */
  better: 'lower' | 'higher';
  /** Watched by the precision rule (--precision): figures well away from zero. */
  precision: boolean;
}

export const KPIS = [
  { id: 'waitMeanMin', part: 'visitors', unit: 'min', better: 'lower', precision: true },
  { id: 'waitP90Min', part: 'visitors', unit: 'min', better: 'lower', precision: true },
  { id: 'timeInOfficeMeanMin', part: 'visitors', unit: 'min', better: 'lower', precision: false },
  { id: 'serviceLevel', part: 'visitors', unit: 'share', better: 'higher', precision: true },
  { id: 'abandonmentShare', part: 'visitors', unit: 'share', better: 'lower', precision: false },
  { id: 'waitingSeatsP95', part: 'visitors', unit: 'seats', better: 'lower', precision: true },
  { id: 'countersVisited', part: 'visitors', unit: 'count', better: 'lower', precision: false },
  { id: 'walkingMin', part: 'visitors', unit: 'min', better: 'lower', precision: false },
  { id: 'overtimeStaffHours', part: 'visitors', unit: 'staffHours', better: 'lower', precision: false },
  { id: 'servedVisitors', part: 'visitors', unit: 'visitors', better: 'higher', precision: false },
  { id: 'deskPeakDemandMean', part: 'workplace', unit: 'persons', better: 'lower', precision: true },
  {
    id: 'deskShortagePersonHoursPerDay',
    part: 'workplace',
    unit: 'personHoursPerDay',
    better: 'lower',
    precision: false,
  },
  { id: 'boothBlockedShare', part: 'workplace', unit: 'share', better: 'lower', precision: false },
  { id: 'meetingRoomBlockedShare', part: 'workplace', unit: 'share', better: 'lower', precision: false },
  { id: 'noSpaceShare', part: 'workplace', unit: 'share', better: 'lower', precision: false },
] as const satisfies readonly KpiDefinition[];

export type KpiId = (typeof KPIS)[number]['id'];

export const KPI_IDS: readonly KpiId[] = KPIS.map((k) => k.id);

const byId = new Map<string, KpiDefinition>(KPIS.map((k) => [k.id, k]));

export function kpiDefinition(id: string): KpiDefinition | undefined {
  return byId.get(id);
}

export function kpisOfPart(part: KpiPart): KpiDefinition[] {
  return KPIS.filter((k) => k.part === part);
}
