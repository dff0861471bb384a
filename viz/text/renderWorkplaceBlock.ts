/** The workplace part of a run as text: desks by zone, booths and rooms, activities, what the office needs. */
import type { WorkplaceRunBlock } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { clock, count, mean, meanCi, pct } from './format.js';
import { textTable } from './textTable.js';
import { renderAttendanceLimits, renderPaper } from './renderWorkplaceLimits.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

export function renderWorkplaceBlock(w: WorkplaceRunBlock, lang: Lang, replications: number): string {
  const m = messages(lang);
  const t = m.workplace;
  const out: string[] = [
    t.head({
      staff: w.staff.total,
      deskUsers: w.staff.deskUsers,
      days: w.daysPerReplication,
      reps: replications,
      events: count(w.events),
    }),
    t.core(clock(w.coreHours.fromMin), clock(w.coreHours.toMin)),
    '',
  ];
  if (w.planNotes.length > 0) out.push(w.planNotes.map((n) => `  ${n[lang]}`).join('\n'), '');
  const sd = w.staffDaysPerDay;
  out.push(
    t.perDay({
      office: mean(sd.office),
      partField: mean(sd.fieldPartDay),
      remote: mean(sd.remote),
      absent: mean(sd.absent),
      field: mean(sd.fieldAllDay),
    }),
    '',
  );
  out.push(...renderAttendanceLimits(w, lang), ...renderPaper(w, lang));

  out.push(t.zonesTitle);
  const rows = w.zones.map((z) => {
    const f = z.figures.all;
    return [
      nameIn(lang, z),
      String(z.staff),
      String(z.desks),
      meanCi(f.peakDemandMean, 1),
      mean(f.peakDemandP95, 0),
      meanCi(f.pShortageDayWithOverflow, 3),
      meanCi(z.pShortageDayAlone, 3),
      String(z.desksNeeded),
      meanCi(f.shortagePersonMinPerDay, 0),
      meanCi(f.deskUtilization, 3),
    ];
  });
  const o = w.office.figures.all;
  rows.push([
    t.officePooled,
    String(w.office.staff),
    String(w.office.desks),
    meanCi(o.peakDemandMean, 1),
    mean(o.peakDemandP95, 0),
    '',
    '',
    '',
    '',
    '',
  ]);
  out.push(textTable(t.zoneHeader, rows), t.definitions, '');
  if (w.touchdown.desks > 0) {
    const td = w.touchdown.figures.all;
    out.push(t.touchdown(w.touchdown.desks, meanCi(td.peakOccupiedMean, 1), meanCi(td.utilization, 3)), '');
  }
  out.push(
    t.weekdayTitle,
    textTable(
      [t.zone, ...m.weekdays],
      w.zones.map((z) => [nameIn(lang, z), ...WEEKDAYS.map((d) => meanCi(z.figures[d].pShortageDayWithOverflow, 3))]),
    ),
    '',
  );

  if (w.spaces.length > 0) {
    out.push(
      t.spacesTitle,
      textTable(
        t.spaceHeader,
        w.spaces.map((s) => {
          const f = s.figures.all;
          return [
            nameIn(lang, s) + (s.requestsDependOnUnits ? ' †' : ''),
            `${m.spaceKind[s.kind] ?? s.kind} ${s.capacityPersons}p`,
            String(s.count),
            meanCi(f.usesPerDay, 1),
            meanCi(f.pBlocked, 3),
            meanCi(f.pFirstChoiceBlocked, 3),
            meanCi(s.pBlockedAlone, 3),
            s.unitsNeeded === null ? '—' : String(s.unitsNeeded),
            meanCi(f.utilization, 3),
            meanCi(f.seatUtilization, 3),
          ];
        }),
      ),
      ...(w.spaces.some((s) => s.requestsDependOnUnits) ? [t.spacesReplayedNote] : []),
      '',
    );
  }

  const d = w.needed.spaceDemand;
  const zoneName = (id: string) => {
    const z = w.zones.find((x) => x.id === id || x.departments.includes(id));
    return z ? nameIn(lang, z) : id;
  };
  const needs = [
    ...Object.entries(d.desksByDepartment ?? {}).map(([dept, k]) => `${zoneName(dept)} ${k}`),
    ...Object.entries(d.desksByZone ?? {}).map(([z, k]) => `${zoneName(z)} ${k}`),
    ...(d.booths1p !== undefined ? [t.booths1p(d.booths1p)] : []),
    ...(d.boothsGroup !== undefined ? [t.boothsGroup(d.boothsGroup)] : []),
    ...(d.focusSeats !== undefined ? [t.focusSeats(d.focusSeats)] : []),
    ...Object.entries(d.meetingRoomsBySize ?? {}).map(([size, k]) => t.rooms(size, k)),
  ];
  out.push(t.needed(pct(w.needed.alpha), pct(w.needed.beta)), `  ${t.neededDesks}: ${needs.join(', ')}`, '');

  if (w.activities.length > 0) {
    out.push(
      t.activitiesTitle,
      textTable(
        t.activityHeader,
        w.activities.map((a) => {
          const f = a.figures.all;
          return [
            m.activity[a.kind] ?? a.kind,
            meanCi(f.requestsPerDay, 1),
            meanCi(f.atDeskByChoicePerDay, 1),
            meanCi(f.pNoSpace, 3),
            meanCi(f.shareFirstChoice, 3),
            meanCi(f.fallbackDeskPerDay, 1),
            meanCi(f.droppedPerDay, 1),
          ];
        }),
      ),
    );
  }
  return out.join('\n');
}
