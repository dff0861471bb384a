/**
 * Compiles a VisitorInput once (per worker) into the fixed structures every replication shares:
 * queues, staff groups with their at-counter curves (lunch breaks taken out), walking matrix,
 * procedure tables. Replications then only reset counters and draw numbers.
 *
 * Queues: one per department (a counter queue, or in the dispatch organisation a queue of seated
 * visitors waiting for a specialist), the one-stop counter queue (pooled, superman), the one-stop
 * seats (dispatch), the concierge and the reception kiosks.
 */
import { distributionMean } from '../../core/distribution.js';
import { phoneDutyCurve } from './phoneDuty.js';
import { segmentMeanFactors } from './segmentMeans.js';
import { onCounterCurve, rosterCurve, type StepCurve } from './staffRoster.js';
import type { StaffPiece, VisitorInput } from './visitorInput.js';

export const Q_COUNTER = 0;
export const Q_SPECIALIST = 1;
export const Q_SEAT = 2;
export const Q_CONCIERGE = 3;
export const Q_KIOSK = 4;

/** What visitors of a closed line do (docs/visitors.md, closed spans). */
export const CLOSED_WAIT = 0;
export const CLOSED_REDIRECT = 1;
export const CLOSED_LEAVE = 2;

export const ONE_STOP_ID = 'onestop';
export const SEATS_ID = 'onestop-seats';
export const CONCIERGE_ID = 'concierge';
export const KIOSK_ID = 'reception';

export interface CompiledQueue {
  id: string;
  kind: number;
  /** Counter positions (or seats) the queue needs one of; Infinity when none are needed. */
  counters: number;
  /** Staff groups that may serve it, in order of preference (dedicated, multi-skilled, back office). */
  groups: number[];
  /** Walking place index of the counter. */
  place: number;
  /** Visitors waiting here sit in the waiting area. */
  inWaitingArea: boolean;
  /** Expected service minutes per contact (for the displayed wait and Erlang C). */
  meanServiceMin: number;
  /** While nobody can serve the line (a closed span): CLOSED_WAIT, CLOSED_REDIRECT or CLOSED_LEAVE. */
  whenClosed: number;
  /** The line redirected visitors join (CLOSED_REDIRECT), else −1. */
  redirectQueue: number;
}

export interface CompiledGroup {
  id: string;
  kind: 'department' | 'onestop' | 'multiSkill' | 'backOffice' | 'concierge' | 'kiosk';
  queues: number[];
  rostered: StepCurve;
  /** Staff at the counter after lunch breaks; after closing time the last value holds. */
  onCounter: StepCurve;
  backOffice: boolean;
  callWhenWaiting: number;
  travelMin: number;
  /** Staff-minutes of the opening hours spent on the phone (departments with phone duty only). */
  phoneStaffMin?: number;
}

/** Per procedure: each step's department queue, whether the one-stop desk handles it, its law. */
export interface CompiledProcedure {
  id: string;
  stepQueue: number[];
  stepOneStop: boolean[];
  stepP: number[];
  serviceFactor: number;
}

export interface CompiledVisitorModel {
  input: VisitorInput;
  queues: CompiledQueue[];
  groups: CompiledGroup[];
  procedures: CompiledProcedure[];
  oneStopQueue: number;
  seatQueue: number;
  conciergeQueue: number;
  kioskQueue: number;
  /** Per queue: the video-booth line its video consultations join instead (−1: the queue itself). */
  videoQueueOf: Int32Array;
  /** Per staff group: the video-booth line it serves first when free (−1: none). */
  groupVideoQueue: Int32Array;
  /** Some procedure holds video consultations. */
  hasVideo: boolean;
  /** Most contacts a visitor can have (steps + the one-stop seat + a wrong counter first). */
  maxContacts: number;
  /** Lines an unguided visitor may go to by mistake or ask at: staffed department counters (triage). */
  triageQueues: number[];
  places: number;
  walk: Float64Array;
  entrancePlace: number;
  exitPlace: number;
  conciergePlace: number;
  receptionPlace: number;
  bins: number;
  firstHour: number;
  hours: number;
}

const constantStaff = (n: number): StaffPiece[] => [{ fromMin: 0, toMin: 1440 * 2, staff: n }];

export function compileVisitorModel(input: VisitorInput): CompiledVisitorModel {
  const { openMin, closeMin } = input;
  const org = input.organisation;
  const oneStop = org.type === 'silo' ? null : org.oneStop;
  const oneStopDepts = new Set(oneStop?.departments ?? []);
  const placeIndex = new Map(input.walking.places.map((p, i) => [p, i]));
  const place = (name: string): number => {
    const i = placeIndex.get(name);
    if (i === undefined) throw new Error(`visitor model: no walking place ${JSON.stringify(name)}`);
    return i;
  };
  const queues: CompiledQueue[] = [];
  const groups: CompiledGroup[] = [];
  const queueIndex = new Map<string, number>();
  const addQueue = (q: Omit<CompiledQueue, 'groups' | 'meanServiceMin' | 'whenClosed' | 'redirectQueue'>): number => {
    queues.push({ ...q, groups: [], meanServiceMin: 0, whenClosed: CLOSED_WAIT, redirectQueue: -1 });
    queueIndex.set(q.id, queues.length - 1);
    return queues.length - 1;
  };
  const addGroup = (g: Omit<CompiledGroup, 'rostered' | 'onCounter'>, staff: StaffPiece[], lunch = true): void => {
    const rostered = rosterCurve(staff, openMin, closeMin);
    groups.push({ ...g, rostered, onCounter: lunch ? onCounterCurve(rostered, closeMin, input.lunch) : rostered });
    for (const q of g.queues) queues[q].groups.push(groups.length - 1);
  };

  const dispatch = org.type === 'dispatch';
  for (const d of input.departments) {
    const seated = dispatch && oneStopDepts.has(d.id);
    addQueue({
      id: d.id,
      kind: seated ? Q_SPECIALIST : Q_COUNTER,
      counters: seated ? Infinity : d.counters,
      place: place(seated ? `counter:${ONE_STOP_ID}` : `counter:${d.id}`),
      inWaitingArea: !seated,
    });
  }
  const oneStopQueue =
    oneStop && (org.type === 'pooled' || org.type === 'superman')
      ? addQueue({
          id: ONE_STOP_ID,
          kind: Q_COUNTER,
          counters: oneStop.counters,
          place: place(`counter:${ONE_STOP_ID}`),
          inWaitingArea: true,
        })
      : -1;
  const seatQueue =
    oneStop && dispatch
      ? addQueue({
          id: SEATS_ID,
          kind: Q_SEAT,
          counters: oneStop.seats,
          place: place(`counter:${ONE_STOP_ID}`),
          inWaitingArea: true,
        })
      : -1;
  const conciergeQueue = input.concierge
    ? addQueue({
        id: CONCIERGE_ID,
        kind: Q_CONCIERGE,
        counters: Infinity,
        place: place('concierge'),
        inWaitingArea: false,
      })
    : -1;
  const kioskQueue = input.reception
    ? addQueue({ id: KIOSK_ID, kind: Q_KIOSK, counters: Infinity, place: place('reception'), inWaitingArea: false })
    : -1;

  for (const d of input.departments) {
    if (d.closed === undefined) continue;
    const q = queues[queueIndex.get(d.id) as number];
    const rule = d.closed.whenClosed;
    q.whenClosed = rule === 'redirect' ? CLOSED_REDIRECT : rule === 'leave' ? CLOSED_LEAVE : CLOSED_WAIT;
    q.redirectQueue = d.closed.redirectTo === null ? -1 : (queueIndex.get(d.closed.redirectTo) ?? -1);
  }

  // Video booths (オンライン相談): a line of their own per department, after every other line so
  // that the others keep their indices; served by the department's own counter staff.
  const videoQueueOf = new Int32Array(queues.length).fill(-1);
  for (const d of input.departments) {
    if (d.videoBooths === undefined) continue;
    const own = queueIndex.get(d.id) as number;
    const at = queues[own].place;
    videoQueueOf[own] = addQueue({
      id: `video:${d.id}`,
      kind: Q_COUNTER,
      counters: d.videoBooths,
      place: at,
      inWaitingArea: false,
    });
  }

  // Dedicated staff first: departments (unless the pooled or superman desk took their work), the one-stop desk.
  for (const d of input.departments) {
    if (oneStopQueue >= 0 && oneStopDepts.has(d.id)) continue;
    const own = queueIndex.get(d.id) as number;
    const lines = videoQueueOf[own] >= 0 ? [own, videoQueueOf[own]] : [own];
    addGroup(
      { id: d.id, kind: 'department', queues: lines, backOffice: false, callWhenWaiting: 0, travelMin: 0 },
      d.staff,
    );
    if (d.phone !== undefined) {
      const g = groups[groups.length - 1];
      const duty = phoneDutyCurve(g.onCounter, d.phone, openMin, closeMin);
      g.onCounter = duty.curve;
      g.phoneStaffMin = duty.phoneStaffMin;
    }
  }
  if (oneStopQueue >= 0 && oneStop) {
    addGroup(
      { id: ONE_STOP_ID, kind: 'onestop', queues: [oneStopQueue], backOffice: false, callWhenWaiting: 0, travelMin: 0 },
      oneStop.staff,
    );
  }
  for (const m of input.multiSkill) {
    const qs = m.serves
      .map((s) => (s === ONE_STOP_ID ? oneStopQueue : (queueIndex.get(s) ?? -1)))
      .filter((q) => q >= 0);
    addGroup(
      { id: m.id, kind: 'multiSkill', queues: qs, backOffice: false, callWhenWaiting: 0, travelMin: 0 },
      m.staff,
    );
  }
  for (const d of input.departments) {
    if (!d.backOffice || (oneStopQueue >= 0 && oneStopDepts.has(d.id))) continue;
    const b = d.backOffice;
    addGroup(
      {
        id: `backoffice:${d.id}`,
        kind: 'backOffice',
        queues: [queueIndex.get(d.id) as number],
        backOffice: true,
        callWhenWaiting: b.callWhenWaiting,
        travelMin: b.travelMin,
      },
      b.staff,
    );
  }
  if (input.concierge) {
    addGroup(
      {
        id: CONCIERGE_ID,
        kind: 'concierge',
        queues: [conciergeQueue],
        backOffice: false,
        callWhenWaiting: 0,
        travelMin: 0,
      },
      input.concierge.staff,
    );
  }
  if (input.reception) {
    addGroup(
      { id: KIOSK_ID, kind: 'kiosk', queues: [kioskQueue], backOffice: false, callWhenWaiting: 0, travelMin: 0 },
      constantStaff(input.reception.kiosks),
      false,
    );
  }

  const procedures: CompiledProcedure[] = input.procedures.map((p) => ({
    id: p.id,
    stepQueue: p.steps.map((s) => queueIndex.get(s.department) as number),
    stepOneStop: p.steps.map((s) => oneStop !== null && oneStopDepts.has(s.department)),
    stepP: p.steps.map((s) => s.p),
    serviceFactor: input.kakanai ? p.kakanaiFactor : 1,
  }));
  setMeanServiceTimes(
    input,
    queues,
    procedures,
    oneStopQueue,
    oneStop?.factor ?? 1,
    dispatch ? (oneStop?.handoffMin ?? 0) : 0,
  );
  if (conciergeQueue >= 0 && input.concierge)
    queues[conciergeQueue].meanServiceMin = distributionMean(input.concierge.serviceMin);
  if (kioskQueue >= 0 && input.reception)
    queues[kioskQueue].meanServiceMin = distributionMean(input.reception.serviceMin);

  const n = input.walking.places.length;
  return {
    input,
    queues,
    groups,
    procedures,
    oneStopQueue,
    seatQueue,
    conciergeQueue,
    kioskQueue,
    videoQueueOf: Int32Array.from(queues, (_, q) => (q < videoQueueOf.length ? videoQueueOf[q] : -1)),
    groupVideoQueue: Int32Array.from(groups, (g) =>
      g.kind === 'department' && g.queues.length > 1 ? g.queues[1] : -1,
    ),
    hasVideo: input.procedures.some((p) => p.video !== undefined && p.video.share > 0),
    maxContacts: Math.max(1, ...input.procedures.map((p) => p.steps.length)) + 1 + (input.triage ? 1 : 0),
    triageQueues: queues.flatMap((q, i) => (q.kind === Q_COUNTER && q.counters > 0 && q.groups.length > 0 ? [i] : [])),
    places: n,
    walk: Float64Array.from(input.walking.minutes),
    entrancePlace: place('entrance'),
    exitPlace: place('exit'),
    conciergePlace: input.concierge ? place('concierge') : place('entrance'),
    receptionPlace: input.reception ? place('reception') : place('entrance'),
    bins: Math.ceil((closeMin - openMin) / input.intervalMin - 1e-9),
    firstHour: Math.floor(openMin / 60),
    hours: Math.ceil(closeMin / 60) - Math.floor(openMin / 60),
  };
}

/** Expected minutes per contact at each queue, weighted by the expected contacts of each procedure. */
function setMeanServiceTimes(
  input: VisitorInput,
  queues: CompiledQueue[],
  procedures: CompiledProcedure[],
  oneStopQueue: number,
  oneStopFactor: number,
  handoffMin: number,
): void {
  const work = new Float64Array(queues.length);
  // Segments lengthen every contact: factor 1 and 0 extra minutes without them (the same numbers).
  const seg = segmentMeanFactors(input);
  const contacts = new Float64Array(queues.length);
  input.procedures.forEach((p, i) => {
    const cp = procedures[i];
    let oneStopWork = 0;
    let oneStopP = 0;
    p.steps.forEach((s, k) => {
      const mean = distributionMean(s.serviceMin) * cp.serviceFactor * seg.factor[i] + seg.extraMin[i];
      if (cp.stepOneStop[k] && oneStopQueue >= 0) {
        oneStopWork += s.p * mean;
        oneStopP = 1 - (1 - oneStopP) * (1 - s.p);
        return;
      }
      const q = cp.stepQueue[k];
      work[q] += p.share * s.p * (mean + (queues[q].kind === Q_SPECIALIST ? handoffMin : 0));
      contacts[q] += p.share * s.p;
    });
    if (oneStopP > 0) {
      work[oneStopQueue] += p.share * oneStopFactor * oneStopWork;
      contacts[oneStopQueue] += p.share * oneStopP;
    }
  });
  queues.forEach((q, i) => (q.meanServiceMin = contacts[i] > 0 ? work[i] / contacts[i] : 0));
}
