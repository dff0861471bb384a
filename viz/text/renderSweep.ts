/** `wardsim sweep` as text: one row per cell with its settings and headline KPIs. */
import type { SweepResult } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { meanCi } from './format.js';
import { kpiDigits } from './kpiFormat.js';
import { renderStamp } from './renderStamp.js';
import { textTable } from './textTable.js';

/** KPIs shown by default (the rest are in --json). */
const SHOWN = [
  'waitMeanMin',
  'waitP90Min',
  'serviceLevel',
  'abandonmentShare',
  'waitingSeatsP95',
  'deskPeakDemandMean',
  'boothBlockedShare',
];

export function renderSweep(r: SweepResult, lang: Lang): string {
  const m = messages(lang);
  const present = SHOWN.filter((id) => r.rows.some((row) => row.kpis[id] !== undefined));
  const header = [
    m.sweep.cell,
    ...r.parameters.map((p) => p.path),
    ...present.map((id) => m.kpi[id] ?? id),
    m.sweep.target,
  ];
  const rows = r.rows.map((row) => [
    String(row.cell + 1),
    ...r.parameters.map((p) => JSON.stringify(row.settings[p.path])),
    ...present.map((id) => meanCi(row.kpis[id], kpiDigits(id))),
    row.serviceTargetMet === null ? '—' : m.sweep.targetStatus[row.serviceTargetMet],
  ]);
  return [
    `${nameIn(lang, r.scenario)}: ${m.sweep.title(r.rows.length)}`,
    renderStamp(r, lang),
    '',
    textTable(header, rows),
    '',
    m.common.ciNote,
  ].join('\n');
}
