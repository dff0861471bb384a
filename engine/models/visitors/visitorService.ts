/**
 * The service half of a simulated ward-office day: lines, counter positions and staff groups,
 * starting and ending services, staff coming from the back office, capacity steps and the
 * call-back recall. What visitors do between services — walking, tickets, bookings, giving up —
 * is the journey half, VisitorSimulation (visitorSimulation.ts), which extends this class through
 * PlainCounterDay (plainCounterDay.ts: the fast path of days without those levers).
 * Semantics: docs/visitors.md.
 *
 * Performance style as in models/network: struct-of-arrays visitors, lazy cancellation by tag,
 * no call carrying a double (time is read from the calendar; events are scheduled with
 * `cal.at` + `insert`).
 */
import { Simulation } from '../../core/simulation.js';
import { CLOSED_WAIT, Q_CONCIERGE, Q_KIOSK, Q_SEAT, type CompiledVisitorModel } from './compileVisitorModel.js';
import { OrderedLine } from './orderedLine.js';
import { VisitorDay } from './visitorDay.js';
import {
  AWAY,
  CAPACITY,
  END,
  FIRST,
  NORMAL,
  PRESENT,
  RECALLED,
  REJOIN,
  RETURN,
  S_MISSED,
  S_SERVICE,
  STAFF_BACK,
} from './visitorEvents.js';
import { VisitorStats } from './visitorStats.js';
import { VisitorTable } from './visitorTable.js';

export abstract class VisitorService {
  readonly sim = new Simulation();
  protected readonly cal = this.sim.calendar;
  readonly day: VisitorDay;
  readonly stats: VisitorStats;
  protected readonly lines: OrderedLine[];
  protected readonly counterBusy: Int32Array;
  protected readonly groupBusy: Int32Array;
  protected readonly groupCap: Float64Array;
  protected readonly groupStep: Int32Array;
  protected readonly groupIsBackOffice: Uint8Array;

  /** Visitor state, struct of arrays. */
  readonly vs = new VisitorTable();

  /** `fastPaths` false: a plain counter day too takes the general paths (the tests compare the two). */
  constructor(
    readonly model: CompiledVisitorModel,
    fastPaths = true,
  ) {
    this.day = new VisitorDay(model, fastPaths);
    this.stats = new VisitorStats(model, this);
    this.lines = model.queues.map(() => new OrderedLine());
    this.counterBusy = new Int32Array(model.queues.length);
    this.groupBusy = new Int32Array(model.groups.length);
    this.groupCap = new Float64Array(model.groups.length);
    this.groupStep = new Int32Array(model.groups.length);
    this.groupIsBackOffice = Uint8Array.from(model.groups, (g) => (g.backOffice ? 1 : 0));
  }

  /** Visitor v's contact at queue q ended (served at the concierge, the kiosk or a counter). */
  protected abstract contactEnded(v: number, q: number): void;

  /** Visitor v is done with their current contact (after service or on taking a seat), at place `from`. */
  protected abstract afterContact(v: number, from: number): void;

  /** Line `q` has just closed under a redirect or leave rule: its waiting visitors are sent on or away. */
  protected abstract lineClosedNow(q: number): void;

  /** Nobody can serve line `q` now (no counter staff, multi-skilled included; back-office help does not open it). */
  protected lineClosed(q: number): boolean {
    const groups = this.model.queues[q].groups;
    for (let i = 0; i < groups.length; i++) {
      if (this.groupIsBackOffice[groups[i]] === 0 && this.groupCap[groups[i]] > 0) return false;
    }
    return true;
  }

  /** Starts every service queue `q` can start now (free counter, present visitor, free qualified staff). */
  protected tryStart(q: number): void {
    const queue = this.model.queues[q];
    const line = this.lines[q];
    while (line.length > 0 && this.counterBusy[q] < queue.counters) {
      let pos = 0;
      while (pos < line.length && this.vs.away[line.at(pos)] !== PRESENT) pos++;
      if (pos === line.length) return;
      if (queue.kind === Q_SEAT) {
        this.takeSeat(q, pos);
        continue;
      }
      const g = this.freeGroup(q, line.length);
      if (g < 0) return;
      this.startService(q, pos, g);
    }
  }

  private freeGroup(q: number, waiting: number): number {
    const groups = this.model.queues[q].groups;
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (this.groupBusy[g] >= this.groupCap[g]) continue;
      if (this.groupIsBackOffice[g] === 1 && waiting < this.model.groups[g].callWhenWaiting) continue;
      return g;
    }
    return -1;
  }

  private startService(q: number, pos: number, g: number): void {
    const now = this.cal.now;
    const m = this.model;
    const queue = m.queues[q];
    const v = this.lines[q].removeAt(pos);
    this.vs.tag[v]++;
    this.vs.stage[v] = S_SERVICE;
    this.vs.server[v] = g;
    this.stats.groupBusyAdd(g, 1);
    this.groupBusy[g]++;
    if (queue.counters !== Infinity) {
      this.counterBusy[q]++;
      this.stats.counterBusySet(q, this.counterBusy[q]);
    }
    let minutes: number;
    if (queue.kind === Q_CONCIERGE) minutes = this.day.conciergeMin[v];
    else if (queue.kind === Q_KIOSK) minutes = this.day.kioskMin[v];
    else {
      this.serviceStarted(v, q);
      minutes = this.day.contactMin[v * m.maxContacts + this.vs.contact[v]];
      if (this.groupIsBackOffice[g] === 1) minutes += m.groups[g].travelMin;
    }
    this.cal.at = now + minutes;
    this.cal.insert(END, v, 0, NORMAL);
    this.recallScan(q);
  }

  /** Line key of the first visitor of line `q` (Infinity when empty). */
  private headKey(q: number): number {
    return this.lines[q].length > 0 ? this.lines[q].keyAt(0) : Infinity;
  }

  /** Books the wait of a contact that ends now (service start or seat taken). */
  protected serviceStarted(v: number, q: number): void {
    const now = this.cal.now;
    const wait = now - this.vs.joinMin[v];
    const seated = this.model.queues[q].inWaitingArea && !(this.day.video[v] > 0);
    if (seated && this.vs.away[v] === PRESENT) this.stats.waitingAdd(-this.day.groupSize[v]);
    this.vs.waitTotal[v] += wait;
    this.vs.patienceLeft[v] -= wait;
    this.stats.started(q, v);
  }

  private takeSeat(q: number, pos: number): void {
    const v = this.lines[q].removeAt(pos);
    this.vs.tag[v]++;
    this.serviceStarted(v, q);
    this.counterBusy[q]++;
    this.stats.counterBusySet(q, this.counterBusy[q]);
    this.vs.seatHeld[v] = 1;
    this.recallScan(q);
    this.afterContact(v, this.model.queues[q].place);
  }

  protected releaseSeat(v: number): void {
    const q = this.model.seatQueue;
    this.vs.seatHeld[v] = 0;
    this.counterBusy[q]--;
    this.stats.counterBusySet(q, this.counterBusy[q]);
    this.tryStart(q);
  }

  protected onEnd(v: number): void {
    const now = this.cal.now;
    const m = this.model;
    const q = this.vs.queueOf[v];
    const g = this.vs.server[v];
    const queue = m.queues[q];
    if (queue.counters !== Infinity) {
      this.counterBusy[q]--;
      this.stats.counterBusySet(q, this.counterBusy[q]);
    }
    if (this.groupIsBackOffice[g] === 1) {
      // Back to the office: the staff member stays busy on the way.
      this.cal.at = now + m.groups[g].travelMin;
      this.cal.insert(STAFF_BACK, g, 0, NORMAL);
    } else {
      this.groupBusy[g]--;
      this.stats.groupBusyAdd(g, -1);
    }
    this.contactEnded(v, q);
    // A department with video booths: the free member takes whichever of its two lines' heads
    // comes first (a video consultation with priority "first" always does).
    if (m.groupVideoQueue[g] >= 0) {
      const both = m.groups[g].queues;
      const other = both[0] === q ? both[1] : both[0];
      if (this.headKey(other) < this.headKey(q)) this.tryStart(other);
    }
    this.tryStart(q);
    const others = m.groups[g].queues;
    if (others.length > 1) for (let i = 0; i < others.length; i++) if (others[i] !== q) this.tryStart(others[i]);
  }

  protected onStaffBack(g: number): void {
    this.groupBusy[g]--;
    this.stats.groupBusyAdd(g, -1);
    const qs = this.model.groups[g].queues;
    for (let i = 0; i < qs.length; i++) this.tryStart(qs[i]);
  }

  protected onCapacity(g: number): void {
    const curve = this.model.groups[g].onCounter;
    const i = ++this.groupStep[g];
    this.groupCap[g] = curve.value[i];
    if (i + 1 < curve.atMin.length) {
      this.cal.at = curve.atMin[i + 1];
      this.cal.insert(CAPACITY, g, 0, FIRST);
    }
    const qs = this.model.groups[g].queues;
    for (let k = 0; k < qs.length; k++) this.tryStart(qs[k]);
    for (let k = 0; k < qs.length; k++) {
      const q = qs[k];
      const flush = this.model.queues[q].whenClosed !== CLOSED_WAIT && this.lines[q].length > 0;
      if (flush && this.lineClosed(q)) this.lineClosedNow(q);
    }
  }

  /** Call-back: recall the away visitors among the first few of the line (or note that they missed it). */
  protected recallScan(q: number): void {
    const cb = this.model.input.callback;
    if (cb.share <= 0 || !this.model.queues[q].inWaitingArea) return;
    const line = this.lines[q];
    const now = this.cal.now;
    for (let i = 0; i <= cb.recallWhenAhead && i < line.length; i++) {
      const v = line.at(i);
      if (this.vs.away[v] !== AWAY) continue;
      if (this.vs.missed[v] === 0 && this.day.missU[v] < cb.missProbability) {
        this.vs.missed[v] = 1;
        line.removeAt(i--);
        this.vs.tag[v]++;
        this.vs.stage[v] = S_MISSED;
        this.cal.at = now + cb.missDelayMin;
        this.cal.insert(REJOIN, v, 0, NORMAL);
      } else {
        this.vs.away[v] = RECALLED;
        this.cal.at = now + this.day.returnMin[v];
        this.cal.insert(RETURN, v, this.vs.tag[v], NORMAL);
      }
    }
  }
}
