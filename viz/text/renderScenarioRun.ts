/** `wardsim run` as text: headline KPIs, then each part, then the area check and the office-area standards. */
import type { ScenarioRunPart, ScenarioRunResult } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { meanCi } from './format.js';
import { renderAreaCheck, renderOfficeStandards } from './renderAreaCheck.js';
import { renderStamp } from './renderStamp.js';
import { renderVisitorBlock } from './renderVisitorBlock.js';
import { renderWorkplaceBlock } from './renderWorkplaceBlock.js';
import { scopeNamesOf } from './scopeNames.js';
import { textTable } from './textTable.js';
import { kpiDigits } from './kpiFormat.js';

export function renderScenarioRun(r: ScenarioRunResult, lang: Lang): string {
  const m = messages(lang);
  const title = `${nameIn(lang, r.scenario)}${r.plan ? ` — ${m.common.plan}: ${nameIn(lang, r.plan)}` : ''}`;
  return [title, renderStamp(r, lang), '', renderRunPart(r, lang, r.replications)].join('\n');
}

/** One scenario's run without the stamp (also used for each option of a comparison). */
export function renderRunPart(r: ScenarioRunPart, lang: Lang, replications: number): string {
  const m = messages(lang);
  const out: string[] = [`== ${m.run.headline} ==`, renderKpis(r, lang)];
  if (r.visitors) out.push('', `== ${m.visitors.title} ==`, renderVisitorBlock(r.visitors, lang));
  if (r.workplace) out.push('', `== ${m.workplace.title} ==`, renderWorkplaceBlock(r.workplace, lang, replications));
  if (r.areaCheck && r.plan)
    out.push('', renderAreaCheck(r.areaCheck, nameIn(lang, r.plan), lang, scopeNamesOf(r, lang)));
  if (r.officeStandards) out.push('', renderOfficeStandards(r.officeStandards, lang));
  return out.join('\n');
}

export function renderKpis(r: ScenarioRunPart, lang: Lang): string {
  const m = messages(lang);
  return textTable(
    m.run.kpiHeader,
    Object.entries(r.kpis).map(([id, e]) => [m.kpi[id] ?? id, meanCi(e, kpiDigits(id))]),
  );
}
