/** The provenance line every text output starts with: engine, input hash, seed, replications, rule, time. */
import type { Envelope, ResultKind } from '../../engine/results/index.js';
import { messages, type Lang } from '../i18n/index.js';

export function renderStamp(r: Envelope<ResultKind>, lang: Lang): string {
  const c = messages(lang).common;
  const rule = c.stoppedBy[r.stoppedBy] ?? r.stoppedBy;
  const lines = [
    c.stamp({
      engine: r.engineVersion,
      hash: r.inputHash,
      seed: String(r.seed),
      replications: r.replications,
      rule,
      ms: r.wallMs,
      workers: r.workers,
    }),
  ];
  if (r.stoppingRule.type === 'precision') {
    const names = r.stoppingRule.kpis.map((k) => messages(lang).kpi[k] ?? k).join(', ');
    lines.push(c.precisionRule(r.stoppingRule.relativeHalfWidth, names));
  }
  return lines.join('\n');
}
