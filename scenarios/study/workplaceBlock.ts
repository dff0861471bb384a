/** A workplace run (engine/runner/sizing) in the result contract's shape: rows with ids and names. */
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import { requestsDependOnUnits } from '../../engine/runner/sizing/requestsDependOnUnits.js';
import type { WorkplaceRunResult } from '../../engine/runner/sizing/simulateWorkplace.js';
import type { WorkplaceRunBlock } from '../../engine/results/index.js';
import type { Labels } from '../compile/workplaceLabels.js';
import type { PlanNote } from '../workplace/buildWorkplaceModel.js';
import { paperStorage } from '../programme/paperStorage.js';

type Block = WorkplaceRunBlock;

export function workplaceBlock(
  r: WorkplaceRunResult,
  model: WorkplaceModel,
  labels: Labels,
  planNotes: PlanNote[],
): Block {
  const zoneName = (id: string) => labels.zones[id] ?? { name: id, nameJa: id };
  const spaceName = (id: string) => labels.spaces[id] ?? { name: id, nameJa: id };
  return {
    daysPerReplication: r.daysPerReplication,
    coreHours: r.coreHours,
    events: r.events,
    staff: r.staff,
    staffDaysPerDay: r.staffDaysPerDay as Block['staffDaysPerDay'],
    staffDaysTotal: r.staffDaysTotal as Block['staffDaysTotal'],
    zones: model.zones.map((z) => {
      const x = r.zones[z.id];
      return {
        id: z.id,
        ...zoneName(z.id),
        departments: model.departments.filter((d) => d.zone === z.id).map((d) => d.id),
        staff: x.staff,
        desks: x.desks,
        overflowTo: x.overflowTo,
        desksNeeded: x.desksNeeded,
        pShortageDayAlone: x.pShortageDayAlone,
        shortageCurve: x.shortageCurve,
        figures: x.figures as Block['zones'][number]['figures'],
        peakDemandDistribution: x.peakDemandDistribution as Block['zones'][number]['peakDemandDistribution'],
      };
    }),
    office: {
      staff: r.office.staff,
      desks: r.office.desks,
      figures: r.office.figures as Block['office']['figures'],
      peakDemandDistribution: r.office.peakDemandDistribution as Block['office']['peakDemandDistribution'],
    },
    touchdown: { desks: r.touchdown.desks, figures: r.touchdown.figures as Block['touchdown']['figures'] },
    spaces: model.spaces.map((s, i) => {
      const x = r.spaces[s.id];
      return {
        id: s.id,
        ...spaceName(s.id),
        kind: s.kind,
        count: x.count,
        capacityPersons: x.capacityPersons,
        unitsNeeded: x.unitsNeeded,
        requestsDependOnUnits: requestsDependOnUnits(model, i),
        pBlockedAlone: x.pBlockedAlone,
        blockingCurve: x.blockingCurve,
        figures: x.figures as Block['spaces'][number]['figures'],
      };
    }),
    activities: Object.entries(r.activities).map(([kind, figures]) => ({
      kind,
      figures: figures as Block['activities'][number]['figures'],
    })),
    needed: r.needed,
    planNotes,
    // Present only when configured, so existing results keep their shape (golden outputs).
    ...(r.attendanceLimits === undefined ? {} : { attendanceLimits: r.attendanceLimits as Block['attendanceLimits'] }),
    ...(model.paper === undefined ? {} : { paper: paperStorage(model.paper, r.staff.total) }),
  };
}
