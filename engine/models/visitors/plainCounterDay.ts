/**
 * The fast path of a plain counter day (plainCounterModel.ts): every line a department counter
 * served first come first served by its own staff, and nothing on the visitors' way. A visitor
 * then only arrives, walks to a line, is served (once per step) and walks out, and most of the
 * journey half's tests (VisitorSimulation) and the service half's (VisitorService) have one known
 * answer: these handlers skip them. Whatever they change is changed with the same operations, in
 * the same order for each figure, as the general handlers change it — every result bit for bit the
 * same (tests/golden; the two paths were compared on peak days, the library and random plain days).
 * What a plain day never reads is not written (patience, booking, call-back tags).
 *
 * NOTE (speed): a one-department peak day (benchmarks/peakDay.ts) is three such events per visitor.
 * The other events of a plain day (staff changes: CAPACITY) take the general handlers, which see
 * the same state: nothing here keeps state of its own.
 */
import type { CompiledVisitorModel } from './compileVisitorModel.js';
import { isPlainCounterDay } from './plainCounterModel.js';
import { ARRIVE, END, NORMAL, REACH, S_QUEUE, S_SERVICE } from './visitorEvents.js';
import { VisitorService } from './visitorService.js';

export abstract class PlainCounterDay extends VisitorService {
  /** The model is a plain counter day: handlePlain takes its arrivals, walks and service ends. */
  protected readonly plain: boolean;

  /** `fastPaths` false: the general handlers even on a plain day (tests/visitors/plainCounterDay.test.ts). */
  constructor(model: CompiledVisitorModel, fastPaths = true) {
    super(model, fastPaths);
    this.plain = fastPaths && isPlainCounterDay(model);
  }

  /** Takes the calendar key of the next arrival (the journey half's loop keeps the arrivals). */
  protected abstract takeNextArrivalKey(): void;

  /** Visitor v walks from place `from` to the line of contact k. */
  protected abstract toContact(v: number, from: number, k: number): void;

  /** Visitor v walks out from place `from`, done. */
  protected abstract toExit(v: number, from: number): void;

  /** Handles an event of a plain day if it is an arrival, a walk's end or a service's end; false otherwise. */
  protected handlePlain(kind: number, v: number): boolean {
    if (kind === REACH) this.reachPlain(v);
    else if (kind === END) this.endPlain(v);
    else if (kind === ARRIVE) this.arrivePlain(v);
    else return false;
    return true;
  }

  /** VisitorSimulation.onArrive without video, concierge, kiosk, booking or patience. */
  private arrivePlain(v: number): void {
    this.takeNextArrivalKey();
    this.stats.arrived();
    if (this.day.contacts[v] === 0) this.toExit(v, this.model.entrancePlace);
    else this.toContact(v, this.model.entrancePlace, 0);
  }

  /**
   * Joins the line of the visitor's contact (VisitorSimulation.joinContact and join): the ticket
   * is taken at the first counter (no kiosk), nobody balks or is booked, and the line is never closed.
   */
  private reachPlain(v: number): void {
    const now = this.cal.now;
    const m = this.model;
    const vs = this.vs;
    const k = vs.contact[v];
    const q = this.day.contactQueue[v * m.maxContacts + k];
    if (k === 0) {
      vs.ticketMin[v] = now;
      vs.firstKey[v] = now;
    }
    vs.stage[v] = S_QUEUE;
    vs.queueOf[v] = q;
    vs.joinMin[v] = now;
    this.stats.joined(q);
    const line = this.lines[q];
    const g = m.queues[q].groups[0];
    if (line.length === 0 && this.canStart(q, g)) {
      // Called at once: in the waiting area and out again at the same instant (VisitorStats.waitingBlip),
      // and in the line only between an insert and a removal that leave it as it was.
      this.stats.waitingBlip(this.day.groupSize[v]);
      this.serve(v, q, g);
      return;
    }
    line.keyIn = k === 0 || m.input.organisation.renkei ? vs.firstKey[v] : now;
    line.insert(v);
    this.stats.waitingAdd(this.day.groupSize[v]);
    this.startPlain(q);
  }

  /** A counter of line q is free and so is a member of its staff group g. */
  private canStart(q: number, g: number): boolean {
    return this.counterBusy[q] < this.model.queues[q].counters && this.groupBusy[g] < this.groupCap[g];
  }

  /**
   * VisitorService.tryStart and startService for a plain line: everyone in it is present, and its
   * one staff group serves it when a member is free.
   */
  private startPlain(q: number): void {
    const line = this.lines[q];
    const g = this.model.queues[q].groups[0];
    while (line.length > 0 && this.canStart(q, g)) {
      const v = line.removeAt(0);
      // serviceStarted: out of the waiting area (the order of this and serve's changes does not matter:
      // they change different figures).
      this.stats.waitingAdd(-this.day.groupSize[v]);
      this.serve(v, q, g);
    }
  }

  /** Starts visitor v's service at line q by a member of group g. */
  private serve(v: number, q: number, g: number): void {
    const now = this.cal.now;
    const vs = this.vs;
    const stats = this.stats;
    vs.stage[v] = S_SERVICE;
    vs.server[v] = g;
    stats.groupBusyAdd(g, 1);
    this.groupBusy[g]++;
    this.counterBusy[q]++;
    stats.counterBusySet(q, this.counterBusy[q]);
    // serviceStarted: the wait booked (patience is not counted down: nobody has any).
    vs.waitTotal[v] += now - vs.joinMin[v];
    stats.started(q, v);
    this.cal.at = now + this.day.contactMin[v * this.model.maxContacts + vs.contact[v]];
    this.cal.insert(END, v, 0, NORMAL);
  }

  /** VisitorService.onEnd for a plain line: on to the next contact or out, then the next visitor in. */
  private endPlain(v: number): void {
    const vs = this.vs;
    const q = vs.queueOf[v];
    const g = vs.server[v];
    this.counterBusy[q]--;
    this.stats.counterBusySet(q, this.counterBusy[q]);
    this.groupBusy[g]--;
    this.stats.groupBusyAdd(g, -1);
    const k = vs.contact[v] + 1;
    const from = this.model.queues[q].place;
    if (k < this.day.contacts[v]) this.toContact(v, from, k);
    else this.toExit(v, from);
    this.startPlain(q);
  }
}
