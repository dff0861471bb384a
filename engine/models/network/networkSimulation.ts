/**
 * One replication of a queueing-network model: sources feed stations (server pools with a
 * waiting line, patience, balking, finite capacity and schedules); after service a customer
 * is routed by probability or leaves. See docs/model-format.md for the semantics.
 */
import type { ArrivalProcess } from '../../core/arrivalProcess.js';
import { AppointmentArrivals } from '../../core/appointmentArrivals.js';
import { CapacitySchedule } from '../../core/capacitySchedule.js';
import { Distribution, distributionMean } from '../../core/distribution.js';
import { PiecewisePoissonArrivals } from '../../core/piecewisePoissonArrivals.js';
import { RandomStreams, type RandomStream } from '../../core/randomStream.js';
import { RenewalArrivals } from '../../core/renewalArrivals.js';
import { ServerPool } from '../../core/serverPool.js';
import { Simulation, type EventHandler } from '../../core/simulation.js';
import { TimeAverage } from '../../core/timeAverage.js';
import { Tally } from '../../core/tally.js';
import { CustomerTable, IN_SERVICE, WAITING } from './customerTable.js';
import type { NetworkModel } from './networkSchema.js';
import type { NetworkReplicationResult, StationReplicationResult } from './networkResult.js';
import { StationStats } from './stationStats.js';

const ARRIVAL = 0;
const SERVICE_END = 1;
const PATIENCE = 2;
const CAPACITY = 3;
const WARMUP = 4;
/** Capacity changes and the warm-up mark run before customer events at the same instant. */
const EARLY = 0;
const NORMAL = 1;

interface CompiledSource {
  station: number;
  priority: number;
  remaining: number;
  arrivals: ArrivalProcess;
}

export interface CompiledStation {
  id: string;
  pool: ServerPool;
  service: Distribution;
  patience: Distribution | null;
  schedule: CapacitySchedule | null;
  routeTo: Int32Array;
  routeCumulative: Float64Array;
  routing: RandomStream;
  balkAtLeast: Int32Array;
  balkP: Float64Array;
  balking: RandomStream;
  stats: StationStats;
}

/** Builds the arrival process of a validated source (exactly one of ratePerHour, interarrivalMin, arrivalsAtMin). */
function arrivalProcessOf(spec: NetworkModel['sources'][number], streams: RandomStreams): ArrivalProcess {
  const rng = streams.get(`arrivals:${spec.id}`);
  if (spec.ratePerHour) return new PiecewisePoissonArrivals(spec.ratePerHour, rng, spec.periodMin);
  if (spec.interarrivalMin) return new RenewalArrivals(new Distribution(spec.interarrivalMin, rng));
  if (spec.arrivalsAtMin) return new AppointmentArrivals(spec.arrivalsAtMin);
  throw new Error(`source ${spec.id} has none of ratePerHour, interarrivalMin, arrivalsAtMin (validate the model first)`);
}

export class NetworkSimulation implements EventHandler {
  readonly sim = new Simulation();
  protected readonly cal = this.sim.calendar;
  protected readonly customers = new CustomerTable();
  private readonly sources: CompiledSource[];
  protected readonly stations: CompiledStation[];
  private readonly horizonMin: number;
  private readonly warmupMin: number;
  private activeSources: number;
  private readonly systemSojourn = new Tally();
  private readonly inSystem = new TimeAverage();
  private windowArrivals = 0;
  private windowDepartures = 0;
  private arrived = 0;
  private departed = 0;
  private abandoned = 0;
  private blocked = 0;
  private balked = 0;

  constructor(
    model: NetworkModel,
    readonly seed: number | string,
    readonly replication: number,
  ) {
    const streams = new RandomStreams(seed, replication);
    this.horizonMin = model.horizonMin ?? Infinity;
    this.warmupMin = model.warmupMin ?? 0;
    const index = new Map(model.stations.map((s, i) => [s.id, i]));
    const priorityClasses = 1 + Math.max(0, ...model.sources.map((s) => s.priority ?? 0));
    const series =
      model.intervalMin !== undefined && Number.isFinite(this.horizonMin)
        ? { startMin: 0, widthMin: model.intervalMin, bins: Math.ceil(this.horizonMin / model.intervalMin) }
        : null;

    this.stations = model.stations.map((s) => {
      const schedule = Array.isArray(s.servers) ? new CapacitySchedule(s.servers, s.periodMin) : null;
      const capacity = schedule ? schedule.capacityAt(0) : s.servers === 'unlimited' ? Infinity : (s.servers as number);
      const queueCapacity = s.queueCapacity === null || s.queueCapacity === undefined ? Infinity : s.queueCapacity;
      const routes = s.next ?? [];
      const cumulative = new Float64Array(routes.length);
      routes.reduce((acc, r, i) => (cumulative[i] = acc + r.p), 0);
      const balking = s.balking ?? [];
      return {
        id: s.id,
        pool: new ServerPool(s.id, capacity, queueCapacity, priorityClasses),
        service: new Distribution(s.serviceMin, streams.get(`service:${s.id}`)),
        patience: s.patienceMin ? new Distribution(s.patienceMin, streams.get(`patience:${s.id}`)) : null,
        schedule,
        routeTo: Int32Array.from(routes, (r) => index.get(r.to) ?? -1),
        routeCumulative: cumulative,
        routing: streams.get(`routing:${s.id}`),
        balkAtLeast: Int32Array.from(balking, (b) => b.queueAtLeast),
        balkP: Float64Array.from(balking, (b) => b.p),
        balking: streams.get(`balking:${s.id}`),
        stats: new StationStats(distributionMean(s.serviceMin), series),
      };
    });
    this.sources = model.sources.map((s) => ({
      station: index.get(s.to) ?? 0,
      priority: s.priority ?? 0,
      remaining: s.maxArrivals ?? Infinity,
      arrivals: arrivalProcessOf(s, streams),
    }));
    this.activeSources = this.sources.length;

    const cal = this.cal;
    this.sources.forEach((src, i) => this.scheduleNextArrival(i, src));
    this.stations.forEach((st, i) => {
      if (st.schedule) {
        const next = st.schedule.nextChangeMin(0);
        if (next <= this.horizonMin) cal.schedule(next, CAPACITY, i, 0, EARLY);
      }
    });
    if (this.warmupMin > 0) cal.schedule(this.warmupMin, WARMUP, 0, 0, EARLY);
  }

  /** Runs to the horizon (or until the system empties when the horizon is null). */
  run(): NetworkReplicationResult {
    this.sim.run(this, this.horizonMin);
    return this.result();
  }

  handle(kind: number, entity: number, tag: number): void {
    switch (kind) {
      case ARRIVAL:
        this.onArrival(entity);
        break;
      case SERVICE_END:
        this.onServiceEnd(entity);
        break;
      case PATIENCE:
        this.onPatienceEnd(entity, tag);
        break;
      case CAPACITY:
        this.onCapacityChange(entity);
        break;
      default:
        this.onWarmupEnd();
    }
  }

  private scheduleNextArrival(sourceIndex: number, src: CompiledSource): void {
    const afterMin = this.cal.now;
    if (src.remaining <= 0) {
      this.activeSources--;
      return;
    }
    const t = src.arrivals.nextArrivalMin(afterMin);
    if (t === Infinity || t > this.horizonMin) {
      this.activeSources--;
      return;
    }
    src.remaining--;
    this.cal.schedule(t, ARRIVAL, sourceIndex, 0, NORMAL);
  }

  protected onArrival(sourceIndex: number): void {
    const now = this.cal.now;
    const src = this.sources[sourceIndex];
    const c = this.customers;
    const id = c.alloc();
    c.systemArrivalMin[id] = now;
    c.priority[id] = src.priority;
    this.arrived++;
    this.windowArrivals++;
    this.inSystem.set(now, c.inUse);
    this.scheduleNextArrival(sourceIndex, src);
    this.enterStation(id, src.station);
  }

  protected enterStation(id: number, stationIndex: number): void {
    // NOTE: time is read from the calendar, not passed: a double argument to a call V8 does not
    // inline is boxed on the heap, once per customer.
    const now = this.cal.now;
    const st = this.stations[stationIndex];
    const c = this.customers;
    c.station[id] = stationIndex;
    c.stationArrivalMin[id] = now;
    const stats = st.stats;
    stats.arrivals++;
    if (stats.arrivalSeries !== null) stats.arrivalSeries.add(now);
    const pool = st.pool;
    if (pool.tryAcquire(now)) {
      this.startService(id, st);
      return;
    }
    if (st.balkP.length > 0 && this.balks(st, pool.line.length)) {
      stats.balked++;
      this.balked++;
      this.leaveSystem(id);
      return;
    }
    if (!pool.join(id, c.priority[id], now)) {
      stats.blocked++;
      this.blocked++;
      this.leaveSystem(id);
      return;
    }
    c.state[id] = WAITING;
    if (st.patience !== null) {
      this.cal.schedule(now + st.patience.sample(), PATIENCE, id, ++c.tag[id], NORMAL);
    }
  }

  private balks(st: CompiledStation, waiting: number): boolean {
    let p = 0;
    for (let i = 0; i < st.balkAtLeast.length; i++) if (waiting >= st.balkAtLeast[i] && st.balkP[i] > p) p = st.balkP[i];
    return p > 0 && st.balking.next() < p;
  }

  protected startService(id: number, st: CompiledStation): void {
    const now = this.cal.now;
    const c = this.customers;
    const wait = now - c.stationArrivalMin[id];
    const stats = st.stats;
    stats.starts++;
    if (wait > 0) stats.waited++;
    stats.wait.add(wait);
    stats.waitHistogram.add(wait);
    if (stats.waitSeries !== null) stats.waitSeries.add(now, wait);
    c.state[id] = IN_SERVICE;
    c.tag[id]++;
    this.cal.schedule(now + st.service.sample(), SERVICE_END, id, 0, NORMAL);
  }

  protected onServiceEnd(id: number): void {
    const now = this.cal.now;
    const c = this.customers;
    const stationIndex = c.station[id];
    const st = this.stations[stationIndex];
    const stats = st.stats;
    stats.served++;
    stats.sojourn.add(now - c.stationArrivalMin[id]);
    if (stats.servedSeries !== null) stats.servedSeries.add(now);
    const nextId = st.pool.releaseToNext(now);
    if (nextId >= 0) this.startService(nextId, st);

    const routes = st.routeTo;
    if (routes.length > 0) {
      const u = st.routing.next();
      const cum = st.routeCumulative;
      for (let i = 0; i < routes.length; i++) {
        if (u < cum[i]) {
          this.enterStation(id, routes[i]);
          return;
        }
      }
    }
    this.departed++;
    this.windowDepartures++;
    this.systemSojourn.add(now - c.systemArrivalMin[id]);
    this.leaveSystem(id);
  }

  protected onPatienceEnd(id: number, tag: number): void {
    const c = this.customers;
    if (c.tag[id] !== tag || c.state[id] !== WAITING) return; // already served or gone
    const now = this.cal.now;
    const st = this.stations[c.station[id]];
    st.pool.leave(id, c.priority[id], now);
    st.stats.abandoned++;
    this.abandoned++;
    this.leaveSystem(id);
  }

  private leaveSystem(id: number): void {
    const now = this.cal.now;
    this.customers.release(id);
    this.inSystem.set(now, this.customers.inUse);
    if (this.activeSources === 0 && this.customers.inUse === 0 && this.horizonMin === Infinity) this.sim.stop();
  }

  protected onCapacityChange(stationIndex: number): void {
    const now = this.cal.now;
    const st = this.stations[stationIndex];
    const schedule = st.schedule as CapacitySchedule;
    st.pool.setCapacity(schedule.capacityAt(now), now);
    for (let id = st.pool.startNext(now); id >= 0; id = st.pool.startNext(now)) this.startService(id, st);
    const next = schedule.nextChangeMin(now);
    if (next <= this.horizonMin) this.cal.schedule(next, CAPACITY, stationIndex, 0, EARLY);
  }

  private onWarmupEnd(): void {
    const now = this.cal.now;
    for (const st of this.stations) {
      st.pool.resetStatistics(now);
      st.stats.reset();
    }
    this.systemSojourn.reset();
    this.inSystem.reset(now);
    this.windowArrivals = 0;
    this.windowDepartures = 0;
  }

  private result(): NetworkReplicationResult {
    const end = this.horizonMin === Infinity ? this.cal.now : this.horizonMin;
    const start = Math.min(this.warmupMin, end);
    const observedMin = end - start;
    const stations: Record<string, StationReplicationResult> = {};
    for (const st of this.stations) stations[st.id] = stationResult(st, end);
    return {
      replication: this.replication,
      events: this.sim.events,
      observedMin,
      stations,
      system: {
        sojournMin: this.systemSojourn.meanOrNaN(),
        inSystem: this.inSystem.averageTo(end),
        arrivals: this.windowArrivals,
        departures: this.windowDepartures,
        throughputPerMin: observedMin > 0 ? this.windowDepartures / observedMin : NaN,
      },
      conservation: {
        arrived: this.arrived,
        departed: this.departed,
        abandoned: this.abandoned,
        blocked: this.blocked,
        balked: this.balked,
        inSystem: this.customers.inUse,
      },
    };
  }
}

function ratio(a: number, b: number): number {
  return b > 0 ? a / b : NaN;
}

function stationResult(st: CompiledStation, end: number): StationReplicationResult {
  const s = st.stats;
  const pool = st.pool;
  const h = s.waitHistogram;
  const result: StationReplicationResult = {
    waitMin: s.wait.meanOrNaN(),
    waitP50Min: h.quantile(0.5),
    waitP90Min: h.quantile(0.9),
    waitP95Min: h.quantile(0.95),
    waitMaxMin: s.wait.count > 0 ? s.wait.max : NaN,
    pWait: ratio(s.waited, s.starts),
    utilization: pool.utilizationTo(end),
    busyServers: pool.busyTime.averageTo(end),
    queueLength: pool.queueTime.averageTo(end),
    queueLengthMax: pool.queueTime.max,
    sojournMin: s.sojourn.meanOrNaN(),
    pAbandon: ratio(s.abandoned, s.arrivals),
    pBlocked: ratio(s.blocked, s.arrivals),
    pBalk: ratio(s.balked, s.arrivals),
    arrivals: s.arrivals,
    served: s.served,
    overtimeServerMin: pool.overtimeTime.integralTo(end),
  };
  if (s.arrivalSeries && s.servedSeries && s.waitSeries) {
    result.series = {
      arrivals: Array.from(s.arrivalSeries.counts),
      served: Array.from(s.servedSeries.counts),
      waitMin: s.waitSeries.means(),
    };
  }
  return result;
}

/** Runs replication `replication` of `model` under `seed` (the unit of work of the runner). */
export function runNetworkReplication(model: NetworkModel, seed: number | string, replication: number): NetworkReplicationResult {
  return new NetworkSimulation(model, seed, replication).run();
}
