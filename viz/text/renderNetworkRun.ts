/** `wardsim simulate` as text: one row per station, then the system. */
import type { NetworkRunResult } from '../../engine/results/index.js';
import { messages, type Lang } from '../i18n/index.js';
import { count, meanCi } from './format.js';
import { textTable } from './textTable.js';

export function renderNetworkRun(r: NetworkRunResult, name: string, lang: Lang): string {
  const t = messages(lang).network;
  const rows = r.stations.map((s) => [
    s.id,
    meanCi(s.waitMin),
    meanCi(s.pWait, 3),
    meanCi(s.utilization, 3),
    meanCi(s.queueLength),
    meanCi(s.sojournMin),
    meanCi(s.pAbandon, 3),
    meanCi(s.pBlocked, 3),
    meanCi(s.served, 0),
  ]);
  const rule = messages(lang).common.stoppedBy[r.stoppedBy] ?? r.stoppedBy;
  return [
    t.head({
      name,
      reps: r.replications,
      seed: String(r.seed),
      rule,
      events: count(r.events),
      ms: r.wallMs,
      workers: r.workers,
    }),
    t.warmup(r.warmupMin),
    '',
    textTable(t.header, rows),
    '',
    t.system(meanCi(r.system.sojournMin), meanCi(r.system.inSystem), meanCi(r.system.throughputPerMin, 3)),
  ].join('\n');
}
