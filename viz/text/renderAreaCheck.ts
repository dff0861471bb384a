/** The area check against a plan and the building total against the office-area standards, as text. */
import type { AreaCheckRow, OfficeStandardsBlock } from '../../engine/results/index.js';
import { messages, type Lang } from '../i18n/index.js';
import { textTable } from './textTable.js';

/** `scope` ids (department, zone or "all") → names in the language. */
export type ScopeNames = (scope: string) => string;

export function renderAreaCheck(
  rows: readonly AreaCheckRow[],
  planName: string,
  lang: Lang,
  scopeName: ScopeNames,
): string {
  const a = messages(lang).area;
  const m2 = (x: number) => x.toFixed(1);
  const cells = rows.map((r) => [
    a.item[r.item] ?? r.item,
    r.scope === 'all' ? messages(lang).common.all : scopeName(r.scope),
    String(r.demandUnits),
    String(r.planUnits),
    m2(r.needM2),
    m2(r.planM2),
    (r.surplusM2 >= 0 ? '+' : '') + m2(r.surplusM2),
    a.status[r.status] ?? r.status,
  ]);
  return [`== ${a.title(planName)} ==`, textTable(a.header, cells)].join('\n');
}

export function renderOfficeStandards(c: OfficeStandardsBlock, lang: Lang): string {
  const a = messages(lang).area;
  const m2 = (x: number) => Math.round(x).toLocaleString('en-US');
  const pct = (x: number) => `${Math.round(100 * x)} %`;
  return [
    `== ${a.standardsTitle(c.staff)}${c.staffDerivedFromHeadcount ? a.derivedRanks : ''} ==`,
    a.planGross(m2(c.planGrossM2), c.planM2PerStaff.toFixed(1)),
    a.somu(m2(c.somuM2), pct(c.planToSomu)),
    a.mlit(m2(c.mlitM2), pct(c.planToMlit)),
    a.leftOut,
  ].join('\n');
}
