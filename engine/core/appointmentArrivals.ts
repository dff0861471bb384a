import type { ArrivalProcess } from './arrivalProcess.js';

/** Arrivals at fixed, given times (an appointment book); times are sorted on construction. */
export class AppointmentArrivals implements ArrivalProcess {
  private readonly timesMin: Float64Array;
  private index = 0;

  constructor(timesMin: readonly number[]) {
    this.timesMin = Float64Array.from(timesMin).sort();
  }

  nextArrivalMin(afterMin: number): number {
    const times = this.timesMin;
    // Several appointments may share a slot time: each is returned once, in order.
    while (this.index < times.length && times[this.index] < afterMin) this.index++;
    return this.index < times.length ? times[this.index++] : Infinity;
  }
}
