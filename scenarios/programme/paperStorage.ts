/**
 * Storage m² from the documents kept on paper (issue 14 item 8; seeds 002 and 004: 文書量の削減,
 * ペーパーレス): filing metres per staff member × staff, less the paperless target's share, times the
 * floor area one filing metre of storage takes (shelving plus its aisle). Plain arithmetic, so the
 * run, the report and the building programme show the very same numbers.
 */
import type { WorkplaceModel, WorkplacePaper } from '../../engine/models/workplace/workplaceModel.js';

export interface PaperStorage extends WorkplacePaper {
  staff: number;
  filingMToday: number;
  filingMKept: number;
  storageM2Today: number;
  storageM2: number;
}

export function paperStorage(paper: WorkplacePaper, staff: number): PaperStorage {
  const filingMToday = staff * paper.filingMPerStaff;
  const filingMKept = filingMToday * (1 - paper.paperlessShare);
  return {
    staff,
    ...paper,
    filingMToday,
    filingMKept,
    storageM2Today: filingMToday * paper.storageM2PerFilingM,
    storageM2: filingMKept * paper.storageM2PerFilingM,
  };
}

/** Every staff member keeps documents, whatever their role: the headcount of the model. */
export function headcountOf(model: WorkplaceModel): number {
  return model.departments.reduce(
    (s, d) => s + d.headcount.counter + d.headcount.backOffice + d.headcount.manager + d.headcount.field,
    0,
  );
}
