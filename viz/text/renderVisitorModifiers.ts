/**
 * Video consultations, visitor segments and phone duty in the text of a visitor run (each only
 * when the scenario states it): one line for the video consultations, a table of the segments,
 * one line for the phone duty per department.
 */
import type { VisitorRunBlock } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { meanCi } from './format.js';
import { textTable } from './textTable.js';

export function modifierLines(v: VisitorRunBlock, lang: Lang): string[] {
  const t = messages(lang).visitorModifiers;
  const out: string[] = [];
  if (v.video !== undefined) {
    const booths = v.video.booths.map((b) => `${nameIn(lang, b)} ${b.booths}`).join(', ');
    out.push(
      t.video({
        held: meanCi(v.video.consultations, 1),
        served: meanCi(v.video.served, 1),
        wait: meanCi(v.video.waitMeanMin, 1),
        hours: meanCi(v.video.staffHours, 1),
        booths: booths === '' ? t.noBooths : t.boothsAt(booths),
      }),
    );
  }
  const phone = v.staff.filter((s) => s.phoneStaffHours !== undefined);
  if (phone.length > 0) {
    const names = new Map(v.queues.map((q) => [q.id, nameIn(lang, q)]));
    out.push(t.phone(phone.map((s) => `${names.get(s.id) ?? s.id} ${(s.phoneStaffHours ?? 0).toFixed(1)}`).join(', ')));
  }
  if (v.segments !== undefined && v.segments.length > 0) {
    out.push(
      '',
      `${t.segmentsTitle}:`,
      textTable(
        t.segmentHeader,
        v.segments.map((s) => [
          nameIn(lang, s),
          s.serviceFactor.toFixed(2),
          s.extraMinPerContactMean.toFixed(1),
          meanCi(s.arrived, 0),
          meanCi(s.served, 0),
          meanCi(s.waitMeanMin, 1),
        ]),
      ),
    );
  }
  return out;
}
