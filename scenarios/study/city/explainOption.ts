/**
 * Why an option does not move a KPI (docs/city-study.md#explain): when the paired difference of
 * the mean wait or the service level against the ward's baseline is no better, the figures that
 * say why, as findings with numbers (the report words them in both languages):
 *   overloaded-day   the day's counter work reaches 95 % of the staff at the counters or more: however
 *                    the counters are organised, the backlog stays — it only moves between visitors;
 *   saturated-line   a line asked for more than its staff give (design utilisation ≥ 0.95, or staff
 *                    busy ≥ 95 % of their time at the counter): it queues all day;
 *   shifted-waits    the procedure whose visitors gain most and the one whose visitors lose most;
 *   longer-contacts  a one-stop desk bundles several contacts into one: fewer, longer contacts, each
 *                    waiting behind long ones (the service level counts contacts);
 *   more-served      fewer give up, so the mean wait — of those served — counts visitors who used to leave;
 *   fewer-contacts   fewer counter contacts per visitor: the silo's quick follow-on contacts that
 *                    lifted its service level (a per-contact share) are gone;
 *   lost-help        back-office staff who helped at the counters in the baseline have no line to help.
 */
import type { Finding, LineFigures, MetricComparison, ScenarioRunPart } from '../../../engine/results/index.js';

const SATURATED = 0.95;
/** Procedures with fewer visitors than this share of the day's arrivals are left out of shifted-waits. */
const MIN_SHARE = 0.02;
const WATCHED = ['waitMeanMin', 'serviceLevel'] as const;

type Subject = Finding['subjects'][number];
const m = (e: { mean: number | null } | undefined) => e?.mean ?? 0;
const subject = (x: { id: string; name: string; nameJa: string }): Subject => ({
  id: x.id,
  name: x.name,
  nameJa: x.nameJa,
});

function helpStaff(run: ScenarioRunPart): number {
  const v = run.visitors;
  if (v === undefined) return 0;
  return v.staff
    .filter((s) => s.kind === 'backOffice' || s.kind === 'multiSkill')
    .reduce((a, s) => a + Math.max(0, ...s.byInterval.map((i) => i.onCounter)), 0);
}

const weightedService = (lines: readonly LineFigures[]) => {
  const n = lines.reduce((a, l) => a + l.expectedContacts, 0);
  return n > 0 ? lines.reduce((a, l) => a + l.expectedContacts * l.serviceMinPerContact, 0) / n : 0;
};

/** The procedures whose visitors gain and lose most in mean wait, each by more than 1 min. */
function shiftedWaits(base: ScenarioRunPart, option: ScenarioRunPart): Omit<Finding, 'kpis'> | null {
  const b = base.visitors?.procedures ?? [];
  const o = option.visitors?.procedures ?? [];
  const total = o.reduce((a, p) => a + m(p.arrived), 0);
  const rows = o
    .filter((p) => m(p.arrived) >= MIN_SHARE * total)
    .map((p) => ({ p, before: m(b.find((x) => x.id === p.id)?.waitMeanMin), after: m(p.waitMeanMin) }));
  if (rows.length < 2) return null;
  const byChange = [...rows].sort((x, y) => x.after - x.before - (y.after - y.before));
  const [win, lose] = [byChange[0], byChange[byChange.length - 1]];
  if (!(win.after - win.before < -1 && lose.after - lose.before > 1)) return null;
  return {
    code: 'shifted-waits',
    subjects: [subject(win.p), subject(lose.p)],
    figures: {
      winnerBaselineMin: win.before,
      winnerOptionMin: win.after,
      winnerVisitors: m(win.p.arrived),
      loserBaselineMin: lose.before,
      loserOptionMin: lose.after,
      loserVisitors: m(lose.p.arrived),
    },
  };
}

export function explainOption(
  base: { run: ScenarioRunPart; lines: LineFigures[] },
  option: { run: ScenarioRunPart; lines: LineFigures[] },
  versus: Record<string, MetricComparison>,
): Finding[] {
  const out: Finding[] = [];
  // One finding per code and subjects, naming every watched KPI it explains.
  const push = (f: Omit<Finding, 'kpis'>, kpi: string) => {
    const key = (x: Omit<Finding, 'kpis'>) => `${x.code}|${x.subjects.map((s) => s.id).join(',')}`;
    const same = out.find((x) => key(x) === key(f));
    if (same) same.kpis.push(kpi);
    else out.push({ ...f, kpis: [kpi] });
  };
  for (const kpi of WATCHED) {
    const c = versus[kpi];
    if (c === undefined || c.verdict === 'better') continue;
    const offered = option.lines.reduce((a, l) => a + l.offeredLoadErlangs, 0);
    const staff = option.lines.reduce((a, l) => a + l.staffAtCounterMean, 0);
    if (staff > 0 && offered >= SATURATED * staff)
      push(
        {
          code: 'overloaded-day',
          subjects: [],
          figures: { offeredLoadErlangs: offered, staffAtCounterMean: staff, designUtilization: offered / staff },
        },
        kpi,
      );
    for (const l of option.lines) {
      const busy = l.staffUtilization ?? 0;
      if (l.designUtilization < SATURATED && busy < SATURATED) continue;
      const figures = {
        staffUtilization: busy,
        designUtilization: l.designUtilization,
        serviceMinPerContact: l.serviceMinPerContact,
        offeredLoadErlangs: l.offeredLoadErlangs,
        staffAtCounterMean: l.staffAtCounterMean,
        contacts: m(l.contacts),
        waitMeanMin: m(l.waitMeanMin),
      };
      push({ code: 'saturated-line', subjects: [subject(l)], figures }, kpi);
    }
    const shifted = kpi === 'waitMeanMin' ? shiftedWaits(base.run, option.run) : null;
    if (shifted) push(shifted, kpi);
    const desk = option.lines.find((l) => l.id === 'onestop');
    const baseMin = weightedService(base.lines);
    if (desk !== undefined && desk.serviceMinPerContact > baseMin) {
      push(
        {
          code: 'longer-contacts',
          subjects: [subject(desk)],
          figures: {
            deskServiceMin: desk.serviceMinPerContact,
            baselineServiceMin: baseMin,
            optionServiceMin: weightedService(option.lines),
          },
        },
        kpi,
      );
    }
    const served = versus.servedVisitors;
    const gaveUp = versus.abandonmentShare;
    if (kpi === 'waitMeanMin' && served?.verdict === 'better' && gaveUp?.verdict === 'better') {
      push(
        {
          code: 'more-served',
          subjects: [],
          figures: {
            servedDiff: m(served.diff),
            abandonmentDiff: m(gaveUp.diff),
            servedBaseline: m(served.base),
            servedOption: m(served.variant),
          },
        },
        kpi,
      );
    }
    const visited = versus.countersVisited;
    if (kpi === 'serviceLevel' && visited?.verdict === 'better') {
      push(
        {
          code: 'fewer-contacts',
          subjects: [],
          figures: { countersVisitedBaseline: m(visited.base), countersVisitedOption: m(visited.variant) },
        },
        kpi,
      );
    }
    const before = helpStaff(base.run);
    const after = helpStaff(option.run);
    if (after < before)
      push({ code: 'lost-help', subjects: [], figures: { helpStaffBaseline: before, helpStaffOption: after } }, kpi);
  }
  return out;
}
