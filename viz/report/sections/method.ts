/**
 * The report's "Method and validation" section: the conceptual model of what this study simulated,
 * the exact-theory cases the engine is tested against, the limits of the model, and the STRESS-DES
 * checklist filled from the bundle. Every table shown is also returned, for the CSV export.
 */
import type { ReportBundle, ReportContext } from '../../../engine/results/index.js';
import { el, type Html } from '../html.js';
import { tableHtml, type ReportTable } from '../reportTable.js';
import { messages } from '../../i18n/index.js';
import type { MethodMessages } from '../../i18n/method.en.js';
import { conceptHtml, limitsHtml, partsUsed } from './methodConcept.js';
import { methodFacts } from './methodFacts.js';
import { STRESS_REFERENCE, stressTable } from './methodStress.js';
import { validationHtml, validationTables } from './methodValidation.js';

export function methodMessages(lang: ReportContext['lang']): MethodMessages {
  return messages(lang).method;
}

export function methodSection(bundle: ReportBundle, ctx: ReportContext): { html: Html; tables: ReportTable[] } {
  const m = methodMessages(ctx.lang);
  const facts = methodFacts(bundle);
  const used = partsUsed(facts, bundle.staffing.length, bundle.sizing !== null);
  const validation = validationTables(m.validation);
  const stress = stressTable(bundle, ctx, m, facts, used);
  const html = el(
    'section',
    { id: 'method', class: 'report-section' },
    el('h2', {}, m.title),
    conceptHtml(facts, ctx.lang, m, used, bundle.staffing.length),
    validationHtml(m.validation, validation),
    limitsHtml(m.limits, used),
    el(
      'section',
      { id: 'method-stress', class: 'report-subsection' },
      el('h3', {}, m.stress.title),
      el('p', {}, m.stress.intro),
      el('p', { class: 'reference' }, `${m.stress.reference} `, el('cite', {}, STRESS_REFERENCE)),
      tableHtml(stress),
      el(
        'p',
        { class: 'note' },
        `${m.stress.seeAlso} `,
        el('a', { href: '#assumptions' }, m.stress.assumptionsLink),
        m.concept.listSeparator,
        el('a', { href: '#stamp' }, m.stress.stampLink),
      ),
    ),
  );
  return { html, tables: [...validation, stress] };
}
