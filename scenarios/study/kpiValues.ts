/**
 * The headline KPIs (engine/results/kpis.ts) of one replication, from the models' raw results:
 * the vectors that comparisons pair replication by replication.
 */
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { kpisOfPart, type KpiDefinition } from '../../engine/results/kpis.js';

export const VISITOR_KPIS: readonly KpiDefinition[] = kpisOfPart('visitors');
export const WORKPLACE_KPIS: readonly KpiDefinition[] = kpisOfPart('workplace');

/** Values in the order of VISITOR_KPIS. */
export function visitorKpiValues(r: VisitorReplicationResult): number[] {
  const byId: Record<string, number> = {
    waitMeanMin: r.waitMin.mean,
    waitP90Min: r.waitMin.p90,
    timeInOfficeMeanMin: r.timeInOfficeMin.mean,
    serviceLevel: r.serviceLevel,
    abandonmentShare: r.abandonmentShare,
    waitingSeatsP95: r.waitingArea.personsP95,
    countersVisited: r.countersVisited,
    walkingMin: r.walkingMin,
    overtimeStaffHours: r.closing.overtimeStaffMin / 60,
    servedVisitors: r.visitors.served,
  };
  return VISITOR_KPIS.map((k) => byId[k.id]);
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : NaN);
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

/** Values in the order of WORKPLACE_KPIS. */
export function workplaceKpiValues(r: WorkplaceReplicationResult, model: WorkplaceModel): number[] {
  let peakSum = 0;
  let days = 0;
  for (const row of r.office.peakDemandDays) {
    row.forEach((n, v) => {
      peakSum += n * v;
      days += n;
    });
  }
  const kindOf = new Map(model.spaces.map((s) => [s.id, s.kind]));
  const blocking = (kinds: readonly string[]) => {
    const spaces = r.spaces.filter((s) => kinds.includes(kindOf.get(s.id) ?? ''));
    return ratio(sum(spaces.map((s) => sum(s.blocked))), sum(spaces.map((s) => sum(s.tried))));
  };
  const byId: Record<string, number> = {
    deskPeakDemandMean: ratio(peakSum, days),
    deskShortagePersonHoursPerDay: ratio(sum(r.zones.map((z) => sum(z.shortagePersonMin))), r.days) / 60,
    boothBlockedShare: blocking(['booth1', 'boothGroup']),
    meetingRoomBlockedShare: blocking(['meetingRoom']),
    noSpaceShare: ratio(sum(r.activities.map((a) => sum(a.noSpace))), sum(r.activities.map((a) => sum(a.seeking)))),
  };
  return WORKPLACE_KPIS.map((k) => byId[k.id]);
}
