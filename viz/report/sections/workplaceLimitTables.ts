/**
 * Report tables of the telework cap and satellite office (granted vs refused, satellite use, the
 * net change of staff at the main office) and of paper storage, one row per option that states
 * them; an option without them adds no row, and a table without rows is not shown.
 */
import type { ScenarioRunPart } from '../../../engine/results/index.js';
import { messages, type Lang } from '../../i18n/index.js';
import { estimateCell, numberCell, pct, shareCell } from '../reportFormat.js';
import type { CellInput, ReportTable } from '../reportTable.js';

export function workplaceLimitTables(
  options: readonly ScenarioRunPart[],
  names: readonly string[],
  lang: Lang,
): ReportTable[] {
  const t = messages(lang).limits;
  const telework: ReportTable = {
    id: 'decisions-telework-cap',
    caption: t.reportTeleworkTitle,
    header: t.reportTeleworkHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const a = o.workplace?.attendanceLimits;
      if (a === undefined) return [];
      const f = a.figures.all;
      return [
        [
          names[i],
          a.teleworkCapPersonsPerDay === null ? t.capNone : numberCell(a.teleworkCapPersonsPerDay),
          estimateCell(f.teleworkWantedPerDay, 1),
          estimateCell(f.teleworkGrantedPerDay, 1),
          estimateCell(f.teleworkRefusedPerDay, 1),
          shareCell(f.pCapBindingDay, 1),
          a.satelliteSeatsPerDay === null ? t.capNone : numberCell(a.satelliteSeatsPerDay),
          estimateCell(f.satelliteUsedPerDay, 1),
          estimateCell(f.mainOfficeChangePerDay, 1),
        ],
      ];
    }),
  };
  const paper: ReportTable = {
    id: 'decisions-paper',
    caption: t.reportPaperTitle,
    header: t.reportPaperHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const p = o.workplace?.paper;
      if (p === undefined) return [];
      return [
        [
          names[i],
          numberCell(p.staff),
          numberCell(p.filingMPerStaff, 1),
          numberCell(p.filingMToday),
          `−${pct(p.paperlessShare)}`,
          numberCell(p.filingMKept),
          numberCell(p.storageM2PerFilingM, 2),
          numberCell(p.storageM2),
        ],
      ];
    }),
  };
  return [telework, paper];
}
