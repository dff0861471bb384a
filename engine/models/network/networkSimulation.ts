/**
 * One replication of a queueing-network model: sources feed stations (server pools with a
 * waiting line, patience, balking, finite capacity and schedules); after service a customer
 * is routed by probability or leaves. See docs/model-format.md for the semantics.
 *
 * NOTE: in the event handlers no call carries a double: time is read from the calendar, and
 * values go to the core objects through fields (`cal.at` + `insert`, `tally.x` + `commit`,
 * `pool.at` + `…At`, `dist.draw()` + `last`). V8 boxes a double passed to or returned from a call
 * it does not inline, and which calls it inlines depends on budgets we do not control; MMC-REF
 * made 40 bytes of garbage per event this way (5–7 scavenges per million customers), now none.
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
import { stationResult } from './stationResult.js';
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
  /** The gap law and start of a renewal source (drawn inline, see scheduleNextArrival), else null. */
  gap: Distribution | null;
  gapFromMin: number;
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
  throw new Error(
    `source ${spec.id} has none of ratePerHour, interarrivalMin, arrivalsAtMin (validate the model first)`,
  );
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
    this.sources = model.sources.map((s) => {
      const arrivals = arrivalProcessOf(s, streams);
      const renewal = arrivals instanceof RenewalArrivals ? arrivals : null;
      return {
        station: index.get(s.to) ?? 0,
        priority: s.priority ?? 0,
        remaining: s.maxArrivals ?? Infinity,
        arrivals,
        gap: renewal && renewal.interarrival,
        gapFromMin: renewal ? renewal.startMin : 0,
      };
    });
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
    // A renewal source's next time is RenewalArrivals.nextArrivalMin written out: the call
    // through the ArrivalProcess interface is polymorphic and carries doubles.
    const gap = src.gap;
    let t: number;
    if (gap !== null) {
      gap.draw();
      t = Math.max(afterMin, src.gapFromMin) + gap.last;
    } else {
      t = src.arrivals.nextArrivalMin(afterMin);
    }
    if (t === Infinity || t > this.horizonMin) {
      this.activeSources--;
      return;
    }
    src.remaining--;
    this.cal.at = t;
    this.cal.insert(ARRIVAL, sourceIndex, 0, NORMAL);
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
    this.inSystem.at = now;
    this.inSystem.change(c.inUse);
    this.scheduleNextArrival(sourceIndex, src);
    this.enterStation(id, src.station);
  }

  protected enterStation(id: number, stationIndex: number): void {
    const now = this.cal.now;
    const st = this.stations[stationIndex];
    const c = this.customers;
    c.station[id] = stationIndex;
    c.stationArrivalMin[id] = now;
    const stats = st.stats;
    stats.arrivals++;
    if (stats.arrivalSeries !== null) {
      stats.arrivalSeries.at = now;
      stats.arrivalSeries.x = 1;
      stats.arrivalSeries.commit();
    }
    const pool = st.pool;
    pool.at = now;
    if (pool.acquireAt()) {
      this.startService(id, st);
      return;
    }
    if (st.balkP.length > 0 && this.balks(st, pool.line.length)) {
      stats.balked++;
      this.balked++;
      this.leaveSystem(id);
      return;
    }
    if (!pool.joinAt(id, c.priority[id])) {
      stats.blocked++;
      this.blocked++;
      this.leaveSystem(id);
      return;
    }
    c.state[id] = WAITING;
    if (st.patience !== null) {
      st.patience.draw();
      this.cal.at = now + st.patience.last;
      this.cal.insert(PATIENCE, id, ++c.tag[id], NORMAL);
    }
  }

  private balks(st: CompiledStation, waiting: number): boolean {
    let p = 0;
    for (let i = 0; i < st.balkAtLeast.length; i++)
      if (waiting >= st.balkAtLeast[i] && st.balkP[i] > p) p = st.balkP[i];
    if (!(p > 0)) return false;
    st.balking.step();
    return st.balking.u < p;
  }

  protected startService(id: number, st: CompiledStation): void {
    const now = this.cal.now;
    const c = this.customers;
    const wait = now - c.stationArrivalMin[id];
    const stats = st.stats;
    stats.starts++;
    if (wait > 0) stats.waited++;
    stats.wait.x = wait;
    stats.wait.commit();
    stats.waitHistogram.x = wait;
    stats.waitHistogram.commit();
    if (stats.waitSeries !== null) {
      stats.waitSeries.at = now;
      stats.waitSeries.x = wait;
      stats.waitSeries.commit();
    }
    c.state[id] = IN_SERVICE;
    c.tag[id]++;
    st.service.draw();
    this.cal.at = now + st.service.last;
    this.cal.insert(SERVICE_END, id, 0, NORMAL);
  }

  protected onServiceEnd(id: number): void {
    const now = this.cal.now;
    const c = this.customers;
    const st = this.stations[c.station[id]];
    const stats = st.stats;
    stats.served++;
    stats.sojourn.x = now - c.stationArrivalMin[id];
    stats.sojourn.commit();
    if (stats.servedSeries !== null) {
      stats.servedSeries.at = now;
      stats.servedSeries.x = 1;
      stats.servedSeries.commit();
    }
    st.pool.at = now;
    const nextId = st.pool.releaseToNextAt();
    if (nextId >= 0) this.startService(nextId, st);

    const routes = st.routeTo;
    if (routes.length > 0) {
      st.routing.step();
      const u = st.routing.u;
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
    this.systemSojourn.x = now - c.systemArrivalMin[id];
    this.systemSojourn.commit();
    this.leaveSystem(id);
  }

  protected onPatienceEnd(id: number, tag: number): void {
    const c = this.customers;
    if (c.tag[id] !== tag || c.state[id] !== WAITING) return; // already served or gone
    const st = this.stations[c.station[id]];
    st.pool.at = this.cal.now;
    st.pool.leaveAt(id, c.priority[id]);
    st.stats.abandoned++;
    this.abandoned++;
    this.leaveSystem(id);
  }

  private leaveSystem(id: number): void {
    this.customers.release(id);
    this.inSystem.at = this.cal.now;
    this.inSystem.change(this.customers.inUse);
    if (this.activeSources === 0 && this.customers.inUse === 0 && this.horizonMin === Infinity) this.sim.stop();
  }

  protected onCapacityChange(stationIndex: number): void {
    const now = this.cal.now;
    const st = this.stations[stationIndex];
    const schedule = st.schedule as CapacitySchedule;
    st.pool.setCapacity(schedule.capacityAt(now), now);
    st.pool.at = now;
    for (let id = st.pool.startNextAt(); id >= 0; id = st.pool.startNextAt()) this.startService(id, st);
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

/** Runs replication `replication` of `model` under `seed` (the unit of work of the runner). */
export function runNetworkReplication(
  model: NetworkModel,
  seed: number | string,
  replication: number,
): NetworkReplicationResult {
  return new NetworkSimulation(model, seed, replication).run();
}
