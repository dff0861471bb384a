/**
 * Return visits (出直し) across the days of one replication. With `incompleteVisits.returns`, a
 * replication simulates `warmUpDays` days before the reported day, each a copy of the scenario's
 * day with its own streams (masterSeed `<seed>/before-<k>`, k days before the reported day, so the
 * reported day keeps the streams of (seed, replication) and its own visitors are the same as
 * without returns). Every incomplete visitor of a day comes back `returnLag` working days later
 * (drawn with their day, 1 … withinDays evenly) as a walk-in who knows the way and brings the
 * document; returns due on a simulated day are added to that day's demand, and those due after
 * the reported day are pending at the end. With warmUpDays ≥ withinDays the reported day receives
 * the returns of every day that can send it any, so it is not biased low as a first day would be.
 */
import type { VisitorTable } from './visitorTable.js';
import { OUT_INCOMPLETE } from './visitorTable.js';

/** What ReturnBook reads of a simulated day. */
export interface DayOfReturns {
  comers: number;
  order: Int32Array;
  procedure: Int32Array;
  returnLag: Uint8Array;
}

export class ReturnBook {
  private dueDay = new Int32Array(256);
  private dueProc = new Int32Array(256);
  private pending = 0;
  /** Over the horizon: incomplete visits made, and return visits that came within it. */
  made = 0;
  returned = 0;
  /** Procedures of the returns due on the day being drawn (read by VisitorDay.generate). */
  today = new Int32Array(64);
  todayCount = 0;

  reset(): void {
    this.pending = 0;
    this.made = 0;
    this.returned = 0;
    this.todayCount = 0;
  }

  /** Takes the returns due on `dayIndex` out of the book into `today`. */
  takeDue(dayIndex: number): void {
    let n = 0;
    let keep = 0;
    for (let i = 0; i < this.pending; i++) {
      if (this.dueDay[i] === dayIndex) {
        if (n >= this.today.length) this.today = grownInt(this.today);
        this.today[n++] = this.dueProc[i];
      } else {
        this.dueDay[keep] = this.dueDay[i];
        this.dueProc[keep++] = this.dueProc[i];
      }
    }
    this.pending = keep;
    this.todayCount = n;
    this.returned += n;
  }

  /** Books the incomplete visitors of simulated day `dayIndex` for their return. */
  collect(day: DayOfReturns, vs: VisitorTable, dayIndex: number): void {
    for (let i = 0; i < day.comers; i++) {
      const v = day.order[i];
      if (vs.outcome[v] !== OUT_INCOMPLETE) continue;
      if (this.pending >= this.dueDay.length) {
        this.dueDay = grownInt(this.dueDay);
        this.dueProc = grownInt(this.dueProc);
      }
      this.dueDay[this.pending] = dayIndex + day.returnLag[v];
      this.dueProc[this.pending++] = day.procedure[v];
      this.made++;
    }
  }

  /** Returns still due after the last simulated day. */
  get pendingAtEnd(): number {
    return this.pending;
  }
}

function grownInt(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
