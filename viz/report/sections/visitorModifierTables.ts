/**
 * Report tables of video consultations (オンライン相談), visitor segments and phone duty, one
 * row per option (and segment or department) that states them; an option without them adds no
 * row, and a table without rows is not shown.
 */
import type { ScenarioRunPart } from '../../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import { estimateCell, numberCell } from '../reportFormat.js';
import type { CellInput, ReportTable } from '../reportTable.js';

export function visitorModifierTables(
  options: readonly ScenarioRunPart[],
  names: readonly string[],
  lang: Lang,
): ReportTable[] {
  const t = messages(lang).visitorModifiers;
  const video: ReportTable = {
    id: 'decisions-video',
    caption: t.reportVideoTitle,
    header: t.reportVideoHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const v = o.visitors;
      if (v?.video === undefined) return [];
      const booths = v.video.booths.reduce((a, b) => a + b.booths, 0);
      return [
        [
          names[i],
          estimateCell(v.video.consultations, 1),
          estimateCell(v.video.waitMeanMin, 1),
          estimateCell(v.video.staffHours, 1),
          numberCell(booths),
          estimateCell(v.visitors.arrived, 0),
          estimateCell(v.waitingArea.personsMean, 1),
        ],
      ];
    }),
  };
  const segments: ReportTable = {
    id: 'decisions-segments',
    caption: t.segmentsTitle,
    header: [t.reportOption, ...t.segmentHeader],
    rows: options.flatMap((o, i): CellInput[][] =>
      (o.visitors?.segments ?? []).map((s) => [
        names[i],
        nameIn(lang, s),
        numberCell(s.serviceFactor, 2),
        numberCell(s.extraMinPerContactMean, 1),
        estimateCell(s.arrived, 0),
        estimateCell(s.served, 0),
        estimateCell(s.waitMeanMin, 1),
      ]),
    ),
  };
  const phone: ReportTable = {
    id: 'decisions-phone',
    caption: t.reportPhoneTitle,
    header: t.reportPhoneHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const v = o.visitors;
      if (v === undefined) return [];
      const queue = new Map(v.queues.map((q) => [q.id, q]));
      return v.staff
        .filter((s) => s.phoneStaffHours !== undefined)
        .map((s) => {
          const q = queue.get(s.id);
          return [
            names[i],
            q ? nameIn(lang, q) : s.id,
            numberCell(s.phoneStaffHours ?? 0, 1),
            estimateCell(q?.waitMeanMin, 1),
          ];
        });
    }),
  };
  return [video, segments, phone];
}
