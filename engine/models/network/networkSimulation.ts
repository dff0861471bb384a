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
  /**
   * Each source's next arrival, kept out of the calendar: its time (+Infinity when the source
   * has no more) and the key its insert would have had (see runEvents). `nextSource` is the
   * source whose arrival comes first by (time, key), or −1 when none is pending.
   */
  private readonly arrivalMin: Float64Array;
  private readonly arrivalKey: Float64Array;
  private nextSource = -1;
  /** Set when the system has emptied for good (no horizon): the run ends after this event. */
  private stopped = false;
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
    this.arrivalMin = new Float64Array(this.sources.length).fill(Infinity);
    this.arrivalKey = new Float64Array(this.sources.length);

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
    this.runEvents();
    return this.result();
  }

  /**
   * The event loop (as Simulation.run, to the horizon): the calendar's events merged with the
   * sources' next arrivals, which stay apart (arrivalMin) instead of passing through the heap.
   * NOTE: each arrival carries the key its insert would have had (reserveKey, taken when it is
   * drawn, as insert took it), and popBefore fires a calendar event only if it comes before the
   * next arrival in (time, key): the order of the heap with the arrivals in it, ties included.
   * MMC-REF: half of the events skip a pass through the heap, and the heap holds one event less.
   * With no arrival pending, (horizon, +Infinity) bounds the pop as popUntil(horizon) would.
   */
  private runEvents(): void {
    const cal = this.cal;
    const horizon = this.horizonMin;
    let events = 0;
    this.stopped = false;
    for (;;) {
      const s = this.nextSource;
      // NOTE: if/else, not `s >= 0 ? … : horizon`: V8 typed that choice as a tagged value and
      // boxed the arrival's time on every event (16 bytes of garbage per event).
      if (s >= 0) {
        cal.at = this.arrivalMin[s];
        cal.atKey = this.arrivalKey[s];
      } else {
        cal.at = horizon;
        cal.atKey = Infinity;
      }
      if (cal.popBefore()) {
        this.handle(cal.kind, cal.entity, cal.tag);
      } else if (s >= 0) {
        cal.now = cal.at;
        this.handle(ARRIVAL, s, 0);
      } else {
        break;
      }
      events++;
      if (this.stopped) break;
    }
    this.sim.events += events;
    if (!this.stopped && horizon !== Infinity && cal.now < horizon) cal.now = horizon;
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

  /** Draws the next arrival of source `sourceIndex` (after now) and keeps it apart; see runEvents. */
  private scheduleNextArrival(sourceIndex: number, src: CompiledSource): void {
    let t = Infinity;
    if (src.remaining > 0) {
      // A renewal source's next time is RenewalArrivals.nextArrivalMin written out: the call
      // through the ArrivalProcess interface is polymorphic and carries doubles.
      const gap = src.gap;
      if (gap !== null) {
        gap.draw();
        t = Math.max(this.cal.now, src.gapFromMin) + gap.last;
      } else {
        t = src.arrivals.nextArrivalMin(this.cal.now);
      }
    }
    if (t === Infinity || t > this.horizonMin) {
      t = Infinity;
      this.activeSources--;
    } else {
      src.remaining--;
      this.arrivalKey[sourceIndex] = this.cal.reserveKey(NORMAL);
    }
    this.arrivalMin[sourceIndex] = t;
    this.nextSource = this.earliestSource();
  }

  /** The source whose pending arrival comes first by (time, key), or −1 when none is pending. */
  private earliestSource(): number {
    const times = this.arrivalMin;
    const keys = this.arrivalKey;
    let best = -1;
    for (let i = 0; i < times.length; i++) {
      if (times[i] === Infinity) continue;
      if (best < 0 || times[i] < times[best] || (times[i] === times[best] && keys[i] < keys[best])) best = i;
    }
    return best;
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
    if (this.activeSources === 0 && this.customers.inUse === 0 && this.horizonMin === Infinity) this.stopped = true;
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

/**
 * The simulation of the replication run last by runNetworkReplication, kept reachable.
 * NOTE (speed): V8 keeps the hidden classes (maps) of our objects alive only through live
 * objects (map transitions are weak), and optimised code that embeds a map is thrown away when
 * the map dies ("weak objects" deoptimisation). So a full collection between two replications,
 * once every object of the first is garbage, discards the engine's whole optimised hot loop and
 * the next replication runs interpreted (making garbage) and recompiles it: about 50 ms of CPU
 * per replication of MMC-REF, whose rounds each start after a full collection (163 vs 210 ms
 * here). Keeping one replication's objects (MMC-REF: some 200 KB, mostly the wait histogram)
 * keeps the maps, and the code with them.
 */
const kept: { lastSimulation: NetworkSimulation | null } = { lastSimulation: null };

/** Runs replication `replication` of `model` under `seed` (the unit of work of the runner). */
export function runNetworkReplication(
  model: NetworkModel,
  seed: number | string,
  replication: number,
): NetworkReplicationResult {
  const simulation = new NetworkSimulation(model, seed, replication);
  kept.lastSimulation = simulation; // its objects now hold the maps (see `kept`)
  return simulation.run();
}
