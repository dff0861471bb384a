/** `wardsim staff` as text: staff per interval (Erlang C → simulation), then the service levels of both plans. */
import type { StaffingPlanResult } from '../../engine/results/index.js';
import { messages, nameIn, type Lang } from '../i18n/index.js';
import { renderStamp } from './renderStamp.js';
import { textTable } from './textTable.js';

const pct = (x: number | null) => (x !== null && Number.isFinite(x) ? `${Math.round(100 * x)}%` : '—');
const pct1 = (x: number | null) => (x !== null && Number.isFinite(x) ? `${(100 * x).toFixed(1)}%` : '—');

export function renderStaffingPlan(p: StaffingPlanResult, lang: Lang): string {
  const t = messages(lang).staffing;
  const tg = p.target;
  const names = p.groups.map((g) => nameIn(lang, g));
  const staffRows = p.intervals.map((label, i) => [
    label,
    ...p.groups.map((g) => `${g.erlangCRoster[i]} → ${g.staff[i]}`),
    `${p.totals.erlangCByInterval[i]} → ${p.totals.staffByInterval[i]}`,
  ]);
  staffRows.push([
    t.staffHours,
    ...p.groups.map((g) => `${g.erlangCStaffHours.toFixed(1)} → ${g.staffHours.toFixed(1)}`),
    `${p.totals.erlangCStaffHours.toFixed(1)} → ${p.totals.staffHours.toFixed(1)}`,
  ]);
  staffRows.push([
    t.countersNeeded,
    ...p.groups.map((g) => `${g.countersNeeded} (${t.have} ${g.counters ?? '∞'})`),
    '',
  ]);
  const positionsCell = (g: StaffingPlanResult['groups'][number]) =>
    `${g.positions ?? '∞'}${g.positionsSource === 'plan' ? t.fromPlan : ''}`;
  staffRows.push([t.positions, ...p.groups.map(positionsCell), '']);
  const slRows = p.intervals.map((label, i) => [
    label,
    ...p.groups.map((g) => `${pct(g.erlangCServiceLevel[i])} / ${pct(g.serviceLevel[i])}`),
  ]);
  const misses = p.groups.map(
    (g) => g.erlangCServiceLevel.filter((x) => x !== null && x < tg.serviceLevel - 1e-9).length,
  );
  return [
    t.head({
      name: nameIn(lang, p.scenario),
      interval: tg.intervalMin,
      target: pct(tg.serviceLevel),
      within: tg.withinMin,
      occupancy: pct(tg.maxOccupancy),
      minShift: tg.minShiftMin,
    }),
    t.days({
      reps: p.replications,
      seed: String(p.seed),
      evaluations: p.evaluations,
      seconds: (p.wallMs / 1000).toFixed(1),
    }),
    renderStamp(p, lang),
    t.legend,
    '',
    t.staffTitle,
    textTable([t.interval, ...names, messages(lang).common.total], staffRows),
    '',
    t.slTitle(pct(tg.serviceLevel)),
    textTable([t.interval, ...names], slRows),
    '',
    ...p.groups.map((g, k) => t.groupLine(names[k], misses[k], g.shifts.map((s) => `${s.from}–${s.to}`).join(', '))),
    ...shortfallLines(p, lang),
    p.feasible ? t.feasible : p.positionsBind ? t.infeasibleWithinPositions : t.infeasible,
  ].join('\n');
}

/** Each interval that misses a target: what the positions give, and what the target would need. */
function shortfallLines(p: StaffingPlanResult, lang: Lang): string[] {
  const t = messages(lang).staffing;
  const rows = p.groups.flatMap((g) =>
    g.shortfall.map((s) => [
      nameIn(lang, g),
      s.interval,
      s.serviceLevel.mean === null ? '—' : `${pct1(s.serviceLevel.mean)} ± ${pct1(s.serviceLevel.ci95)}`,
      pct(p.target.serviceLevel),
      pct(s.occupancy),
      String(g.positions ?? '∞'),
      s.positionsForTarget === null ? t.cannotBeMet : String(s.positionsForTarget),
      s.extraPositions === null ? t.cannotBeMet : `+${s.extraPositions}`,
    ]),
  );
  const out = p.positionsBind ? ['', t.bindNote] : [];
  return rows.length === 0 ? out : [...out, '', t.shortfallTitle, textTable(t.shortfallHeader, rows), ''];
}
