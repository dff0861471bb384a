/**
 * One simulated day of a ward office's counters (窓口): visitors walk from the entrance to the
 * concierge (総合案内) and the reception kiosk, take a ticket, wait for each counter contact in
 * turn (silo), or once at a one-stop desk (pooled / superman), or on a seat while specialists
 * come (dispatch), and leave. Staff groups serve the queues they are qualified for (the service
 * half, visitorService.ts); reservations, call-back, patience and balking act on the way (this
 * file, the journey half). A plain counter day (no such levers) takes a fast path for its
 * arrivals, walks and service ends (plainCounterDay.ts). Semantics: docs/visitors.md.
 */
import { RandomStreams } from '../../core/randomStream.js';
import type { EventHandler } from '../../core/simulation.js';
import { CLOSED_REDIRECT, CLOSED_WAIT, Q_CONCIERGE, Q_KIOSK, Q_SEAT, Q_SPECIALIST } from './compileVisitorModel.js';
import {
  ARRIVE,
  AWAY,
  BOOKED_FIRST,
  CAPACITY,
  END,
  FIRST,
  NORMAL,
  PRESENT,
  REACH,
  RECALLED,
  REJOIN,
  RENEGE,
  RETURN,
  S_EARLY,
  S_GONE,
  S_QUEUE,
  S_WALK_CONCIERGE,
  S_WALK_CONTACT,
  S_WALK_RECEPTION,
  SLOT,
} from './visitorEvents.js';
import type { VisitorReplicationResult } from './visitorResult.js';
import { VIDEO_FIRST } from './videoContacts.js';
import { WalkLane } from './walkLane.js';
import { PlainCounterDay } from './plainCounterDay.js';
import { OUT_ABANDONED, OUT_BALKED, OUT_INCOMPLETE, OUT_SERVED, OUT_TURNED_AWAY } from './visitorTable.js';

export class VisitorSimulation extends PlainCounterDay implements EventHandler {
  /** The next arrival's position in day.order, and its calendar key (see runDay). */
  private nextArrival = 0;
  private arrivalKey = 0;
  /** Walks that end in the order they started (walkLane.ts). */
  private readonly walks = new WalkLane();
  /** The day's random streams, restarted in place for each replication (see VisitorDay.generate). */
  private readonly streams = new RandomStreams(0, 0);

  /** Simulates the day of replication `replication` under `seed` and reports it. */
  run(seed: number | string, replication: number): VisitorReplicationResult {
    this.simulate(seed, replication);
    return this.stats.result(replication, this.sim.events);
  }

  /**
   * Simulates the day without building the report (the staffing optimiser reads `stats` directly).
   * With return visits, the days before it first (returnVisits.ts): their incomplete visitors come
   * back on later days, the reported day included; the statistics are the reported day's.
   */
  simulate(seed: number | string, replication: number): void {
    const book = this.day.returns;
    const returns = this.model.input.incompleteVisits?.returns;
    if (book === null || returns === undefined) {
      this.simulateDay(seed, replication);
      return;
    }
    book.reset();
    const last = returns.warmUpDays;
    for (let d = 0; d <= last; d++) {
      book.takeDue(d);
      // Day d is (last − d) days before the reported day, which keeps the streams of (seed, replication).
      this.simulateDay(d === last ? seed : `${seed}/before-${last - d}`, replication);
      book.collect(this.day, this.vs, d);
    }
  }

  private simulateDay(seed: number | string, replication: number): void {
    this.reset();
    this.streams.reset(seed, replication);
    this.day.generate(this.streams);
    this.vs.ensureCapacity(this.day.arrivalMin.length);
    const m = this.model;
    const cal = this.cal;
    m.groups.forEach((g, i) => {
      this.groupCap[i] = g.onCounter.value[0] ?? 0;
      this.groupStep[i] = 0;
      if (g.onCounter.atMin.length > 1) {
        cal.at = g.onCounter.atMin[1];
        cal.insert(CAPACITY, i, 0, FIRST);
      }
    });
    // The first arrival takes its calendar key where its insert used to (see runDay).
    if (this.day.comers > 0) this.arrivalKey = cal.reserveKey(NORMAL);
    this.runDay();
    this.stats.closeDay();
  }

  /**
   * The event loop: the calendar's events merged with the day's arrivals, which stay in their
   * sorted list (day.order) instead of passing through the heap.
   * NOTE: each arrival carries the key its insert would have had (reserveKey, taken at the same
   * moment: when the arrival before it is handled), and popBefore fires a heap event only if it
   * comes before the next arrival in (time, key) — the order of the heap with every arrival in
   * it, ties included. The walks that end in the order they started are merged the same way
   * (walkLane.ts). Two thirds of a one-department day's events skip a push and a pop.
   */
  private runDay(): void {
    const cal = this.cal;
    const day = this.day;
    const walks = this.walks;
    let events = 0;
    for (;;) {
      // The earlier of the next arrival and the first walk to end, by (time, key).
      const arrival = this.nextArrival < day.comers;
      let fromWalks = walks.length > 0;
      if (arrival) {
        cal.at = day.arrivalMin[day.order[this.nextArrival]];
        cal.atKey = this.arrivalKey;
        if (fromWalks) {
          const t = walks.firstTime;
          fromWalks = t < cal.at || (t === cal.at && walks.firstKey < cal.atKey);
        }
      }
      if (fromWalks) {
        cal.at = walks.firstTime;
        cal.atKey = walks.firstKey;
      }
      if (!arrival && !fromWalks) {
        if (!cal.pop()) break;
        this.handle(cal.kind, cal.entity, cal.tag);
      } else if (cal.popBefore()) {
        this.handle(cal.kind, cal.entity, cal.tag);
      } else {
        cal.now = cal.at;
        if (fromWalks) this.handle(REACH, walks.take(), 0);
        else this.handle(ARRIVE, day.order[this.nextArrival++], 0);
      }
      events++;
    }
    this.sim.events += events;
  }

  handle(kind: number, v: number, tag: number): void {
    // A plain counter day's arrivals, walks and service ends take the fast path (plainCounterDay.ts).
    if (this.plain && this.handlePlain(kind, v)) return;
    switch (kind) {
      case ARRIVE:
        this.onArrive(v);
        break;
      case REACH:
        this.onReach(v);
        break;
      case END:
        this.onEnd(v);
        break;
      case RENEGE:
        this.onRenege(v, tag);
        break;
      case CAPACITY:
        this.onCapacity(v);
        break;
      case RETURN:
        this.onReturn(v, tag);
        break;
      case REJOIN:
        this.onRejoin(v);
        break;
      case SLOT:
        this.onSlot(v);
        break;
      default:
        this.onStaffBack(v);
    }
  }

  /** The next arrival's key, taken where its insert used to be (runDay): when an arrival is handled. */
  protected takeNextArrivalKey(): void {
    if (this.nextArrival < this.day.comers) this.arrivalKey = this.cal.reserveKey(NORMAL);
  }

  private onArrive(v: number): void {
    const day = this.day;
    const m = this.model;
    this.takeNextArrivalKey();
    if (day.video[v] > 0) {
      this.startVideo(v);
      return;
    }
    this.stats.arrived();
    this.vs.patienceLeft[v] = day.patienceMin[v];
    this.vs.booked[v] = Number.isNaN(day.slotMin[v]) ? 0 : 1;
    if (day.usesConcierge[v] === 1) {
      this.vs.stage[v] = S_WALK_CONCIERGE;
      this.walk(v, m.entrancePlace, m.conciergePlace);
    } else {
      this.toReception(v, m.entrancePlace);
    }
  }

  /**
   * A video consultation at its scheduled time: no concierge, kiosk, balking or giving up; it
   * joins its first line at once (ahead of walk-ins) and is never in the waiting area.
   */
  private startVideo(v: number): void {
    const now = this.cal.now;
    this.vs.patienceLeft[v] = Infinity;
    this.vs.booked[v] = 0;
    this.vs.ticketMin[v] = now;
    this.vs.firstKey[v] = now;
    if (this.day.contacts[v] === 0) {
      this.toExit(v, this.model.entrancePlace);
      return;
    }
    this.vs.contact[v] = 0;
    this.join(v, this.day.contactQueue[v * this.model.maxContacts]);
  }

  private toReception(v: number, from: number): void {
    const m = this.model;
    if (this.day.contacts[v] === 0) {
      this.toExit(v, from);
    } else if (m.kioskQueue >= 0) {
      this.vs.stage[v] = S_WALK_RECEPTION;
      this.walk(v, from, m.receptionPlace);
    } else {
      this.toContact(v, from, 0);
    }
  }

  protected toContact(v: number, from: number, k: number): void {
    const m = this.model;
    this.vs.contact[v] = k;
    this.vs.stage[v] = S_WALK_CONTACT;
    this.walk(v, from, m.queues[this.day.contactQueue[v * m.maxContacts + k]].place);
  }

  /** Walks out: nothing waits for the visitor any more, so the departure is booked now (no event). */
  protected toExit(v: number, from: number): void {
    const video = this.day.video[v] > 0;
    const minutes = video ? 0 : this.model.walk[from * this.model.places + this.model.exitPlace];
    this.vs.walkMin[v] += minutes;
    this.vs.stage[v] = S_GONE;
    this.vs.outcome[v] = this.day.incomplete[v] === 0 ? OUT_SERVED : OUT_INCOMPLETE;
    this.vs.departMin[v] = this.cal.now + minutes;
    if (!video) this.stats.departed(v);
  }

  private walk(v: number, from: number, to: number): void {
    // A video consultation walks nowhere: its next line is joined at once.
    const minutes = this.day.video[v] > 0 ? 0 : this.model.walk[from * this.model.places + to];
    this.vs.walkMin[v] += minutes;
    // In the walk lane when it ends no earlier than the walks in it, with the key of its insert.
    const walks = this.walks;
    walks.at = this.cal.now + minutes;
    if (walks.fits()) {
      walks.atKey = this.cal.reserveKey(NORMAL);
      walks.push(v);
    } else {
      this.cal.at = walks.at;
      this.cal.insert(REACH, v, 0, NORMAL);
    }
  }

  private onReach(v: number): void {
    const m = this.model;
    switch (this.vs.stage[v]) {
      case S_WALK_CONCIERGE:
        this.join(v, m.conciergeQueue);
        break;
      case S_WALK_RECEPTION:
        this.join(v, m.kioskQueue);
        break;
      default:
        this.joinContact(v);
    }
  }

  private joinContact(v: number): void {
    const m = this.model;
    const now = this.cal.now;
    const k = this.vs.contact[v];
    const q = this.day.contactQueue[v * m.maxContacts + k];
    if (this.turnedByClosed(v, q)) return;
    if (k === 0) {
      if (m.kioskQueue < 0) {
        this.vs.ticketMin[v] = now;
        if (!this.checkIn(v)) return;
      }
      if (this.vs.booked[v] === 1) {
        // Booked: with priority "first" the visitor joins at the appointment time, ahead of every
        // walk-in; with "appointmentTime" when the check-in window opens, keyed by the appointment.
        const r = m.input.reservations;
        const slot = this.day.slotMin[v];
        const first = r.priority === 'first';
        this.vs.firstKey[v] = first ? slot - BOOKED_FIRST : slot;
        const joinAt = first ? slot : slot - r.earlyMin;
        if (now < joinAt) {
          this.vs.stage[v] = S_EARLY;
          this.stats.waitingAdd(this.day.groupSize[v]);
          this.cal.at = joinAt;
          this.cal.insert(SLOT, v, 0, NORMAL);
          return;
        }
      } else {
        this.vs.firstKey[v] = this.vs.ticketMin[v];
      }
    }
    this.join(v, q);
  }

  private onSlot(v: number): void {
    this.stats.waitingAdd(-this.day.groupSize[v]);
    const q = this.day.contactQueue[v * this.model.maxContacts];
    if (!this.turnedByClosed(v, q)) this.join(v, q);
  }

  /**
   * Visitor v comes to line q: when nobody can serve it and its rule is redirect or leave, they
   * walk on to the redirect line (the rest of the visit unchanged) or leave, turned away. True then.
   */
  private turnedByClosed(v: number, q: number): boolean {
    const queue = this.model.queues[q];
    if (queue.whenClosed === CLOSED_WAIT || !this.lineClosed(q)) return false;
    this.sendOnFromClosed(v, q);
    return true;
  }

  private sendOnFromClosed(v: number, q: number): void {
    const m = this.model;
    const queue = m.queues[q];
    if (queue.whenClosed === CLOSED_REDIRECT && queue.redirectQueue >= 0) {
      this.stats.closedRedirected++;
      // The day's plan is rewritten for this contact: its service minutes stay, the line changes.
      this.day.contactQueue[v * m.maxContacts + this.vs.contact[v]] = queue.redirectQueue;
      this.vs.stage[v] = S_WALK_CONTACT;
      this.walk(v, queue.place, m.queues[queue.redirectQueue].place);
    } else {
      this.stats.closedLeft++;
      this.leave(v, OUT_TURNED_AWAY);
    }
  }

  /** Line q closed with visitors in it: each books the wait so far and is sent on or away, in line order. */
  protected lineClosedNow(q: number): void {
    const line = this.lines[q];
    const inArea = this.model.queues[q].inWaitingArea;
    while (line.length > 0) {
      const v = line.removeAt(0);
      if (inArea && this.vs.away[v] === PRESENT) this.stats.waitingAdd(-this.day.groupSize[v]);
      // Away on call-back: the recall tells them (their pending return is cancelled by the tag).
      this.vs.away[v] = PRESENT;
      this.vs.tag[v]++;
      this.bookWaitSoFar(v);
      this.sendOnFromClosed(v, q);
    }
  }

  /** Adds the wait at the current line up to now to the visit's total (and spends that patience). */
  private bookWaitSoFar(v: number): void {
    const wait = this.cal.now - this.vs.joinMin[v];
    this.vs.waitTotal[v] += wait;
    this.vs.patienceLeft[v] -= wait;
  }

  /** At the ticket: booked visitors check in; walk-ins may balk at the displayed wait. False if they leave. */
  private checkIn(v: number): boolean {
    const m = this.model;
    const r = m.input.reservations;
    const now = this.cal.now;
    if (this.vs.booked[v] === 1) {
      if (now <= this.day.slotMin[v] + r.lateMin) return true;
      if (r.late === 'turnAway') {
        this.leave(v, OUT_TURNED_AWAY);
        return false;
      }
      this.vs.booked[v] = 0; // late: joins the walk-in line
    }
    const p = m.input.patience;
    if (p.balkP > 0 && this.day.balkU[v] < p.balkP) {
      let q = this.day.contactQueue[v * m.maxContacts];
      // A closed first counter that redirects: the ticket shows the wait where they will be sent.
      const first = m.queues[q];
      if (first.whenClosed === CLOSED_REDIRECT && first.redirectQueue >= 0 && this.lineClosed(q))
        q = first.redirectQueue;
      const displayed = (this.lines[q].length * m.queues[q].meanServiceMin) / Math.max(1e-9, this.servingCapacity(q));
      if (displayed > p.balkOverMin) {
        this.leave(v, OUT_BALKED);
        return false;
      }
    }
    return true;
  }

  /** Staff (or seats) that could serve queue `q` right now, for the displayed wait. */
  private servingCapacity(q: number): number {
    const queue = this.model.queues[q];
    if (queue.kind === Q_SEAT) return queue.counters;
    let cap = 0;
    for (const g of queue.groups) if (this.groupIsBackOffice[g] === 0) cap += this.groupCap[g];
    return Math.min(cap, queue.counters);
  }

  /**
   * Joins line `q`. Keys: arrival order at the concierge and kiosk; the first contact by ticket
   * (or appointment); later contacts by arrival at the line, or by the first ticket with 窓口連携.
   */
  private join(v: number, q: number): void {
    const now = this.cal.now;
    const queue = this.model.queues[q];
    const line = this.lines[q];
    this.vs.stage[v] = S_QUEUE;
    this.vs.queueOf[v] = q;
    this.vs.joinMin[v] = now;
    if (queue.kind === Q_CONCIERGE || queue.kind === Q_KIOSK) {
      line.keyIn = now;
      line.insert(v);
      this.tryStart(q);
      return;
    }
    line.keyIn = this.vs.contact[v] === 0 || this.model.input.organisation.renkei ? this.vs.firstKey[v] : now;
    // Video consultations: in order of their call with walk-ins, or, with priority "first", ahead of them.
    if (this.day.video[v] > 0) line.keyIn = this.day.video[v] === VIDEO_FIRST ? now - BOOKED_FIRST : now;
    line.insert(v);
    this.stats.joined(q);
    this.vs.away[v] = PRESENT;
    if (queue.inWaitingArea && !(this.day.video[v] > 0)) {
      const cb = this.model.input.callback;
      if (cb.share > 0 && this.day.callbackU[v] < cb.share && this.lines[q].length - 1 > cb.recallWhenAhead)
        this.vs.away[v] = AWAY;
      else this.stats.waitingAdd(this.day.groupSize[v]);
    }
    if (this.vs.patienceLeft[v] !== Infinity) {
      // Patience spent while away on a call-back can run out before this contact: give up now, not in the past.
      const left = this.vs.patienceLeft[v];
      this.cal.at = left > 0 ? now + left : now;
      this.cal.insert(RENEGE, v, ++this.vs.tag[v], NORMAL);
    }
    this.tryStart(q);
  }

  protected contactEnded(v: number, q: number): void {
    const queue = this.model.queues[q];
    if (queue.kind === Q_CONCIERGE) {
      this.toReception(v, queue.place);
    } else if (queue.kind === Q_KIOSK) {
      this.vs.ticketMin[v] = this.cal.now;
      if (this.checkIn(v)) this.toContact(v, queue.place, 0);
    } else {
      this.afterContact(v, queue.place);
    }
  }

  protected afterContact(v: number, from: number): void {
    const m = this.model;
    const k = this.vs.contact[v] + 1;
    if (k < this.day.contacts[v]) {
      if (this.vs.seatHeld[v] === 1 && m.queues[this.day.contactQueue[v * m.maxContacts + k]].kind !== Q_SPECIALIST)
        this.releaseSeat(v);
      this.toContact(v, from, k);
    } else {
      if (this.vs.seatHeld[v] === 1) this.releaseSeat(v);
      this.toExit(v, from);
    }
  }

  private onRenege(v: number, tag: number): void {
    if (this.vs.tag[v] !== tag || this.vs.stage[v] !== S_QUEUE) return;
    const q = this.vs.queueOf[v];
    const line = this.lines[q];
    line.removeAt(line.indexOf(v));
    if (this.model.queues[q].inWaitingArea && this.vs.away[v] === PRESENT)
      this.stats.waitingAdd(-this.day.groupSize[v]);
    this.stats.abandonedAt(q, v);
    this.leave(v, OUT_ABANDONED);
    this.recallScan(q);
  }

  /** Leaves without being served (gave up, balked, turned away). */
  private leave(v: number, outcome: number): void {
    this.vs.stage[v] = S_GONE;
    this.vs.outcome[v] = outcome;
    this.vs.departMin[v] = this.cal.now;
    this.vs.tag[v]++;
    if (this.vs.seatHeld[v] === 1) this.releaseSeat(v);
  }

  private onReturn(v: number, tag: number): void {
    if (this.vs.tag[v] !== tag || this.vs.stage[v] !== S_QUEUE || this.vs.away[v] !== RECALLED) return;
    this.vs.away[v] = PRESENT;
    this.stats.waitingAdd(this.day.groupSize[v]);
    this.tryStart(this.vs.queueOf[v]);
  }

  /** Missed the call: back in the waiting area at the end of the line, the wait still counting. */
  private onRejoin(v: number): void {
    const now = this.cal.now;
    const q = this.vs.queueOf[v];
    if (this.model.queues[q].whenClosed !== CLOSED_WAIT && this.lineClosed(q)) {
      this.bookWaitSoFar(v);
      this.sendOnFromClosed(v, q);
      return;
    }
    this.lines[q].keyIn = now;
    this.lines[q].insert(v);
    this.vs.stage[v] = S_QUEUE;
    this.vs.away[v] = PRESENT;
    this.stats.waitingAdd(this.day.groupSize[v]);
    if (this.vs.patienceLeft[v] !== Infinity) {
      const at = this.vs.joinMin[v] + this.vs.patienceLeft[v];
      this.cal.at = at > now ? at : now;
      this.cal.insert(RENEGE, v, ++this.vs.tag[v], NORMAL);
    }
    this.tryStart(q);
  }

  private reset(): void {
    this.cal.clear();
    this.walks.clear();
    this.sim.events = 0;
    this.nextArrival = 0;
    for (const line of this.lines) line.clear();
    this.counterBusy.fill(0);
    this.groupBusy.fill(0);
    this.stats.reset();
    this.vs.reset();
  }
}
