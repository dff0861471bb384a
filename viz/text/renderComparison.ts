/**
 * `wardsim compare` as text. It leads with a verdict per option — what improves or worsens with
 * confidence (the paired 95% CI excludes 0), and whether the option meets its service target —
 * then one table per variant with both estimates, the paired difference and the unpaired CI.
 */
import type { ComparisonResult, ServiceTargetCheck } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { meanCi, pct, pctCi } from './format.js';
import { kpiDigits } from './kpiFormat.js';
import { renderRunPart } from './renderScenarioRun.js';
import { renderStamp } from './renderStamp.js';
import { textTable } from './textTable.js';

export function renderComparison(r: ComparisonResult, lang: Lang, detail = false): string {
  const m = messages(lang);
  const c = m.compare;
  const kpiName = (id: string) => m.kpi[id] ?? id;
  const target = (t: ServiceTargetCheck | null) =>
    t === null
      ? []
      : [
          `  ${c.target({ status: c.targetStatus[t.status], sl: pctCi(t.serviceLevel, 1), target: pct(t.target), within: t.withinMin })}`,
        ];
  const out: string[] = [
    c.title(r.variants.length + 1),
    renderStamp(r, lang),
    '',
    `== ${c.verdictTitle} ==`,
    `${c.base}: ${nameIn(lang, r.base)}`,
    ...target(r.base.serviceTarget),
  ];
  for (const v of r.variants) {
    const by = (verdict: string) =>
      Object.entries(v.metrics)
        .filter(([, x]) => x.verdict === verdict)
        .map(([id]) => kpiName(id));
    out.push(`${nameIn(lang, v)}:`);
    const better = by('better');
    const worse = by('worse');
    const same = by('no-difference');
    if (better.length > 0) out.push(`  ${c.improves}: ${better.join(', ')}`);
    if (worse.length > 0) out.push(`  ${c.worsens}: ${worse.join(', ')}`);
    if (same.length > 0) out.push(`  ${c.unchanged}: ${same.join(', ')}`);
    out.push(...target(v.serviceTarget));
  }
  for (const v of r.variants) {
    out.push('', `== ${c.tableTitle(nameIn(lang, v))} ==`);
    const rows = Object.entries(v.metrics).map(([id, x]) => {
      const d = kpiDigits(id) + 1;
      return [
        kpiName(id),
        meanCi(x.base, d),
        meanCi(x.variant, d),
        meanCi(x.diff, d),
        x.unpairedCi95 === null ? '—' : `± ${x.unpairedCi95.toFixed(d)}`,
        c.verdict[x.verdict],
      ];
    });
    out.push(textTable(c.header, rows));
  }
  out.push('', c.pairing, m.common.ciNote);
  if (detail)
    for (const run of r.runs)
      out.push('', `=== ${nameIn(lang, run.scenario)} ===`, renderRunPart(run, lang, r.replications));
  return out.join('\n');
}
