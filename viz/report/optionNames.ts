/** What each option is called in the report: "base", "option 1" … with the scenario's name. */
import type { ReportBundle } from '../../engine/results/index.js';
import { reportOptions } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';

export function optionNames(bundle: ReportBundle, lang: Lang): string[] {
  const options = reportOptions(bundle);
  if (options.length === 1) return [nameIn(lang, options[0].scenario)];
  const m = messages(lang);
  return options.map((o, i) => `${i === 0 ? m.compare.base : `${m.report.option} ${i}`}: ${nameIn(lang, o.scenario)}`);
}

/** A short label for table cells ("base", "option 1" …). */
export function optionShortNames(bundle: ReportBundle, lang: Lang): string[] {
  const options = reportOptions(bundle);
  const m = messages(lang);
  if (options.length === 1) return [nameIn(lang, options[0].scenario)];
  return options.map((_, i) => (i === 0 ? m.compare.base : `${m.report.option} ${i}`));
}
