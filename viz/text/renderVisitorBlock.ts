/**
 * The visitor part of a run as text: headline figures, then tables by procedure, by hour of
 * arrival, by counter and by interval. Every figure is the mean over the simulated days ± the
 * half-width of its 95% confidence interval.
 */
import type { Estimate, VisitorRunBlock } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { clock, meanCi, pct, pctCi } from './format.js';
import { modifierLines } from './renderVisitorModifiers.js';
import { textTable } from './textTable.js';

/** Mean over the intervals of a per-interval figure (undefined intervals left out). */
function dayMean(series: readonly Estimate[]): number | null {
  const xs = series.map((e) => e.mean).filter((x): x is number => x !== null && Number.isFinite(x));
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null;
}

/** Closed spans (departments with a closed-span rule): when, what visitors do, how many were sent on or away. */
function closedLines(v: VisitorRunBlock, lang: Lang): string[] {
  const c = v.closedSpans;
  if (c === undefined) return [];
  const t = messages(lang).visitors;
  const names = new Map(v.queues.map((q) => [q.id, nameIn(lang, q)]));
  const lines = c.departments.map((d) => {
    const spans = d.spans.length === 0 ? '—' : d.spans.map((s) => `${s.from}–${s.to}`).join(', ');
    const target = d.redirectTo === null ? '' : ` ${names.get(d.redirectTo) ?? d.redirectTo}`;
    return t.closedSpan(nameIn(lang, d), spans, `${t.closedRule[d.whenClosed]}${target}`);
  });
  return [...lines, t.closedCounts(meanCi(c.redirected, 1), meanCi(c.left, 1))];
}

/** Guidance (concierge triage) and incomplete visits, when the scenario models them. */
function triageLines(v: VisitorRunBlock, lang: Lang): string[] {
  const g = v.triage;
  if (g === undefined) return [];
  const t = messages(lang).visitors;
  return [
    t.triage({
      wrong: meanCi(g.wrongCounter, 1),
      info: meanCi(g.infoAtCounter, 1),
      answered: meanCi(g.answeredByConcierge, 1),
    }),
    t.incomplete(meanCi(g.incompleteAtCounter, 1), meanCi(g.incompleteAtConcierge, 1)),
    ...(v.returns === undefined
      ? []
      : [
          t.returns({
            arrived: meanCi(v.returns.arrived, 1),
            pending: meanCi(v.returns.pendingAtEnd, 1),
            made: meanCi(v.returns.madeOverHorizon, 1),
            returned: meanCi(v.returns.returnedOverHorizon, 1),
          }),
        ]),
  ];
}

export function renderVisitorBlock(v: VisitorRunBlock, lang: Lang): string {
  const m = messages(lang);
  const t = m.visitors;
  // Lines nobody joins (departments whose work the one-stop desk took over) are left out.
  const queues = v.queues.filter((q) => (q.joins.mean ?? 0) > 0);
  const staffOf = new Map(v.staff.map((s) => [s.id, s]));
  const out: string[] = [
    t.day({
      day: m.dayType[v.day.type],
      open: v.day.open,
      close: v.day.close,
      expected: v.day.expectedVisitors.toFixed(0),
      org: m.org[v.day.organisation],
      renkei: v.day.renkei,
      kakanai: v.day.kakanaiMadoguchi,
      within: v.day.serviceLevel.withinMin,
      target: pct(v.day.serviceLevel.target),
    }),
    t.note,
    '',
    textTable(
      [t.visitors, t.demand, t.diverted, t.arrived, t.served, t.gaveUp, t.unserved],
      [
        [
          '',
          meanCi(v.visitors.demand, 0),
          meanCi(v.visitors.diverted, 0),
          meanCi(v.visitors.arrived, 0),
          meanCi(v.visitors.served, 0),
          `${meanCi(v.visitors.abandoned, 0)} / ${meanCi(v.visitors.balked, 0)}`,
          meanCi(v.visitors.unserved, 0),
        ],
      ],
    ),
    '',
    textTable(
      ['', t.mean, 'p50', 'p90', 'p95', t.max],
      [
        [
          t.wait,
          meanCi(v.waitMeanMin, 1),
          meanCi(v.waitP50Min, 1),
          meanCi(v.waitP90Min, 1),
          meanCi(v.waitP95Min, 1),
          meanCi(v.waitMaxMin, 1),
        ],
        [
          t.inOffice,
          meanCi(v.timeInOfficeMeanMin, 1),
          '',
          meanCi(v.timeInOfficeP90Min, 1),
          '',
          meanCi(v.timeInOfficeMaxMin, 1),
        ],
      ],
    ),
    '',
    `${t.countersVisited} ${meanCi(v.countersVisited, 2)}; ${t.walking} ${meanCi(v.walkingMin, 2)}; ${t.waitingArea}: ${t.mean} ${meanCi(v.waitingArea.personsMean, 1)}, ${t.seats} ${meanCi(v.waitingArea.personsP95, 0)}, ${t.max} ${meanCi(v.waitingArea.personsMax, 0)}`,
    t.closing(
      clock(v.closing.lastDepartureMin.mean),
      v.closing.overtimeStaffHours.mean === null ? '—' : v.closing.overtimeStaffHours.mean.toFixed(1),
    ),
    ...closedLines(v, lang),
    ...triageLines(v, lang),
    ...modifierLines(v, lang),
    '',
    `${t.byProcedure}:`,
    textTable(
      [t.procedure, t.arrivals, `${t.wait} ${t.mean}`, 'p90', 'p95', t.max, t.inOffice, t.countersVisited],
      v.procedures.map((p) => [
        nameIn(lang, p),
        meanCi(p.arrived, 0),
        meanCi(p.waitMeanMin, 1),
        meanCi(p.waitP90Min, 1),
        meanCi(p.waitP95Min, 1),
        meanCi(p.waitMaxMin, 1),
        meanCi(p.timeInOfficeMeanMin, 1),
        meanCi(p.countersVisited, 2),
      ]),
    ),
    '',
    `${t.byHour}:`,
    textTable(
      [t.hour, t.arrivals, `${t.wait} ${t.mean}`, 'p50', 'p90', 'p95', t.max],
      v.byHour.map((h) => [
        h.hour,
        meanCi(h.arrivals, 0),
        meanCi(h.waitMeanMin, 1),
        meanCi(h.waitP50Min, 1),
        meanCi(h.waitP90Min, 1),
        meanCi(h.waitP95Min, 1),
        meanCi(h.waitMaxMin, 1),
      ]),
    ),
    '',
    `${t.byQueue}:`,
    textTable(
      [t.counter, t.contacts, `${t.wait} ${t.mean}`, t.maxWait, t.inTime, t.abandoned, t.counterUse, t.staffUse],
      queues.map((q) => {
        const staff = staffOf.get(q.id);
        return [
          nameIn(lang, q),
          meanCi(q.joins, 0),
          meanCi(q.waitMeanMin, 1),
          meanCi(q.waitMaxMin, 1),
          pctCi(q.serviceLevel),
          meanCi(q.abandoned, 0),
          pct(dayMean(q.byInterval.map((b) => b.counterUtilization))),
          pct(staff ? dayMean(staff.byInterval.map((b) => b.utilization)) : null),
        ];
      }),
    ),
    '',
    `${t.byInterval}:`,
    textTable(
      [
        t.interval,
        t.arrivals,
        t.left,
        t.inTime,
        `${t.waitingArea} ${t.mean}`,
        t.max,
        ...queues.map((q) => nameIn(lang, q)),
      ],
      v.byInterval.map((b, i) => [
        b.start,
        meanCi(b.arrivals, 0),
        meanCi(b.served, 0),
        pct(b.serviceLevel.mean),
        meanCi(b.waitingPersonsMean, 1),
        meanCi(b.waitingPersonsMax, 0),
        ...queues.map((q) => pct(q.byInterval[i]?.serviceLevel.mean)),
      ]),
    ),
  ];
  return out.join('\n');
}
