/**
 * Relational checks of the `visitors` part that a JSON Schema cannot express: shares that sum
 * to 1, ids that must exist, departments that must have counters, schedules without holes while
 * visitors still arrive, times in the right order. Tolerant of malformed input (it runs next to
 * schema validation and only looks at fields of the right type), so one pass reports everything.
 */
import type { InputIssue } from '../../engine/inputError.js';
import { ONE_STOP_ID } from '../../engine/models/visitors/compileVisitorModel.js';
import { checkDistribution } from '../../engine/schema/checkDistribution.js';
import { checkClosedRules } from './checkClosedRules.js';
import { checkModifiers } from './checkModifiers.js';
import { clockText, dayOfDate, expectedVisitors, walkingPlaces } from './toVisitorInput.js';
import type { VisitorPart } from './visitorSchema.js';

/** Visits of one simulated day after its factors: about 1 GB and 10 s of work for one day here (docs/limits.md). */
export const MAX_VISITS_PER_SIMULATED_DAY = 2_000_000;

const SUM_TOLERANCE = 1e-6;

type Rec = Record<string, unknown>;
const isRec = (x: unknown): x is Rec => typeof x === 'object' && x !== null && !Array.isArray(x);
const recs = (x: unknown): Rec[] => (Array.isArray(x) ? x.map((v: unknown) => (isRec(v) ? v : {})) : []);
const num = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : undefined);
const str = (x: unknown): string | undefined => (typeof x === 'string' ? x : undefined);

/** Minutes of a time of day ("HH:MM" or a number), undefined when malformed. */
function time(x: unknown): number | undefined {
  if (typeof x === 'number') return Number.isFinite(x) ? x : undefined;
  if (typeof x !== 'string' || !/^\d{1,2}:\d{2}$/.test(x)) return undefined;
  const [h, m] = x.split(':').map(Number);
  return h * 60 + m;
}

interface Span {
  from: number;
  to: number;
  staff: number;
}

/** Staff pieces in minutes (a number covers the opening hours). */
function staffSpans(spec: unknown, open: number, close: number): Span[] | undefined {
  if (typeof spec === 'number') return [{ from: open, to: close, staff: spec }];
  if (!Array.isArray(spec)) return undefined;
  const out: Span[] = [];
  for (const p of recs(spec)) {
    const from = time(p.from);
    const to = time(p.to);
    const staff = num(p.staff);
    if (from === undefined || to === undefined || staff === undefined) return undefined;
    out.push({ from, to, staff });
  }
  return out;
}

/**
 * The visits of the simulated day after its factors (day of week or after-holiday, month; each
 * up to 100) stay within MAX_VISITS_PER_SIMULATED_DAY: every visitor of the day is a row of the
 * day's tables. Only looked at when the fields it needs have the right types.
 */
function checkDayVolume(part: Rec, path: string, issues: InputIssue[]): void {
  const demand = isRec(part.demand) ? part.demand : {};
  const day = isRec(part.day) ? part.day : {};
  const date = typeof day.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day.date) ? dayOfDate(day.date) : undefined;
  if (num(demand.visitorsPerDay) === undefined || (day.date !== undefined && date === undefined)) return;
  try {
    const visits = expectedVisitors({
      ...part,
      day: date ? { ...day, ...date } : day,
      demand,
    } as unknown as VisitorPart);
    if (!(visits > MAX_VISITS_PER_SIMULATED_DAY)) return;
    const message = `expected at most ${MAX_VISITS_PER_SIMULATED_DAY.toLocaleString('en')} visits in the simulated day after its factors, got ${Math.round(visits).toLocaleString('en')}`;
    issues.push({ path, message, code: 'WSM_LIMIT_EXCEEDED' });
  } catch {
    // malformed factors: reported by the schema
  }
}

export function checkVisitorPart(part: unknown, path: string, issues: InputIssue[]): void {
  if (!isRec(part)) return;
  const at = (p: string) => `${path}.${p}`;
  const hours = isRec(part.hours) ? part.hours : {};
  const open = time(hours.open);
  const close = time(hours.close);
  if (open !== undefined && close !== undefined && !(open < close)) {
    issues.push({
      path: at('hours.close'),
      message: `expected after opening (${clockText(open)}), got ${clockText(close)}`,
    });
  }
  const dayOk = open !== undefined && close !== undefined && open < close;

  // --- demand ---
  const demand = isRec(part.demand) ? part.demand : {};
  checkDayVolume(part, at('demand'), issues);
  const profile = recs(demand.hourlyProfile);
  let shareSum = 0;
  const arriving: { from: number; to: number }[] = [];
  profile.forEach((p, i) => {
    const from = time(p.from);
    const to = time(p.to);
    const share = num(p.share);
    if (share !== undefined) shareSum += share;
    if (from === undefined || to === undefined) return;
    if (!(from < to))
      issues.push({
        path: at(`demand.hourlyProfile[${i}].to`),
        message: `expected after from (${clockText(from)}), got ${clockText(to)}`,
      });
    else if (dayOk && (from < (open as number) || to > (close as number))) {
      issues.push({
        path: at(`demand.hourlyProfile[${i}]`),
        message: `expected inside opening hours ${clockText(open as number)}–${clockText(close as number)}, got ${clockText(from)}–${clockText(to)}`,
      });
    }
    if (share !== undefined && share > 0 && from < to) arriving.push({ from, to });
  });
  overlaps(profile, (i) => at(`demand.hourlyProfile[${i}].from`), issues);
  if (profile.length > 0 && Math.abs(shareSum - 1) > SUM_TOLERANCE) {
    issues.push({ path: at('demand.hourlyProfile'), message: `expected shares summing to 1, got ${round(shareSum)}` });
  }
  checkDistribution(demand.groupSize, at('demand.groupSize'), issues);

  // --- departments ---
  const departments = recs(part.departments);
  const deptIndex = new Map<string, number>();
  departments.forEach((d, i) => {
    const id = str(d.id);
    if (id === undefined) return;
    if (deptIndex.has(id))
      issues.push({
        path: at(`departments[${i}].id`),
        message: `duplicate id ${JSON.stringify(id)} (also departments[${deptIndex.get(id)}])`,
      });
    else deptIndex.set(id, i);
    if (id === ONE_STOP_ID)
      issues.push({ path: at(`departments[${i}].id`), message: `"${ONE_STOP_ID}" is reserved for the one-stop desk` });
  });
  const known = [...deptIndex.keys()].map((k) => JSON.stringify(k)).join(', ');
  const org = isRec(part.organisation) ? part.organisation : {};
  const orgType = str(org.type) ?? 'silo';
  const oneStop = isRec(org.oneStop) ? org.oneStop : undefined;
  const oneStopDepts = new Set(
    Array.isArray(oneStop?.departments)
      ? (oneStop.departments as unknown[]).filter((x): x is string => typeof x === 'string')
      : [],
  );
  const byOneStop = (id: string) => orgType !== 'silo' && oneStopDepts.has(id);
  if (orgType !== 'silo' && oneStop === undefined) {
    issues.push({
      path: at('organisation.oneStop'),
      message: `required for the ${orgType} organisation (which departments the one-stop desk handles)`,
    });
  }
  if (oneStop !== undefined) {
    (Array.isArray(oneStop.departments) ? oneStop.departments : []).forEach((d: unknown, i: number) => {
      if (typeof d === 'string' && !deptIndex.has(d))
        issues.push({
          path: at(`organisation.oneStop.departments[${i}]`),
          message: `expected the id of a department (${known}), got ${JSON.stringify(d)}`,
        });
    });
    if ((orgType === 'pooled' || orgType === 'superman') && oneStop.counters === 0) {
      issues.push({
        path: at('organisation.oneStop.counters'),
        message: `expected at least 1 one-stop counter for the ${orgType} organisation, got 0`,
      });
    }
    if (orgType === 'dispatch' && oneStop.seats === 0)
      issues.push({
        path: at('organisation.oneStop.seats'),
        message: 'expected at least 1 seat for the dispatch organisation, got 0',
      });
    if (orgType === 'superman' && oneStop.staff === undefined) {
      issues.push({
        path: at('organisation.oneStop.staff'),
        message:
          'required for the superman organisation: how many multi-skilled clerks (each handles every one-stop department)',
      });
    }
  }

  checkClosedRules(departments, deptIndex, byOneStop, at, issues);
  checkModifiers(part, at, issues);

  // --- procedures ---
  const procedures = recs(part.procedures);
  const procIds = new Map<string, number>();
  let procShares = 0;
  const usedDepts = new Set<string>();
  procedures.forEach((p, i) => {
    const id = str(p.id);
    if (id !== undefined) {
      if (procIds.has(id))
        issues.push({
          path: at(`procedures[${i}].id`),
          message: `duplicate id ${JSON.stringify(id)} (also procedures[${procIds.get(id)}])`,
        });
      else procIds.set(id, i);
    }
    const share = num(p.share);
    if (share !== undefined) procShares += share;
    const positive = share === undefined || share > 0;
    recs(p.steps).forEach((s, k) => {
      const sp = at(`procedures[${i}].steps[${k}]`);
      checkDistribution(s.serviceMin, `${sp}.serviceMin`, issues);
      const dep = str(s.department);
      if (dep === undefined) return;
      const di = deptIndex.get(dep);
      if (di === undefined) {
        issues.push({
          path: `${sp}.department`,
          message: `expected the id of a department (${known}), got ${JSON.stringify(dep)}`,
        });
        return;
      }
      if (positive && (num(s.p) ?? 1) > 0) usedDepts.add(dep);
      const counters = num(departments[di].counters);
      if (counters === 0 && !byOneStop(dep) && positive) {
        issues.push({
          path: `${sp}.department`,
          message: `department ${JSON.stringify(dep)} has no counters (departments[${di}].counters is 0), but this procedure needs it`,
        });
      }
    });
    if (p.patienceMin !== null) checkDistribution(p.patienceMin, at(`procedures[${i}].patienceMin`), issues);
  });
  if (procedures.length > 0 && Math.abs(procShares - 1) > SUM_TOLERANCE) {
    issues.push({
      path: at('procedures'),
      message: `expected the procedures' shares to sum to 1, got ${round(procShares)} (${procedures.map((p, i) => `procedures[${i}].share ${num(p.share) ?? '?'}`).join(' + ')})`,
    });
  }

  // --- staff schedules and holes ---
  const multiSkill = recs(part.multiSkill);
  const schedules: { path: string; spans: Span[]; serves: string[] }[] = [];
  const addSchedule = (spec: unknown, p: string, serves: string[]) => {
    if (!dayOk) return;
    const spans = staffSpans(spec, open as number, close as number);
    if (spans === undefined) return;
    if (Array.isArray(spec)) {
      recs(spec).forEach((piece, i) => {
        const from = time(piece.from);
        const to = time(piece.to);
        if (from !== undefined && to !== undefined && !(from < to))
          issues.push({
            path: `${p}[${i}].to`,
            message: `expected after from (${clockText(from)}), got ${clockText(to)}`,
          });
      });
      overlaps(recs(spec), (i) => `${p}[${i}].from`, issues);
    }
    schedules.push({ path: p, spans, serves });
  };
  departments.forEach((d, i) => {
    const id = str(d.id);
    if (id !== undefined) addSchedule(d.staff, at(`departments[${i}].staff`), [id]);
    if (isRec(d.backOffice)) addSchedule(d.backOffice.staff, at(`departments[${i}].backOffice.staff`), []);
  });
  if (oneStop?.staff !== undefined) addSchedule(oneStop.staff, at('organisation.oneStop.staff'), [ONE_STOP_ID]);
  multiSkill.forEach((m, i) => {
    const serves = Array.isArray(m.serves)
      ? (m.serves as unknown[]).filter((x): x is string => typeof x === 'string')
      : [];
    serves.forEach((s, k) => {
      if (s !== ONE_STOP_ID && !deptIndex.has(s))
        issues.push({
          path: at(`multiSkill[${i}].serves[${k}]`),
          message: `expected the id of a department (${known}) or "${ONE_STOP_ID}", got ${JSON.stringify(s)}`,
        });
    });
    addSchedule(m.staff, at(`multiSkill[${i}].staff`), serves);
  });
  if (dayOk && arriving.length > 0) {
    const queues = new Set<string>();
    for (const dep of usedDepts) queues.add(byOneStop(dep) && orgType !== 'dispatch' ? ONE_STOP_ID : dep);
    for (const q of queues) {
      const own = schedules.find((s) => s.serves.length === 1 && s.serves[0] === q && !s.path.includes('multiSkill'));
      let spans = schedules.filter((s) => s.serves.includes(q)).flatMap((s) => s.spans);
      if (q === ONE_STOP_ID && oneStop?.staff === undefined) {
        spans = departments
          .filter((d) => oneStopDepts.has(str(d.id) ?? ''))
          .flatMap((d) => staffSpans(d.staff, open as number, close as number) ?? []);
      }
      const where =
        own?.path ??
        (q === ONE_STOP_ID ? at('organisation.oneStop.staff') : at(`departments[${deptIndex.get(q)}].staff`));
      // A department with a closed-span rule may be closed: the rule says what its visitors do.
      if (q !== ONE_STOP_ID && departments[deptIndex.get(q) ?? -1]?.whenClosed !== undefined) continue;
      const hole = firstHole(spans, arriving, open as number, close as number);
      const rule = at(`departments[${deptIndex.get(q)}].whenClosed`);
      const allow = q === ONE_STOP_ID ? '' : ` (to allow a closed span, set ${rule} to "wait", "redirect" or "leave")`;
      const span = hole && `${clockText(hole.from)} to ${clockText(hole.to)}`;
      if (hole)
        issues.push({ path: where, message: `no counter staff from ${span} while visitors still arrive${allow}` });
    }
  }
  const concierge = isRec(part.concierge) ? part.concierge : undefined;
  if (concierge) {
    checkDistribution(concierge.serviceMin, at('concierge.serviceMin'), issues);
    if (dayOk && (num(concierge.share) ?? 1) > 0 && arriving.length > 0) {
      const spans = staffSpans(concierge.staff, open as number, close as number);
      const hole = spans && firstHole(spans, arriving, open as number, close as number);
      if (hole)
        issues.push({
          path: at('concierge.staff'),
          message: `no concierge staff from ${clockText(hole.from)} to ${clockText(hole.to)} while visitors still arrive`,
        });
    }
  }
  if (isRec(part.reception)) checkDistribution(part.reception.serviceMin, at('reception.serviceMin'), issues);
  const triage = isRec(part.triage) ? part.triage : {};
  checkDistribution(triage.wrongCounterMin, at('triage.wrongCounterMin'), issues);
  const info = triage.infoAtCounterMin;
  if (info !== null) checkDistribution(info, at('triage.infoAtCounterMin'), issues);

  // --- rules and levers ---
  const rules = isRec(part.staffRules) ? part.staffRules : {};
  if (isRec(rules.lunch)) {
    const from = time(rules.lunch.from);
    const to = time(rules.lunch.to);
    const br = num(rules.lunch.breakMin);
    if (from !== undefined && to !== undefined && !(from < to))
      issues.push({
        path: at('staffRules.lunch.to'),
        message: `expected after from (${clockText(from)}), got ${clockText(to)}`,
      });
    else if (from !== undefined && to !== undefined && br !== undefined && br > to - from) {
      issues.push({
        path: at('staffRules.lunch.breakMin'),
        message: `expected at most the lunch window (${to - from} min), got ${br}`,
      });
    }
  }
  const levers = isRec(part.levers) ? part.levers : {};
  const cb = isRec(levers.callback) ? levers.callback : {};
  checkDistribution(cb.returnMin, at('levers.callback.returnMin'), issues);
  const pat = isRec(levers.patience) ? levers.patience : {};
  if (pat.patienceMin !== null) checkDistribution(pat.patienceMin, at('levers.patience.patienceMin'), issues);
  const res = isRec(levers.reservations) ? levers.reservations : {};
  const slot = num(res.slotMin);
  if (slot !== undefined && dayOk && slot > (close as number) - (open as number)) {
    issues.push({
      path: at('levers.reservations.slotMin'),
      message: `expected at most the opening hours (${(close as number) - (open as number)} min), got ${slot}`,
    });
  }

  // --- day and walking ---
  const day = isRec(part.day) ? part.day : {};
  if (typeof day.date === 'string') {
    const d = new Date(`${day.date}T00:00:00Z`);
    if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day.date)
      issues.push({
        path: at('day.date'),
        message: `expected a calendar date YYYY-MM-DD, got ${JSON.stringify(day.date)}`,
      });
    if (day.dayOfWeek !== undefined || day.month !== undefined)
      issues.push({ path: at('day.date'), message: 'expected either a date or dayOfWeek/month, got both' });
  }
  const places = new Set(
    walkingPlaces({ departments: departments.map((d) => ({ id: str(d.id) ?? '' })) } as VisitorPart),
  );
  const walking = isRec(part.walking) ? part.walking : {};
  recs(walking.legs).forEach((leg, i) => {
    for (const end of ['from', 'to'] as const) {
      const p = str(leg[end]);
      if (p !== undefined && !places.has(p))
        issues.push({
          path: at(`walking.legs[${i}].${end}`),
          message: `expected a place (${[...places].join(', ')}), got ${JSON.stringify(p)}`,
        });
    }
  });
}

/** First span of opening hours, while visitors arrive, with nobody on `spans`. */
function firstHole(
  spans: Span[],
  arriving: { from: number; to: number }[],
  open: number,
  close: number,
): { from: number; to: number } | undefined {
  const cuts = new Set<number>([open, close]);
  for (const s of [...spans, ...arriving.map((a) => ({ ...a, staff: 0 }))]) {
    if (s.from > open && s.from < close) cuts.add(s.from);
    if (s.to > open && s.to < close) cuts.add(s.to);
  }
  const times = [...cuts].sort((a, b) => a - b);
  let hole: { from: number; to: number } | undefined;
  for (let i = 0; i + 1 < times.length; i++) {
    const a = times[i];
    const b = times[i + 1];
    const staffed = spans.some((s) => s.staff > 0 && s.from <= a && a < s.to);
    const visitors = arriving.some((r) => r.from <= a && a < r.to);
    if (!staffed && visitors) {
      if (hole && hole.to === a) hole.to = b;
      else if (!hole) hole = { from: a, to: b };
    } else if (hole) break;
  }
  return hole;
}

function overlaps(pieces: Rec[], pathOf: (i: number) => string, issues: InputIssue[]): void {
  const spans = pieces
    .map((p, index) => ({ from: time(p.from), to: time(p.to), index }))
    .filter(
      (s): s is { from: number; to: number; index: number } =>
        s.from !== undefined && s.to !== undefined && s.from < s.to,
    )
    .sort((a, b) => a.from - b.from);
  for (let i = 1; i < spans.length; i++) {
    if (spans[i].from < spans[i - 1].to) {
      issues.push({
        path: pathOf(spans[i].index),
        message: `overlaps piece ${spans[i - 1].index} (${clockText(spans[i - 1].from)}–${clockText(spans[i - 1].to)}), got ${clockText(spans[i].from)}`,
      });
    }
  }
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
