import type { ArrivalProcess } from './arrivalProcess.js';
import type { Distribution } from './distribution.js';

/**
 * Arrivals separated by i.i.d. inter-arrival times; with an exponential law this is the
 * homogeneous Poisson process. The first arrival comes one inter-arrival time after `startMin`.
 */
export class RenewalArrivals implements ArrivalProcess {
  constructor(
    readonly interarrival: Distribution,
    readonly startMin = 0,
  ) {}

  nextArrivalMin(afterMin: number): number {
    return Math.max(afterMin, this.startMin) + this.interarrival.sample();
  }
}
