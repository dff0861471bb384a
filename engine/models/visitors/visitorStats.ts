/**
 * Statistics of one simulated day: per-interval counts and time integrals gathered during the
 * run (streaming, fixed size), and per-visitor figures read from the visitor arrays at the end
 * (memory bounded by the visitors of one day). Quantiles per replication are exact (sorted).
 */
import type { EventCalendar } from '../../core/eventCalendar.js';
import { figuresOfAll, grouped, ratio } from './dayFigures.js';
import { Q_CONCIERGE, Q_KIOSK, type CompiledVisitorModel } from './compileVisitorModel.js';
import { IntervalAccumulator } from './intervalAccumulator.js';
import { maxFromZero, numbersOf, ratiosOf, sumOf } from './plainArrays.js';
import { segmentFigures, videoFigures } from './modifierFigures.js';
import { integralOver } from './staffRoster.js';
import type { QueueDayResult, StaffGroupDayResult, VisitorReplicationResult } from './visitorResult.js';
import type { VisitorService } from './visitorService.js';
import { CAUGHT_BY_CONCIERGE } from './triagePlan.js';
import { OUT_ABANDONED, OUT_BALKED, OUT_INCOMPLETE, OUT_SERVED, OUT_TURNED_AWAY } from './visitorTable.js';

/** People in the waiting area are histogrammed by level up to this count (beyond: the last level). */
const MAX_LEVEL = 8191;

export class VisitorStats {
  private readonly cal: EventCalendar;
  private readonly openMin: number;
  private readonly closeMin: number;
  private readonly widthMin: number;
  private readonly bins: number;
  private readonly withinMin: number;
  readonly arrivals: Float64Array;
  readonly served: Float64Array;
  /** Per queue × interval of joining: joins, served within the target, served, wait sum. */
  readonly joins: Float64Array;
  readonly within: Float64Array;
  readonly startedCount: Float64Array;
  readonly waitSum: Float64Array;
  private readonly queueAbandoned: Float64Array;
  private readonly queueWaitMax: Float64Array;
  private readonly counterBusy: (IntervalAccumulator | null)[];
  private readonly groupBusy: IntervalAccumulator[];
  /** Per staff group: the line whose busy counters its busy staff always equal, or −1 (see groupBusyAdd). */
  private readonly groupMirror: Int32Array;
  /** At-counter staff-minutes of each group per interval (fixed by the roster). */
  readonly groupCapacityMin: Float64Array[];
  /** Length of each interval (the last one ends at closing time). */
  private readonly binWidthMin: Float64Array;
  private readonly waiting: IntervalAccumulator;
  private readonly levelTime = new Float64Array(MAX_LEVEL + 1);
  private level = 0;
  /** Highest waiting level of the day (levelTime is zero above it). */
  private levelMax = 0;
  private levelSinceMin = 0;
  /** The time bookLevel() books up to (a field: no call carries a double). */
  private levelAt = 0;
  /** The interval bin() found last and a band of times inside it (see bin). */
  private bandBin = 0;
  private bandLo = Infinity;
  private bandHi = -Infinity;
  /** The time bin() looks up. */
  private binAt = 0;
  /** Closed spans: visitors sent on to another department's line, and turned away (also in turnedAway). */
  closedRedirected = 0;
  closedLeft = 0;
  private readonly hasClosedRules: boolean;
  private readonly hasTriage: boolean;
  private readonly scratch = new Map<string, Float64Array>();
  private readonly scratchInt = new Map<string, Int32Array>();

  constructor(
    private readonly model: CompiledVisitorModel,
    private readonly sim: VisitorService,
  ) {
    const input = model.input;
    this.cal = sim.sim.calendar;
    this.openMin = input.openMin;
    this.closeMin = input.closeMin;
    this.widthMin = input.intervalMin;
    this.bins = model.bins;
    this.withinMin = input.serviceLevel.withinMin;
    this.hasClosedRules = input.departments.some((d) => d.closed !== undefined);
    this.hasTriage = input.triage !== undefined || input.incompleteVisits !== undefined;
    const qb = model.queues.length * this.bins;
    this.arrivals = new Float64Array(this.bins);
    this.served = new Float64Array(this.bins);
    this.joins = new Float64Array(qb);
    this.within = new Float64Array(qb);
    this.startedCount = new Float64Array(qb);
    this.waitSum = new Float64Array(qb);
    this.queueAbandoned = new Float64Array(model.queues.length);
    this.queueWaitMax = new Float64Array(model.queues.length);
    const acc = () => new IntervalAccumulator(this.openMin, this.widthMin, this.bins);
    this.counterBusy = model.queues.map((q) => (q.counters !== Infinity ? acc() : null));
    this.groupBusy = model.groups.map(acc);
    this.groupMirror = Int32Array.from(model.groups, (_, g) => mirroredLine(model, g));
    this.waiting = acc();
    this.binWidthMin = Float64Array.from({ length: this.bins }, (_, i) => this.binEnd(i) - this.binStart(i));
    this.groupCapacityMin = model.groups.map((g) =>
      Float64Array.from({ length: this.bins }, (_, i) => integralOver(g.onCounter, this.binStart(i), this.binEnd(i))),
    );
  }

  private binStart(i: number): number {
    return this.openMin + i * this.widthMin;
  }

  private binEnd(i: number): number {
    return Math.min(this.model.input.closeMin, this.openMin + (i + 1) * this.widthMin);
  }

  /**
   * Interval of `tMin`, clamped to the day (late joins count in the last interval).
   * NOTE: the division is skipped for times well inside the interval found last, as in
   * IntervalAccumulator (the same index always). The time comes in `binAt`, not as an argument
   * (no call carries a double: V8 boxes one passed to a call it does not inline).
   */
  private bin(): number {
    const tMin = this.binAt;
    if (tMin >= this.bandLo && tMin < this.bandHi) return this.bandBin;
    const i = Math.floor((tMin - this.openMin) / this.widthMin);
    if (i >= 0 && i < this.bins) {
      this.bandBin = i;
      this.bandLo = this.openMin + i * this.widthMin + this.widthMin * 1e-6;
      this.bandHi = this.openMin + (i + 1) * this.widthMin - this.widthMin * 1e-6;
    }
    return i < 0 ? 0 : i >= this.bins ? this.bins - 1 : i;
  }

  arrived(): void {
    this.binAt = this.cal.now;
    this.arrivals[this.bin()]++;
  }

  /** Visitor `v` leaves the building (at sim.vs.departMin[v], after the walk out). */
  departed(v: number): void {
    const t = this.sim.vs.departMin[v];
    if (t < this.closeMin) {
      this.binAt = t;
      this.served[this.bin()]++;
    }
  }

  joined(q: number): void {
    this.binAt = this.cal.now;
    this.joins[q * this.bins + this.bin()]++;
  }

  /** The contact of visitor `v` at queue `q` starts now. */
  started(q: number, v: number): void {
    const joinMin = this.sim.vs.joinMin[v];
    const wait = this.cal.now - joinMin;
    this.binAt = joinMin;
    const i = q * this.bins + this.bin();
    this.startedCount[i]++;
    this.waitSum[i] += wait;
    if (wait <= this.withinMin) this.within[i]++;
    if (wait > this.queueWaitMax[q]) this.queueWaitMax[q] = wait;
  }

  abandonedAt(q: number, _v: number): void {
    this.queueAbandoned[q]++;
  }

  /**
   * waitingAdd(persons), then waitingAdd(−persons) at the same instant: a visitor who sits down and
   * is called at once. The second change books no time and raises no maximum (the level only
   * falls back), so all it leaves is the level itself: that is all this does after the first.
   */
  waitingBlip(persons: number): void {
    this.waitingAdd(persons);
    this.level -= persons;
    this.waiting.value = this.level;
  }

  waitingAdd(persons: number): void {
    const now = this.cal.now;
    this.levelAt = now;
    this.bookLevel();
    this.level += persons;
    if (this.level > this.levelMax) this.levelMax = this.level;
    this.waiting.at = now;
    this.waiting.change(this.level);
  }

  // NOTE: time reaches the accumulators through their `at` field, not as an argument (no call
  // carries a double; see core/serverPool.ts).
  groupBusyAdd(g: number, delta: number): void {
    // NOTE: a group whose every service is one of its line's (and the reverse) changes at the same
    // instants to the same values as that line's busy counters: its figures are copied from theirs
    // when the day closes (closeDay), one accumulator change fewer per service start and end.
    if (this.groupMirror[g] >= 0) return;
    const acc = this.groupBusy[g];
    acc.at = this.cal.now;
    acc.change(acc.value + delta);
  }

  counterBusySet(q: number, busy: number): void {
    const acc = this.counterBusy[q] as IntervalAccumulator;
    acc.at = this.cal.now;
    acc.change(busy);
  }

  /** Time at the current waiting level, counted over opening hours only. */
  private bookLevel(): void {
    const now = this.levelAt;
    const from = Math.max(this.levelSinceMin, this.openMin);
    const to = Math.min(now, this.closeMin);
    if (to > from) this.levelTime[this.level < MAX_LEVEL ? this.level : MAX_LEVEL] += to - from;
    this.levelSinceMin = now;
  }

  reset(): void {
    this.arrivals.fill(0);
    this.served.fill(0);
    this.joins.fill(0);
    this.within.fill(0);
    this.startedCount.fill(0);
    this.waitSum.fill(0);
    this.queueAbandoned.fill(0);
    this.queueWaitMax.fill(0);
    this.closedRedirected = 0;
    this.closedLeft = 0;
    // Levels above the day's highest were never touched.
    this.levelTime.fill(0, 0, this.levelTop() + 1);
    for (const a of this.counterBusy) a?.reset();
    for (const a of this.groupBusy) a.reset();
    this.waiting.reset();
    this.level = 0;
    this.levelMax = 0;
    this.levelSinceMin = this.openMin;
  }

  /** Books every time integral up to the end of the day (called once the day is over). */
  closeDay(): void {
    const end = Math.max(this.cal.now, this.model.input.closeMin);
    this.levelAt = end;
    this.bookLevel();
    this.waiting.advance(end);
    for (const a of this.counterBusy) a?.advance(end);
    for (const a of this.groupBusy) a.advance(end);
    for (let g = 0; g < this.groupBusy.length; g++) {
      const q = this.groupMirror[g];
      if (q >= 0) this.groupBusy[g].copyFrom(this.counterBusy[q] as IntervalAccumulator);
    }
  }

  /** Busy staff-minutes of group `g` per interval (after closeDay). */
  groupBusyMin(g: number): Float64Array {
    return this.groupBusy[g].sums;
  }

  result(replication: number, events: number): VisitorReplicationResult {
    const m = this.model;
    const input = m.input;
    const sim = this.sim;
    const day = sim.day;

    // Video consultations are simulated with the comers but never came: their figures are apart.
    const all = day.comers;
    const n = all - day.videoComers;
    let served = 0;
    let abandoned = 0;
    let balked = 0;
    let turnedAway = 0;
    let visited = 0;
    let walked = 0;
    let lastDeparture = NaN;
    let servedAfterClose = 0;
    let incompleteAtConcierge = 0;
    let incompleteAtCounter = 0;
    // Served visitors' waits and times in office, keyed by procedure and by hour of arrival.
    const wait = this.ensure('wait', n);
    const inOffice = this.ensure('inOffice', n);
    const procKey = this.ensureInt('proc', n);
    const hourKey = this.ensureInt('hour', n);
    const nProc = input.procedures.length;
    // NOTE: scratch arrays, not new typed arrays: each of those costs an ArrayBuffer.
    const arrivedByProc = this.ensure('arrivedByProc', nProc).fill(0, 0, nProc);
    const visitedByProc = this.ensure('visitedByProc', nProc).fill(0, 0, nProc);
    const walkedByProc = this.ensure('walkedByProc', nProc).fill(0, 0, nProc);
    const arrivalsByHour = this.ensure('arrivalsByHour', m.hours).fill(0, 0, m.hours);
    const vs = sim.vs;
    const lastHour = m.hours - 1;
    // Clock hours ⌊t / 60⌋ of arrival times strictly inside the hour last computed, a millionth
    // of a minute from its ends, cannot round to another hour: the division is skipped there.
    let hourLo = Infinity;
    let hourHi = -Infinity;
    let hour = 0;
    let k = 0;
    // NOTE: the arrays in locals: V8 reloads a field read in a loop that stores to typed arrays.
    const { order, video, procedure, arrivalMin, countersVisited } = day;
    const { outcome, walkMin, departMin, waitTotal } = vs;
    const firstHour = m.firstHour;
    const closeMin = this.closeMin;
    // NOTE: one pass over the visitors (it was two): each sum still adds the same terms in the same order.
    for (let i = 0; i < all; i++) {
      const v = order[i];
      if (video[v] > 0) continue;
      const p = procedure[v];
      const arrival = arrivalMin[v];
      if (!(arrival >= hourLo && arrival < hourHi)) {
        hour = Math.floor(arrival / 60);
        hourLo = hour * 60 + 1e-6;
        hourHi = (hour + 1) * 60 - 1e-6;
      }
      const h = Math.min(lastHour, Math.max(0, hour - firstHour));
      arrivedByProc[p]++;
      arrivalsByHour[h]++;
      const out = outcome[v];
      if (out !== OUT_SERVED) {
        if (out === OUT_ABANDONED) abandoned++;
        else if (out === OUT_BALKED) balked++;
        else if (out === OUT_TURNED_AWAY) turnedAway++;
        else if (out === OUT_INCOMPLETE) {
          if (day.incomplete[v] === CAUGHT_BY_CONCIERGE) incompleteAtConcierge++;
          else incompleteAtCounter++;
        }
        continue;
      }
      served++;
      const counters = countersVisited[v];
      const walk = walkMin[v];
      visited += counters;
      walked += walk;
      const t = departMin[v];
      if (!(t <= lastDeparture)) lastDeparture = t;
      if (t >= closeMin) servedAfterClose++;
      visitedByProc[p] += counters;
      walkedByProc[p] += walk;
      wait[k] = waitTotal[v];
      inOffice[k] = t - arrival;
      procKey[k] = p;
      hourKey[k++] = h;
    }
    const gaveUp = abandoned + balked + turnedAway;
    const incomplete = incompleteAtConcierge + incompleteAtCounter;
    const waitByProc = grouped(wait, procKey, k, nProc, this.ensure('waitByProc', k));
    const inOfficeByProc = grouped(inOffice, procKey, k, nProc, this.ensure('inOfficeByProc', k));
    const waitByHour = grouped(wait, hourKey, k, m.hours, this.ensure('waitByHour', k));
    const byProcedure: VisitorReplicationResult['byProcedure'] = {};
    input.procedures.forEach((p, pi) => {
      const ok = waitByProc[pi].count;
      byProcedure[p.id] = {
        arrived: arrivedByProc[pi],
        served: ok,
        waitMin: waitByProc[pi].figures,
        timeInOfficeMin: inOfficeByProc[pi].figures.mean,
        countersVisited: ratio(visitedByProc[pi], ok),
        walkingMin: ratio(walkedByProc[pi], ok),
      };
    });
    const byHour: VisitorReplicationResult['byHour'] = {
      arrivals: numbersOf(arrivalsByHour, 0, m.hours),
      waitMean: waitByHour.map((g) => g.figures.mean),
      waitP50: waitByHour.map((g) => g.figures.p50),
      waitP90: waitByHour.map((g) => g.figures.p90),
      waitP95: waitByHour.map((g) => g.figures.p95),
      waitMax: waitByHour.map((g) => g.figures.max),
    };
    // NOTE: the whole day's sorted values are the merge of the procedures' sorted groups (the same
    // numbers in the same order as sorting them again; two sorts fewer per day).
    const allWait = figuresOfAll(this.ensure('waitByProc', k), waitByProc, k, wait);
    const allInOffice = figuresOfAll(this.ensure('inOfficeByProc', k), inOfficeByProc, k, inOffice);

    const queues: Record<string, QueueDayResult> = {};
    const bins = this.bins;
    const slJoins = this.ensure('slJoins', bins).fill(0, 0, bins);
    const slWithin = this.ensure('slWithin', bins).fill(0, 0, bins);
    let allJoins = 0;
    let allWithin = 0;
    for (let qi = 0; qi < m.queues.length; qi++) {
      const q = m.queues[qi];
      if (q.kind === Q_CONCIERGE || q.kind === Q_KIOSK) continue;
      const o = qi * bins;
      let joins = 0;
      let within = 0;
      let started = 0;
      let waitSum = 0;
      for (let i = 0; i < bins; i++) {
        joins += this.joins[o + i];
        within += this.within[o + i];
        started += this.startedCount[o + i];
        waitSum += this.waitSum[o + i];
        slJoins[i] += this.joins[o + i];
        slWithin[i] += this.within[o + i];
      }
      allJoins += joins;
      allWithin += within;
      const busy = this.counterBusy[qi];
      const utilisation: number[] = [];
      for (let i = 0; i < bins; i++)
        utilisation.push(busy === null || q.counters <= 0 ? NaN : busy.sums[i] / (q.counters * this.binWidthMin[i]));
      queues[q.id] = {
        joins,
        waitMin: started > 0 ? waitSum / started : NaN,
        waitMaxMin: started > 0 ? this.queueWaitMax[qi] : NaN,
        serviceLevel: ratio(within, joins),
        abandoned: this.queueAbandoned[qi],
        joinsByInterval: numbersOf(this.joins, o, bins),
        withinTargetByInterval: numbersOf(this.within, o, bins),
        serviceLevelByInterval: ratiosOf(this.within, o, this.joins, o, bins),
        waitByInterval: ratiosOf(this.waitSum, o, this.startedCount, o, bins),
        counterUtilisation: utilisation,
      };
    }

    const staff: Record<string, StaffGroupDayResult> = {};
    let overtime = 0;
    for (let gi = 0; gi < m.groups.length; gi++) {
      const acc = this.groupBusy[gi];
      overtime += acc.after;
      staff[m.groups[gi].id] = {
        utilisation: ratiosOf(acc.sums, 0, this.groupCapacityMin[gi], 0, bins),
        busyMin: numbersOf(acc.sums, 0, bins),
        overtimeStaffMin: acc.after,
      };
    }
    const waitingMean: number[] = [];
    for (let i = 0; i < bins; i++) waitingMean.push(this.waiting.sums[i] / this.binWidthMin[i]);

    const openSpan = input.closeMin - input.openMin;
    const result: VisitorReplicationResult = {
      replication,
      events,
      visitors: {
        demand: day.drawn,
        diverted: day.diverted,
        booked: day.booked,
        noShows: day.noShows,
        arrived: n,
        served,
        abandoned,
        balked,
        turnedAway,
        unserved: n - served - gaveUp - incomplete,
        // Incomplete visitors all need to come back; of those who gave up, a share does.
        comeBackAnotherDay: gaveUp * input.patience.comeBackShare + incomplete,
      },
      abandonmentShare: ratio(gaveUp, n),
      waitMin: allWait,
      timeInOfficeMin: allInOffice,
      countersVisited: ratio(visited, served),
      walkingMin: ratio(walked, served),
      serviceLevel: ratio(allWithin, allJoins),
      byProcedure,
      byHour,
      byInterval: {
        arrivals: numbersOf(this.arrivals, 0, bins),
        served: numbersOf(this.served, 0, bins),
        serviceLevel: ratiosOf(slWithin, 0, slJoins, 0, bins),
        waitingPersonsMean: waitingMean,
        waitingPersonsMax: numbersOf(this.waiting.maxes, 0, bins),
      },
      waitingArea: {
        personsMean: sumOf(this.waiting.sums) / openSpan,
        personsP95: this.levelQuantile(0.95),
        personsMax: maxFromZero(this.waiting.maxes),
      },
      queues,
      staff,
      closing: { lastDepartureMin: lastDeparture, servedAfterClose, overtimeStaffMin: overtime },
    };
    // NOTE: the optional parts are added in this order, so the keys come in the order they had when
    // they were spread into the literal; a literal with spreads was built by a slow runtime path.
    // Only with closed-span rules: other results keep their shape.
    if (this.hasClosedRules) result.closed = { redirected: this.closedRedirected, left: this.closedLeft };
    if (this.hasTriage) {
      result.triage = {
        wrongCounter: day.triage.wrongCounter,
        infoAtCounter: day.triage.infoAtCounter,
        answeredByConcierge: day.triage.answeredByConcierge,
        incompleteAtCounter,
        incompleteAtConcierge,
      };
    }
    if (day.returns !== null) {
      result.returns = {
        arrived: day.returnComers,
        pendingAtEnd: day.returns.pendingAtEnd,
        madeOverHorizon: day.returns.made,
        returnedOverHorizon: day.returns.returned,
      };
    }
    // Only with video consultations or segments: other results keep their shape.
    if (m.hasVideo) result.video = videoFigures(day, sim.vs, m.maxContacts);
    if (input.segments !== undefined) result.segments = segmentFigures(day, sim.vs, input.segments);
    return result;
  }

  private ensure(name: string, n: number): Float64Array {
    let a = this.scratch.get(name);
    if (a === undefined || a.length < n) this.scratch.set(name, (a = new Float64Array(Math.max(16, n))));
    return a;
  }

  private ensureInt(name: string, n: number): Int32Array {
    let a = this.scratchInt.get(name);
    if (a === undefined || a.length < n) this.scratchInt.set(name, (a = new Int32Array(Math.max(16, n))));
    return a;
  }

  /** Smallest level the waiting area stays at or below for a share `q` of opening hours. */
  private levelQuantile(q: number): number {
    // NOTE: levels above the day's highest hold zeros, which change neither sum: stopping there
    // gives the same figure without walking all 8,192 levels (a tenth of a short day's time).
    const top = this.levelTop();
    let total = 0;
    for (let i = 0; i <= top; i++) total += this.levelTime[i];
    if (total <= 0) return 0;
    let c = 0;
    for (let i = 0; i <= top; i++) {
      c += this.levelTime[i];
      if (c >= q * total - 1e-9) return i;
    }
    return MAX_LEVEL;
  }

  /** Highest level index of levelTime that may be non-zero. */
  private levelTop(): number {
    return this.levelMax < MAX_LEVEL ? this.levelMax : MAX_LEVEL;
  }
}

/**
 * The line whose busy counters group g's busy staff always equal, or −1: g serves that line only,
 * nobody else serves it, it has counters to count, and g's staff are never on their way back from
 * it (back office). Then every start and end of a service changes both, at the same instant, by one.
 */
function mirroredLine(model: CompiledVisitorModel, g: number): number {
  const group = model.groups[g];
  if (group.backOffice || group.queues.length !== 1) return -1;
  const q = group.queues[0];
  const queue = model.queues[q];
  return queue.groups.length === 1 && queue.counters !== Infinity ? q : -1;
}
