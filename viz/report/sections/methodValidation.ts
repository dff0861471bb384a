/**
 * The validation part of the method section: the exact-theory cases and their test criteria as two
 * tables (engine core, then the visitor and workplace models). Each exact value is computed now by
 * engine/theory and carried as data-value, so a test can hold the page against the formulas.
 */
import { el, type Html } from '../html.js';
import { tableHtml, type ReportCell, type ReportTable } from '../reportTable.js';
import type { MethodMessages } from '../../i18n/method.en.js';
import { modelChecks, networkChecks, type Criterion, type ValidationCheck } from './methodValidationCases.js';

/** Four significant digits are enough to compare with a published table; integers stay whole. */
export function exactText(x: number): string {
  return Number.isInteger(x) ? x.toLocaleString('en-US') : String(Number(x.toPrecision(4)));
}

function criterionText(c: Criterion, t: MethodMessages['validation']['criteria']): string {
  switch (c.kind) {
    case 'ciRelative':
      return t.ciRelative({ reps: c.replications, level: String(c.confidencePct), max: String(c.maxRelativePct) });
    case 'ciAbsolute':
      return t.ciAbsolute({ reps: c.replications, level: String(c.confidencePct), max: String(c.maxHalfWidth) });
    case 'ciOnly':
      return t.ciOnly({ reps: c.replications, level: String(c.confidencePct) });
    case 'little':
      return t.little(c.replications);
    case 'exact':
      return t.exact(c.replications);
    case 'between':
      return t.between({ reps: c.replications, from: String(c.from), to: String(c.to) });
  }
}

function row(check: ValidationCheck, t: MethodMessages['validation']): ReportCell[] {
  const figure = t.figures[check.figure];
  const attrs = { 'data-case': check.case, 'data-figure': check.figure, 'data-station': check.station };
  return [
    { text: t.cases[check.case], attrs: { 'data-case': check.case } },
    { text: check.station === null ? figure : t.station(check.station, figure) },
    { text: t.theory[check.case] },
    check.exact === null ? { text: t.identity, attrs } : { text: exactText(check.exact), value: check.exact, attrs },
    { text: criterionText(check.criterion, t.criteria) },
  ];
}

export function validationTables(t: MethodMessages['validation']): ReportTable[] {
  const table = (id: string, caption: string, checks: ValidationCheck[]): ReportTable => ({
    id,
    caption,
    header: t.header,
    rows: checks.map((c) => row(c, t)),
  });
  return [
    table('method-validation', t.networkCaption, networkChecks()),
    table('method-validation-models', t.modelsCaption, modelChecks()),
  ];
}

export function validationHtml(t: MethodMessages['validation'], tables: ReportTable[]): Html {
  const [network, models] = tables;
  return el(
    'section',
    { id: 'method-validation', class: 'report-subsection' },
    el('h3', {}, t.title),
    el('p', {}, t.intro),
    tableHtml(network),
    el('p', {}, t.modelsIntro),
    tableHtml(models),
  );
}
