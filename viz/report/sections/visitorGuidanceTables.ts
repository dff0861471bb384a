/**
 * Report tables of concierge triage with incomplete and return visits, and of counters closed for
 * a span: one row per option (and closed department) that models them; an option without them
 * adds no row, and a table without rows is not shown.
 */
import type { ScenarioRunPart } from '../../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import { estimateCell } from '../reportFormat.js';
import type { CellInput, ReportTable } from '../reportTable.js';

export function visitorGuidanceTables(
  options: readonly ScenarioRunPart[],
  names: readonly string[],
  lang: Lang,
): ReportTable[] {
  const t = messages(lang).guidance;
  const guidance: ReportTable = {
    id: 'decisions-guidance',
    caption: t.reportGuidanceTitle,
    header: t.reportGuidanceHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const g = o.visitors?.triage;
      if (g === undefined) return [];
      const r = o.visitors?.returns;
      return [
        [
          names[i],
          estimateCell(g.wrongCounter, 1),
          estimateCell(g.infoAtCounter, 1),
          estimateCell(g.answeredByConcierge, 1),
          estimateCell(g.incompleteAtCounter, 1),
          estimateCell(g.incompleteAtConcierge, 1),
          r === undefined ? '—' : estimateCell(r.arrived, 1),
          r === undefined ? '—' : estimateCell(r.pendingAtEnd, 1),
        ],
      ];
    }),
  };
  const closed: ReportTable = {
    id: 'decisions-closed',
    caption: t.reportClosedTitle,
    header: t.reportClosedHeader,
    rows: options.flatMap((o, i): CellInput[][] => {
      const c = o.visitors?.closedSpans;
      if (c === undefined || o.visitors === undefined) return [];
      const queue = new Map(o.visitors.queues.map((q) => [q.id, q]));
      return c.departments.map((d) => {
        const target = d.redirectTo === null ? undefined : queue.get(d.redirectTo);
        const to = target ? ` ${nameIn(lang, target)}` : '';
        return [
          names[i],
          nameIn(lang, d),
          d.spans.map((s) => `${s.from}–${s.to}`).join(', ') || '—',
          `${t.closedRule[d.whenClosed]}${to}`,
          // The day's counts are per rule (all counters with it together), shown on that rule's rows.
          d.whenClosed === 'redirect' ? estimateCell(c.redirected, 1) : '—',
          d.whenClosed === 'leave' ? estimateCell(c.left, 1) : '—',
        ];
      });
    }),
  };
  return [guidance, closed];
}
