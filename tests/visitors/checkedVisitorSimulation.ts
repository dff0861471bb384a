/**
 * A VisitorSimulation that checks resource invariants after every event (the test suite's
 * debug assertions; the production class carries no checks in its hot loop).
 */
import { compileVisitorModel } from '../../engine/models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import { VisitorSimulation } from '../../engine/models/visitors/visitorSimulation.js';

export class CheckedVisitorSimulation extends VisitorSimulation {
  readonly violations: string[] = [];
  private readonly busyBefore: number[] = [];
  private lastNow = -Infinity;

  constructor(input: VisitorInput) {
    super(compileVisitorModel(input));
  }

  /** A replication with return visits simulates several days: time starts again with each. */
  newDay(): void {
    this.lastNow = -Infinity;
  }

  override handle(kind: number, v: number, tag: number): void {
    const now = this.cal.now;
    if (now < this.lastNow) this.violations.push(`time went back from ${this.lastNow} to ${now}`);
    this.lastNow = now;
    this.model.groups.forEach((_, g) => (this.busyBefore[g] = this.groupBusy[g]));
    super.handle(kind, v, tag);
    const at = `t=${now.toFixed(3)} event ${kind}`;
    this.model.queues.forEach((q, i) => {
      if (this.counterBusy[i] < 0 || this.counterBusy[i] > q.counters)
        this.violations.push(`${at}: ${q.id} counters busy ${this.counterBusy[i]} of ${q.counters}`);
    });
    // Work conservation: nobody present waits while a counter (or seat) and a qualified staff member are free.
    this.model.queues.forEach((q, i) => {
      const line = this.lines[i];
      let present = false;
      for (let k = 0; k < line.length; k++) if (this.vs.away[line.at(k)] === 0) present = true;
      if (!present || this.counterBusy[i] >= q.counters) return;
      const idle =
        q.kind === 2 || q.groups.some((g) => !this.model.groups[g].backOffice && this.groupBusy[g] < this.groupCap[g]);
      if (idle) this.violations.push(`${at}: ${q.id} has a visitor waiting while a counter and staff are free`);
    });
    this.model.groups.forEach((g, i) => {
      const busy = this.groupBusy[i];
      if (busy < 0) this.violations.push(`${at}: ${g.id} busy ${busy} < 0`);
      // Above capacity only as overtime after the capacity fell: busy may then fall, never rise.
      if (busy > this.groupCap[i] && busy > this.busyBefore[i])
        this.violations.push(`${at}: ${g.id} busy rose to ${busy} above ${this.groupCap[i]}`);
    });
  }
}
