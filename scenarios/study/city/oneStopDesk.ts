/**
 * A one-stop desk (総合窓口) for the visits that need several counters, as the seeds describe the
 * one-stop counter: the visitor no longer moves from counter to counter and does not state the
 * same details again (seed 001 section 2-2; seed 003: a parent telling the same story at every
 * counter). Every step of a multi-counter procedure (moving, family-register notifications) is
 * done at one seat by one clerk — the pooled organisation, AHT = factor × the sum of the parts,
 * the factor standing for the repeated identification and explanation saved (sources §6.4 [A]).
 * Single-counter visits keep their own counters: nothing is repeated there, so nothing is saved.
 *
 * Counters and staff move with the work: the departments that handled multi-counter contacts
 * share their counters out again in proportion to each line's counter workload after the change —
 * the desk at factor × the contacts it bundles, each department at what is left to it (diversion
 * and 書かない窓口 counted, so a DX option splits by its own workload) — at least one counter for
 * a department that keeps visitors of its own. Back-office helpers of a department that moves
 * whole stay with the work as multi-skilled staff of the desk: the engine attaches back-office help
 * to a department's own line only, and a pooled desk has none.
 */
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import { VISITOR_DEFAULTS } from '../../visitors/toVisitorInput.js';
import { minutesPerVisitByDepartment } from './departmentWorkload.js';

export const ONE_STOP_DESK_ID = 'sogo-madoguchi';

type Department = VisitorPart['departments'][number];

/** Procedures whose steps use two or more departments. */
export function multiCounterProcedures(part: VisitorPart): Set<string> {
  return new Set(part.procedures.filter((p) => new Set(p.steps.map((s) => s.department)).size >= 2).map((p) => p.id));
}

/**
 * Counter minutes a day per department as the part runs them (diversion and 書かない窓口 counted):
 * of multi-counter procedures, and of the rest.
 */
function splitWorkload(
  part: VisitorPart,
  multi: Set<string>,
): { multi: Map<string, number>; own: Map<string, number> } {
  const out = { multi: new Map<string, number>(), own: new Map<string, number>() };
  const kakanai = part.levers?.kakanaiMadoguchi === true;
  for (const p of part.procedures) {
    const visits =
      part.demand.visitorsPerDay * p.share * (1 - (p.diversion ?? 0)) * (kakanai ? (p.kakanaiFactor ?? 1) : 1);
    const into = multi.has(p.id) ? out.multi : out.own;
    for (const [dept, min] of minutesPerVisitByDepartment(p)) into.set(dept, (into.get(dept) ?? 0) + visits * min);
  }
  return out;
}

const staffNumber = (d: Department): number => {
  if (typeof d.staff !== 'number')
    throw new Error(`one-stop desk: department ${d.id} has a staff schedule; give a number`);
  return d.staff;
};

/** `total` shared out in proportion to `weights` (largest remainder), at least `min[i]` each. */
function shareOut(total: number, weights: readonly number[], min: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (sum > 0 ? (total * w) / sum : 0));
  const out = exact.map((x, i) => Math.max(min[i], Math.floor(x)));
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  let left = total - out.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left <= 0) break;
    out[i] += 1;
    left -= 1;
  }
  return out;
}

export function withOneStopDesk(part: VisitorPart): VisitorPart {
  const multi = multiCounterProcedures(part);
  const load = splitWorkload(part, multi);
  const factor = VISITOR_DEFAULTS.oneStopFactor.pooled;
  const involved = part.departments.filter((d) => (load.multi.get(d.id) ?? 0) > 0);
  const others = part.departments.filter((d) => !involved.includes(d));
  // Lines after the change: the desk first, then each involved department with what is left to it.
  const weights = [
    factor * involved.reduce((a, d) => a + (load.multi.get(d.id) ?? 0), 0),
    ...involved.map((d) => load.own.get(d.id) ?? 0),
  ];
  const mins = [1, ...involved.map((d) => ((load.own.get(d.id) ?? 0) > 0 ? 1 : 0))];
  const counters = shareOut(
    involved.reduce((a, d) => a + d.counters, 0),
    weights,
    mins,
  );
  const staff = shareOut(
    involved.reduce((a, d) => a + staffNumber(d), 0),
    weights,
    mins,
  );
  const [deskCounters, deskStaff] = [counters[0], staff[0]];
  const moved = involved.map((d, i) => `${d.id} ${d.counters} → ${counters[i + 1]}`);
  let helpers = 0;
  const kept: Department[] = [...others];
  involved.forEach((d, i) => {
    const help = d.backOffice?.staff;
    if (counters[i + 1] === 0) {
      if (typeof help === 'number') helpers += help;
      return;
    }
    kept.push({
      ...d,
      counters: counters[i + 1],
      staff: staff[i + 1],
      note: [
        d.note,
        `one-stop: counters ${d.counters} → ${counters[i + 1]}, staff ${staffNumber(d)} → ${staff[i + 1]} ` +
          '(the rest moved to the 総合窓口 with the multi-counter work)',
      ]
        .filter((x) => x !== undefined && x !== '')
        .join('; '),
    });
  });
  const order = (d: Department) => part.departments.findIndex((x) => x.id === d.id);
  kept.sort((a, b) => order(a) - order(b));
  const desk: Department = {
    id: ONE_STOP_DESK_ID,
    name: 'One-stop desk: moves and family-register notifications',
    nameJa: '総合窓口（異動・戸籍届のワンストップ）',
    counters: deskCounters,
    staff: deskStaff,
    note:
      `one-stop desk for multi-counter visits [D]: the involved departments' counters shared out by workload ` +
      `after the change (${moved.join(', ')}); docs/city-study.md#one-stop`,
  };
  const deskOf = (id: string) => (multi.has(id) ? ONE_STOP_DESK_ID : undefined);
  const known = new Set([...kept.map((d) => `counter:${d.id}`), `counter:${ONE_STOP_DESK_ID}`, 'counter:onestop']);
  const isPlace = (p: string) => !p.startsWith('counter:') || known.has(p);
  return {
    ...part,
    procedures: part.procedures.map((p) =>
      deskOf(p.id) ? { ...p, steps: p.steps.map((s) => ({ ...s, department: ONE_STOP_DESK_ID })) } : p,
    ),
    departments: [desk, ...kept],
    ...(part.walking
      ? {
          walking: { ...part.walking, legs: (part.walking.legs ?? []).filter((l) => isPlace(l.from) && isPlace(l.to)) },
        }
      : {}),
    organisation: {
      ...(part.organisation ?? {}),
      type: 'pooled',
      renkei: true,
      oneStop: { departments: [ONE_STOP_DESK_ID], factor: VISITOR_DEFAULTS.oneStopFactor.pooled },
    },
    ...(helpers > 0 ? { multiSkill: [{ id: 'help-sogo-madoguchi', serves: ['onestop'], staff: helpers }] } : {}),
  };
}
