/**
 * The day's arrivals and departures of the workplace model, sorted once a day: the desk pass of
 * the simulation (workplaceSimulation.ts, runDesks) walks the two lanes in calendar order.
 * Arrivals are ordered by (time, person); departures by (time, rank of arrival) — the order in
 * which a calendar fires them when the arrivals are scheduled at the start of the day in person
 * order and each departure when its arrival is handled. At equal times an arrival comes first
 * (its calendar key is the older one).
 */
import { LaneOrder } from './laneOrder.js';

export class DayLanes {
  /** Per person: today's arrival and departure times (set before add). */
  readonly arriveMin: Float64Array;
  readonly departMin: Float64Array;
  /** After sort(): today's persons by arrival, and by departure, with those times in the same order. */
  readonly arrivals: Int32Array;
  readonly departures: Int32Array;
  readonly arrivalTimes: Float64Array;
  readonly departureTimes: Float64Array;
  /** Persons coming in today. */
  count = 0;
  /** Persons arriving today in person order, with their arrival times (the input of the sorts). */
  private readonly added: Int32Array;
  private readonly addedArriveMin: Float64Array;
  private readonly departAtRank: Float64Array;
  private readonly order: LaneOrder;

  constructor(persons: number) {
    this.arriveMin = new Float64Array(persons);
    this.departMin = new Float64Array(persons);
    this.added = new Int32Array(persons);
    this.addedArriveMin = new Float64Array(persons);
    this.arrivals = new Int32Array(persons);
    this.departures = new Int32Array(persons);
    this.arrivalTimes = new Float64Array(persons);
    this.departureTimes = new Float64Array(persons);
    this.departAtRank = new Float64Array(persons);
    this.order = new LaneOrder(persons);
  }

  /** Empties the lanes for a new day. */
  startDay(): void {
    this.count = 0;
  }

  /** Person p comes in today (arriveMin, departMin set); call in person order. */
  add(p: number): void {
    this.addedArriveMin[this.count] = this.arriveMin[p];
    this.added[this.count++] = p;
  }

  /** Orders the day's lanes: arrivals by (time, person), departures by (time, arrival). */
  sort(): void {
    const n = this.count;
    this.order.sort(this.added, this.addedArriveMin, n, this.arrivals, this.arrivalTimes);
    for (let r = 0; r < n; r++) this.departAtRank[r] = this.departMin[this.arrivals[r]];
    this.order.sort(this.arrivals, this.departAtRank, n, this.departures, this.departureTimes);
  }
}
