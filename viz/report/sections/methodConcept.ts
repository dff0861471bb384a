/**
 * The prose parts of the method section: the conceptual model of each part the study ran (with the
 * base option's settings), what is measured per replication, and the limits of the parts used.
 * Parts the study did not run are named once instead of described, so the text never claims more
 * than the results hold.
 */
import { el, type Html } from '../html.js';
import { messages, nameIn, type Lang } from '../../i18n/index.js';
import type { MethodMessages } from '../../i18n/method.en.js';
import type { MethodFacts } from './methodFacts.js';

type Part = 'visitors' | 'staffing' | 'workplace' | 'area';

/** Which parts of the method this study used; `plan`: a floor plan is linked (its limits apply). */
export type PartsUsed = Record<Part | 'plan', boolean>;

export function partsUsed(f: MethodFacts, staffingPlans: number, hasSizing: boolean): PartsUsed {
  return {
    visitors: f.visitors !== null,
    staffing: staffingPlans > 0,
    workplace: f.workplace !== null || hasSizing,
    area: f.hasArea,
    plan: f.plan !== null || f.hasArea,
  };
}

function studyLine(
  part: Part,
  f: MethodFacts,
  lang: Lang,
  t: MethodMessages['concept'],
  staffingPlans: number,
): string | null {
  const m = messages(lang);
  const v = f.visitors;
  const w = f.workplace;
  switch (part) {
    case 'visitors':
      return v === null
        ? null
        : t.studyVisitors({
            day: m.dayType[v.day.type] ?? v.day.type,
            open: v.day.open,
            close: v.day.close,
            expected: Math.round(v.day.expectedVisitors).toLocaleString('en-US'),
            org: m.org[v.day.organisation] ?? v.day.organisation,
            renkei: v.day.renkei,
            kakanai: v.day.kakanaiMadoguchi,
          });
    case 'staffing':
      return t.studyStaffing(staffingPlans);
    case 'workplace':
      return w === null
        ? null
        : t.studyWorkplace({
            staff: w.staff.total,
            zones: w.zones.length,
            desks: w.zones.reduce((a, z) => a + z.desks, 0),
            days: w.daysPerReplication,
          });
    case 'area':
      return f.plan === null ? null : t.studyArea(nameIn(lang, f.plan));
  }
}

export function conceptHtml(
  f: MethodFacts,
  lang: Lang,
  m: MethodMessages,
  used: PartsUsed,
  staffingPlans: number,
): Html {
  const t = m.concept;
  const gap = m.sentenceGap;
  const parts: Part[] = ['visitors', 'staffing', 'workplace', 'area'];
  const missing = parts.filter((p) => !used[p]).map((p) => t.parts[p]);
  return el(
    'section',
    { id: 'method-concept', class: 'report-subsection' },
    el('h3', {}, t.title),
    parts
      .filter((p) => used[p])
      .map((p) => {
        const line = studyLine(p, f, lang, t, staffingPlans);
        return el('p', { 'data-part': p }, t[p], line === null ? null : [gap, el('em', {}, line)]);
      }),
    missing.length > 0 ? el('p', { class: 'note' }, t.notRun(m.list(missing))) : null,
    el('p', {}, t.measured),
    el('p', {}, t.replications),
  );
}

/** The limits of the parts used, each group under its own heading; the general ones always. */
export function limitsHtml(t: MethodMessages['limits'], used: PartsUsed): Html {
  const groups: { key: keyof MethodMessages['limits']['groups']; on: boolean }[] = [
    { key: 'general', on: true },
    { key: 'visitors', on: used.visitors },
    { key: 'staffing', on: used.staffing },
    { key: 'workplace', on: used.workplace },
    { key: 'plan', on: used.plan },
  ];
  return el(
    'section',
    { id: 'method-limits', class: 'report-subsection' },
    el('h3', {}, t.title),
    el('p', {}, t.intro),
    groups
      .filter((g) => g.on)
      .map((g) => [
        el('h4', {}, t.groups[g.key]),
        el(
          'ul',
          { 'data-limits': g.key },
          t[g.key].map((item) => el('li', {}, item)),
        ),
      ]),
  );
}
