import { EventCalendar } from './eventCalendar.js';

/** A model's event handler: called once per event with what was scheduled. */
export interface EventHandler {
  handle(kind: number, entity: number, tag: number): void;
}

/**
 * The clock and the event loop (SimPy's `Environment.run`): pop the next event, advance the
 * clock, dispatch. Synchronous and allocation-free; no timers or promises inside a run.
 */
export class Simulation {
  readonly calendar = new EventCalendar();
  /** Events processed so far. */
  events = 0;
  private stopped = false;

  /** Current simulation time (minutes). */
  get nowMin(): number {
    return this.calendar.now;
  }

  /** Ends the run after the current event. */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Processes events with time ≤ `untilMin` (events at exactly `untilMin` run), then sets the
   * clock to `untilMin` if finite. Returns the number of events processed by this call.
   */
  run(handler: EventHandler, untilMin = Infinity): number {
    const cal = this.calendar;
    let n = 0;
    this.stopped = false;
    while (cal.popUntil(untilMin)) {
      handler.handle(cal.kind, cal.entity, cal.tag);
      n++;
      if (this.stopped) break;
    }
    this.events += n;
    if (!this.stopped && untilMin !== Infinity && cal.now < untilMin) cal.now = untilMin;
    return n;
  }
}
