/**
 * From a validated `visitors` part to the visitor model's input: times to minutes, defaults
 * filled in (docs/visitors.md lists each with its source), the day's expected visitors from the
 * day-of-week and month factors, and walking times — the scenario's, overridden by the linked
 * floor plan's where the plan knows them.
 */
import type { DistributionSpec } from '../../engine/core/distribution.js';
import { ONE_STOP_ID } from '../../engine/models/visitors/compileVisitorModel.js';
import type { StaffPiece, VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { VisitorWalkingInput } from '../planInputs.js';
import { departmentModifiers, segmentsOf, videoOf } from './modifiersInput.js';
import type { StaffScheduleSpec, VisitorPart } from './visitorSchema.js';

/** Defaults of the levers and rules (sources §6.4–§6.5; [A] marks an assumption there). */
export const VISITOR_DEFAULTS = {
  intervalMin: 15,
  serviceLevel: { normal: { target: 0.8, withinMin: 15 }, peak: { target: 0.8, withinMin: 30 } },
  walkingMin: 0.5,
  lunch: { from: '11:30', to: '14:30', breakMin: 60, ifShiftOverMin: 360 },
  minShiftMin: 240,
  oneStopFactor: { pooled: 0.85, superman: 0.75, dispatch: 1, silo: 1 },
  handoffMin: 2,
  backOfficeTravelMin: 1,
  reservations: { slotMin: 15, noShow: 0.1, offsetMean: -5, offsetSd: 5, earlyMin: 15, lateMin: 10 },
  callback: {
    recallWhenAhead: 3,
    returnMin: { dist: 'uniform', min: 2, max: 6 } as DistributionSpec,
    missProbability: 0.05,
    missDelayMin: 15,
  },
  balk: { displayedWaitOverMin: 120, p: 0.3 },
  comeBackShare: 0.7,
  /** A clerk needs about a minute to send a visitor at the wrong counter on [A]. */
  wrongCounterMin: { dist: 'deterministic', value: 1 } as DistributionSpec,
  /** Half the contact is spent before the missing document shows [A]. */
  incompleteCounterTimeFactor: 0.5,
  /** ナビ機能 and 書かない窓口 on the share of visitors lacking a document (sources §3.8a) [A]. */
  incompleteNaviFactor: 0.7,
  incompleteKakanaiFactor: 0.8,
  /** Incomplete visitors come back within a working week, evenly [A]. */
  returnWithinDays: 5,
} as const;

const DAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;

/** "08:45" or 525 → 525 (minutes from midnight). */
export function toMinutes(t: string | number): number {
  if (typeof t === 'number') return t;
  const [h, m] = t.split(':').map(Number);
  return h * 60 + m;
}

/** "HH:MM" of minutes from midnight. */
export function clockText(min: number): string {
  const m = Math.round(min);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

export function staffPieces(spec: StaffScheduleSpec, openMin: number, closeMin: number): StaffPiece[] {
  if (typeof spec === 'number') return [{ fromMin: openMin, toMin: closeMin, staff: spec }];
  return spec.map((p) => ({ fromMin: toMinutes(p.from), toMin: toMinutes(p.to), staff: p.staff }));
}

/** Day of week and month of a YYYY-MM-DD date. */
export function dayOfDate(date: string): { dayOfWeek: (typeof DAYS)[number]; month: number } {
  const d = new Date(`${date}T00:00:00Z`);
  return { dayOfWeek: DAYS[d.getUTCDay()], month: d.getUTCMonth() + 1 };
}

/** Expected visits of the day: visitorsPerDay × day-of-week (or after-holiday) factor × month factor. */
export function expectedVisitors(part: VisitorPart): number {
  const day = part.day ?? {};
  const demand = part.demand;
  const fromDate = day.date ? dayOfDate(day.date) : undefined;
  const dow = fromDate?.dayOfWeek ?? day.dayOfWeek;
  const month = fromDate?.month ?? day.month;
  let factor = 1;
  if (day.afterHoliday && demand.afterHolidayFactor !== undefined) factor *= demand.afterHolidayFactor;
  else if (dow !== undefined) factor *= demand.dayOfWeekFactor?.[dow] ?? 1;
  if (month !== undefined && demand.monthFactor) factor *= demand.monthFactor[month - 1];
  return demand.visitorsPerDay * factor;
}

/** The walking places of a part: entrance, exit, concierge, reception, waiting and each counter. */
export function walkingPlaces(part: VisitorPart): string[] {
  return [
    'entrance',
    'exit',
    'concierge',
    'reception',
    'waiting',
    ...part.departments.map((d) => `counter:${d.id}`),
    `counter:${ONE_STOP_ID}`,
  ];
}

export function toVisitorInput(part: VisitorPart, walking?: VisitorWalkingInput): VisitorInput {
  const openMin = toMinutes(part.hours.open);
  const closeMin = toMinutes(part.hours.close);
  const staff = (s: StaffScheduleSpec) => staffPieces(s, openMin, closeMin);
  const type = part.day?.type ?? 'normal';
  const levers = part.levers ?? {};
  const r = levers.reservations ?? {};
  const cb = levers.callback ?? {};
  const pat = levers.patience ?? {};
  const org = part.organisation ?? {};
  const orgType = org.type ?? 'silo';
  const rules = part.staffRules ?? {};
  const lunch = rules.lunch === undefined ? VISITOR_DEFAULTS.lunch : rules.lunch;
  const d = VISITOR_DEFAULTS;
  const oneStop = org.oneStop;
  const oneStopDepts = part.departments.filter((dep) => oneStop?.departments.includes(dep.id));

  return {
    openMin,
    closeMin,
    intervalMin: part.intervalMin ?? d.intervalMin,
    serviceLevel: part.serviceLevel ?? d.serviceLevel[type],
    expectedVisitors: expectedVisitors(part),
    profile: part.demand.hourlyProfile.map((p) => ({
      fromMin: toMinutes(p.from),
      toMin: toMinutes(p.to),
      share: p.share,
    })),
    groupSize: part.demand.groupSize ?? { dist: 'deterministic', value: 1 },
    procedures: part.procedures.map((p) => ({
      id: p.id,
      share: p.share,
      steps: p.steps.map((s) => ({ department: s.department, serviceMin: s.serviceMin, p: s.p ?? 1 })),
      diversion: p.diversion ?? 0,
      ...videoOf(p),
      kakanaiFactor: p.kakanaiFactor ?? 1,
      reservationShare: r.share ?? p.reservationShare ?? 0,
      patienceMin: p.patienceMin === undefined ? (pat.patienceMin ?? null) : p.patienceMin,
      ...incompleteShareOf(p.incompleteShare ?? part.incompleteVisits?.shareOfVisits),
    })),
    departments: part.departments.map((dep) => ({
      id: dep.id,
      counters: dep.counters,
      ...departmentModifiers(dep, part.intervalMin ?? d.intervalMin),
      staff: staff(dep.staff),
      backOffice: dep.backOffice
        ? {
            staff: staff(dep.backOffice.staff),
            callWhenWaiting: dep.backOffice.callWhenWaiting,
            travelMin: walking?.staffToCounterMin[dep.id] ?? dep.backOffice.travelMin ?? d.backOfficeTravelMin,
          }
        : null,
      // Only when stated: an absent rule keeps the model input (and its hash) as it was.
      ...(dep.whenClosed === undefined
        ? {}
        : { closed: { whenClosed: dep.whenClosed, redirectTo: dep.redirectTo ?? null } }),
    })),
    ...segmentsOf(part),
    concierge: part.concierge
      ? {
          share: part.concierge.share ?? 1,
          staff: staff(part.concierge.staff),
          serviceMin: part.concierge.serviceMin,
          ...(part.concierge.precheckShare === undefined ? {} : { precheckShare: part.concierge.precheckShare }),
        }
      : null,
    // New blocks only when stated: scenarios without them keep their model input and hash.
    ...triageInputs(part),
    reception: part.reception ? { kiosks: part.reception.kiosks, serviceMin: part.reception.serviceMin } : null,
    walking: walkingMatrix(part, walking),
    organisation: {
      type: orgType,
      renkei: org.renkei ?? false,
      oneStop:
        oneStop === undefined
          ? null
          : {
              departments: oneStop.departments,
              counters: oneStop.counters ?? oneStopDepts.reduce((a, dep) => a + dep.counters, 0),
              seats: oneStop.seats ?? oneStopDepts.reduce((a, dep) => a + dep.counters, 0),
              factor: oneStop.factor ?? d.oneStopFactor[orgType],
              handoffMin: oneStop.handoffMin ?? d.handoffMin,
              // Pooled: by default the departments' own counter staff move to the generalist desk.
              staff:
                oneStop.staff !== undefined ? staff(oneStop.staff) : oneStopDepts.flatMap((dep) => staff(dep.staff)),
            },
    },
    multiSkill: (part.multiSkill ?? []).map((m) => ({ id: m.id, serves: m.serves, staff: staff(m.staff) })),
    lunch:
      lunch === null
        ? null
        : {
            fromMin: toMinutes(lunch.from),
            toMin: toMinutes(lunch.to),
            breakMin: lunch.breakMin,
            ifShiftOverMin: lunch.ifShiftOverMin ?? d.lunch.ifShiftOverMin,
          },
    minShiftMin: rules.minShiftMin ?? d.minShiftMin,
    kakanai: levers.kakanaiMadoguchi ?? false,
    reservations: {
      slotMin: r.slotMin ?? d.reservations.slotMin,
      slotCapacity: r.slotCapacity === undefined || r.slotCapacity === 'even' ? 0 : r.slotCapacity,
      noShow: r.noShow ?? d.reservations.noShow,
      arrivalOffsetMeanMin: r.arrivalOffsetMin?.mean ?? d.reservations.offsetMean,
      arrivalOffsetSdMin: r.arrivalOffsetMin?.sd ?? d.reservations.offsetSd,
      earlyMin: r.checkIn?.earlyMin ?? d.reservations.earlyMin,
      lateMin: r.checkIn?.lateMin ?? d.reservations.lateMin,
      late: r.late ?? 'walkIn',
      priority: r.priority ?? 'first',
    },
    callback: {
      share: cb.share ?? 0,
      recallWhenAhead: cb.recallWhenAhead ?? d.callback.recallWhenAhead,
      returnMin: cb.returnMin ?? d.callback.returnMin,
      missProbability: cb.missProbability ?? d.callback.missProbability,
      missDelayMin: cb.missDelayMin ?? d.callback.missDelayMin,
    },
    patience: {
      balkOverMin: pat.balk?.displayedWaitOverMin ?? d.balk.displayedWaitOverMin,
      balkP: pat.balk?.p ?? d.balk.p,
      comeBackShare: pat.comeBackShare ?? d.comeBackShare,
    },
  };
}

const incompleteShareOf = (share: number | undefined) => (share === undefined ? {} : { incompleteShare: share });

/** The triage and incomplete-visit blocks of the model input, each only when the scenario uses it. */
function triageInputs(part: VisitorPart): Pick<VisitorInput, 'triage' | 'incompleteVisits'> {
  const t = part.triage;
  const d = VISITOR_DEFAULTS;
  const anyIncomplete =
    part.procedures.some((p) => (p.incompleteShare ?? 0) > 0) || part.incompleteVisits !== undefined;
  return {
    ...(t === undefined
      ? {}
      : {
          triage: {
            wrongCounterShare: t.wrongCounterShareWithoutGuidance,
            wrongCounterMin: t.wrongCounterMin ?? d.wrongCounterMin,
            infoAtCounterMin: t.infoAtCounterMin ?? null,
          },
        }),
    ...(anyIncomplete ? { incompleteVisits: incompleteVisitsInput(part) } : {}),
  };
}

function incompleteVisitsInput(part: VisitorPart): NonNullable<VisitorInput['incompleteVisits']> {
  const iv = part.incompleteVisits ?? {};
  const d = VISITOR_DEFAULTS;
  const levers = part.levers ?? {};
  const navi = levers.navi === true ? (iv.naviFactor ?? d.incompleteNaviFactor) : 1;
  const kakanai = levers.kakanaiMadoguchi === true ? (iv.kakanaiFactor ?? d.incompleteKakanaiFactor) : 1;
  const r = iv.returns;
  const within = r?.withinWorkingDays ?? d.returnWithinDays;
  return {
    counterTimeFactor: iv.counterTimeFactor ?? d.incompleteCounterTimeFactor,
    shareFactor: navi * kakanai,
    ...(r === undefined ? {} : { returns: { withinDays: within, warmUpDays: r.warmUpDays ?? within } }),
  };
}

/** Scenario walking times (default, then legs both ways), then the plan's where it knows them. */
function walkingMatrix(part: VisitorPart, plan?: VisitorWalkingInput): VisitorInput['walking'] {
  const places = walkingPlaces(part);
  const n = places.length;
  const index = new Map(places.map((p, i) => [p, i]));
  const def = part.walking?.defaultMin ?? VISITOR_DEFAULTS.walkingMin;
  const minutes = new Array<number>(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) minutes[i * n + j] = i === j ? 0 : def;
  // `exit` is the entrance unless said otherwise.
  const exit = index.get('exit') as number;
  const entrance = index.get('entrance') as number;
  for (let j = 0; j < n; j++) {
    minutes[exit * n + j] = minutes[entrance * n + j];
    minutes[j * n + exit] = minutes[j * n + entrance];
  }
  minutes[exit * n + entrance] = minutes[entrance * n + exit] = 0;
  for (const leg of part.walking?.legs ?? []) {
    const a = index.get(leg.from);
    const b = index.get(leg.to);
    if (a === undefined || b === undefined) continue;
    minutes[a * n + b] = leg.min;
    minutes[b * n + a] = leg.min;
    if (leg.from === 'entrance' || leg.to === 'entrance') {
      const other = leg.from === 'entrance' ? b : a;
      if (!part.walking?.legs?.some((l) => l.from === 'exit' || l.to === 'exit'))
        minutes[other * n + exit] = minutes[exit * n + other] = leg.min;
    }
  }
  if (plan) {
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) {
        if (i === j) continue;
        const t = plan.visitorMin[places[i]]?.[places[j]];
        if (t !== undefined && Number.isFinite(t) && t >= 0) minutes[i * n + j] = t;
      }
    }
  }
  return { places, minutes };
}
