/** `wardsim size` as text: the answers, the curves behind them, the telework sweep. */
import type { WorkplaceSizingResult } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { meanCi, pct } from './format.js';
import { renderStamp } from './renderStamp.js';
import { textTable } from './textTable.js';
import { renderAttendanceLimits, renderPaper } from './renderWorkplaceLimits.js';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
type Point = { mean: number | null; ci95: number | null };

/** Curve points around the answer: from where P first drops below 0.5 (at most 8 before) to 2 past the answer. */
function around<T extends Point>(curve: readonly T[], answer: number | null): T[] {
  const end = Math.min(curve.length - 1, (answer ?? curve.length - 1) + 2);
  let start = curve.findIndex((p) => (p.mean ?? 0) < 0.5);
  if (start < 0) start = 0;
  start = Math.max(start, end - 8);
  return curve.slice(start, end + 1);
}

export function renderWorkplaceSizing(r: WorkplaceSizingResult, lang: Lang): string {
  const m = messages(lang);
  const t = m.sizing;
  const out: string[] = [
    nameIn(lang, r.scenario) + (r.plan ? ` — ${m.common.plan}: ${nameIn(lang, r.plan)}` : ''),
    renderStamp(r, lang),
    t.head({ alpha: pct(r.alpha, 1), beta: pct(r.beta, 1), reps: r.replications, days: r.daysPerReplication }),
    `${m.common.ciNote} ${t.cautious}`,
  ];
  if (r.planNotes.length > 0) out.push(...r.planNotes.map((n) => `  ${n[lang]}`));
  out.push('', t.zonesTitle);
  const blank = (n: number) => Array.from({ length: n }, () => '');
  out.push(
    textTable(
      [...t.zoneHeader, ...m.weekdays],
      [
        ...r.desks.zones.map((z) => [
          nameIn(lang, z),
          String(z.staff),
          String(z.desksNow),
          meanCi(z.pShortageDayAlone, 3),
          String(z.desksNeeded),
          String(z.desksNeededUpper),
          meanCi(z.pShortageAtNeeded, 3),
          z.staff > 0 ? (z.desksNeeded / z.staff).toFixed(2) : '—',
          String(z.desksNeededAttendanceBound),
          ...WEEKDAYS.map((d) => String(z.desksNeededByWeekday[d])),
        ]),
        [
          t.sumOfZones,
          String(r.desks.zones.reduce((a, z) => a + z.staff, 0)),
          String(r.desks.totalNow),
          '',
          String(r.desks.totalNeeded),
          String(r.desks.zones.reduce((a, z) => a + z.desksNeededUpper, 0)),
          ...blank(8),
        ],
        [
          t.onePool,
          String(r.desks.pooled.staff),
          '',
          '',
          String(r.desks.pooled.desksNeeded),
          String(r.desks.pooled.desksNeededUpper),
          meanCi(r.desks.pooled.pShortageAtNeeded, 3),
          ...blank(7),
        ],
      ],
    ),
    t.zoneNote(r.desks.touchdownNow),
    '',
    t.curvesDesks,
  );
  for (const z of r.desks.zones) {
    const pts = around(z.curve, z.desksNeeded);
    out.push(
      textTable(
        [nameIn(lang, z), ...pts.map((p) => String(p.desks))],
        [[t.pShortage, ...pts.map((p) => (p.mean === null ? '—' : p.mean.toFixed(3)))]],
      ),
    );
  }
  out.push('');

  if (r.spaces.items.length > 0) {
    out.push(
      t.spacesTitle(r.spaces.maxUnits),
      textTable(
        t.spaceHeader,
        r.spaces.items.map((s) => {
          const at = s.unitsNeeded === null ? undefined : s.curve[s.unitsNeeded];
          return [
            nameIn(lang, s) + (s.requestsDependOnUnits ? ' †' : ''),
            `${m.spaceKind[s.kind] ?? s.kind} ${s.capacityPersons}p`,
            s.requestsPerDay === null ? '—' : s.requestsPerDay.toFixed(1),
            String(s.unitsNow),
            meanCi(s.pBlockedAlone, 3),
            s.unitsNeeded === null ? `>${r.spaces.maxUnits}` : String(s.unitsNeeded),
            s.unitsNeededUpper === null ? `>${r.spaces.maxUnits}` : String(s.unitsNeededUpper),
            meanCi(s.pBlockedAtNeeded, 3),
            at?.utilization === null || at === undefined ? '—' : at.utilization.toFixed(3),
          ];
        }),
      ),
      '',
      t.curvesSpaces,
    );
    for (const s of r.spaces.items) {
      const pts = around(s.curve, s.unitsNeeded).filter((p) => p.units > 0 || s.unitsNeeded === 0);
      const cell = (p: (typeof pts)[number]) => (p.mean === null ? '—' : p.mean.toFixed(3)) + (p.simulated ? '*' : '');
      const label = nameIn(lang, s) + (s.requestsDependOnUnits ? ' †' : '');
      out.push(textTable([label, ...pts.map((p) => String(p.units))], [[t.pBlocked, ...pts.map(cell)]]));
    }
    out.push(...(r.spaces.items.some((s) => s.requestsDependOnUnits) ? [t.curvesSimulatedNote] : []), '');
  }

  out.push(...renderAttendanceLimits(r, lang), ...renderPaper(r, lang));
  if (r.sweep) {
    const zones = r.desks.zones;
    out.push(
      t.sweepTitle(pct(r.alpha, 1), r.sweep.replications),
      textTable(
        [t.remoteShare, ...zones.map((z) => nameIn(lang, z)), t.sum, t.onePoolShort],
        r.sweep.rows.map((row) => [
          pct(row.remoteShare),
          ...zones.map((z) => String(row.desksNeededByZone[z.id])),
          String(row.desksNeededTotal),
          String(row.pooledDesksNeeded),
        ]),
      ),
    );
  }
  return out.join('\n');
}
