/**
 * The telework cap, the satellite office (with telework days granted vs refused by weekday and
 * the net change of staff at the main office) and paper storage, as text for `wardsim run`.
 * Each part is shown only when the scenario states it.
 */
import type { WorkplaceRunBlock } from '../../engine/results/index.js';
import { messages, type Lang } from '../i18n/index.js';
import { count, mean, meanCi, pct, pctCi } from './format.js';
import { textTable } from './textTable.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;

/** For a run's workplace block and for a sizing document alike (both carry the same block). */
export function renderAttendanceLimits(w: Pick<WorkplaceRunBlock, 'attendanceLimits'>, lang: Lang): string[] {
  const a = w.attendanceLimits;
  if (a === undefined) return [];
  const m = messages(lang);
  const t = m.limits;
  const cap = a.teleworkCapPersonsPerDay === null ? t.capNone : t.capPerDay(a.teleworkCapPersonsPerDay);
  const seats = a.satelliteSeatsPerDay === null ? t.capNone : t.seats(a.satelliteSeatsPerDay);
  const f = a.figures.all;
  const out = [t.title(cap, seats)];
  out.push(
    t.telework({
      wanted: meanCi(f.teleworkWantedPerDay, 1),
      granted: meanCi(f.teleworkGrantedPerDay, 1),
      refused: meanCi(f.teleworkRefusedPerDay, 1),
      share: pctCi(f.pTeleworkRefused, 1),
      binding: pctCi(f.pCapBindingDay, 1),
    }),
  );
  if (a.satelliteSeatsPerDay !== null) {
    out.push(
      t.satellite({
        wanted: meanCi(f.satelliteWantedPerDay, 1),
        used: meanCi(f.satelliteUsedPerDay, 1),
        use: pctCi(f.satelliteUtilization, 1),
        away: meanCi(f.satelliteTurnedAwayPerDay, 2),
        full: pctCi(f.pSatelliteFullDay, 1),
      }),
    );
  }
  const signed = (e: { mean: number | null; ci95: number | null }) => ((e.mean ?? 0) > 0 ? '+' : '') + meanCi(e, 1);
  out.push(t.mainOffice(signed(f.mainOfficeChangePerDay)));
  const rows = WEEKDAYS.map((d, i) => {
    const g = a.figures[d];
    return [
      m.weekdays[i],
      mean(g.teleworkWantedPerDay, 1),
      mean(g.teleworkGrantedPerDay, 1),
      mean(g.teleworkRefusedPerDay, 1),
      mean(g.satelliteUsedPerDay, 1),
      signed({ mean: g.mainOfficeChangePerDay.mean, ci95: null }),
    ];
  });
  out.push(textTable(t.header, rows), t.conservation, '');
  return out;
}

export function renderPaper(w: Pick<WorkplaceRunBlock, 'paper'>, lang: Lang): string[] {
  const p = w.paper;
  if (p === undefined) return [];
  const t = messages(lang).limits;
  return [
    t.paperTitle,
    t.paper({
      staff: p.staff,
      perStaff: String(p.filingMPerStaff),
      today: count(p.filingMToday),
      share: pct(p.paperlessShare),
      kept: count(p.filingMKept),
      m2PerM: String(p.storageM2PerFilingM),
    }),
    t.storage(count(p.storageM2Today), count(p.storageM2)),
    '',
  ];
}
