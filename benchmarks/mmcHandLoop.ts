/**
 * The hand-tuned reference loop for MMC-REF: the same M/M/8 model (λ = 7.2/min, μ = 1/min, FIFO,
 * `customers` arrivals from empty, run until all are served) written as tightly as we can in
 * plain JS over typed arrays — one binary heap of service ends (with the arrival time of the
 * customer in service), a ring buffer of waiting customers' arrival times, the next arrival kept
 * apart, the xor4096 step inlined — with none of the engine's generality.
 *
 * It computes every figure the engine reports for this model (runNetworkReplication's station
 * and system results), with the engine's arithmetic, so that the ratio of the two times measures
 * the engine's overhead, not different work:
 * - waits at service start: mean (Welford, as core/tally.ts), maximum, share who waited, and the
 *   median, p90 and p95 from the engine's histogram (16,384 bins of 1/50 of the mean service,
 *   zeros apart; core/histogram.ts);
 * - time averages of busy servers, waiting customers (and its maximum) and customers in the
 *   system, each integrated when its value changes (as core/timeAverage.ts), and the utilisation;
 * - mean time at the station and in the system of those served (one tally: with one station and
 *   no routing they are the same numbers), arrivals, services, departures and throughput.
 * The benchmark checks that every one of them equals the engine's to the last bit, which proves
 * that both run the same model on the same numbers: it draws from the engine's named streams
 * (`arrivals:arrivals`, `service:servers`).
 */
import seedrandom from 'seedrandom';
import { streamSeed } from '../engine/core/randomStream.js';

/** The figures of MMC-REF that both the hand loop and the engine report (see the file comment). */
export interface HandLoopResult {
  events: number;
  waitMin: number;
  waitP50Min: number;
  waitP90Min: number;
  waitP95Min: number;
  waitMaxMin: number;
  pWait: number;
  utilization: number;
  busyServers: number;
  queueLength: number;
  queueLengthMax: number;
  sojournMin: number;
  arrivals: number;
  served: number;
  systemSojournMin: number;
  inSystem: number;
  throughputPerMin: number;
}

/** Wait histogram as the engine's station statistics keep it (engine/models/network/stationStats.ts). */
const WAIT_BINS = 16_384;
const BINS_PER_SERVICE = 50;

interface Xor4096State {
  X: number[];
  i: number;
  w: number;
}

/** seedrandom's xor4096 state for a seed text (the step is written out below). */
function xorState(seedText: string): { x: Int32Array; i: number; w: number } {
  const prng = seedrandom.xor4096(seedText, { state: true }) as unknown as { state(): Xor4096State };
  const s = prng.state();
  return { x: Int32Array.from(s.X), i: s.i, w: s.w };
}

/** Runs MMC-REF by hand; replication `replication` of seed `seed` (the engine's stream names). */
export function mmcHandLoop(
  customers: number,
  seed: number | string,
  replication: number,
  servers = 8,
  lambda = 7.2,
  mu = 1,
): HandLoopResult {
  const a = xorState(streamSeed(seed, replication, 'arrivals:arrivals'));
  const s = xorState(streamSeed(seed, replication, 'service:servers'));
  const ax = a.x;
  let ai = a.i;
  let aw = a.w;
  const sx = s.x;
  let si = s.i;
  let sw = s.w;
  const meanGap = 1 / lambda;
  const meanService = 1 / mu;
  const binWidth = Math.max(1e-4, meanService / BINS_PER_SERVICE);
  const binsPerUnit = 1 / binWidth;
  const bins = new Float64Array(WAIT_BINS);

  // Pending service ends: a binary min-heap of times, with the arrival time of the customer
  // served (at most `servers` entries). The next arrival is kept apart (never more than one).
  const heapEnd = new Float64Array(servers + 1);
  const heapArrived = new Float64Array(servers + 1);
  let heapSize = 0;
  // Arrival times of waiting customers (ring buffer, grows by doubling).
  let line = new Float64Array(1 << 12);
  let head = 0;
  let length = 0;

  let now = 0;
  let busy = 0;
  // Time integrals: value × time since the last change, booked when the value changes.
  let busyIntegral = 0;
  let busyLast = 0;
  let queueIntegral = 0;
  let queueLast = 0;
  let queueMax = 0;
  let systemIntegral = 0;
  let systemLast = 0;
  let starts = 0;
  let waitMean = 0;
  let waitMax = -Infinity;
  let waited = 0;
  let zeros = 0;
  let waitTop = 0;
  let served = 0;
  let sojournMean = 0;
  let arrived = 0;
  let events = 0;

  let v: number;
  let t: number;
  let i: number;
  // The first arrival.
  aw = (aw + 0x61c88647) | 0;
  v = ax[(ai + 34) & 127];
  ai = (ai + 1) & 127;
  t = ax[ai];
  v ^= v << 13;
  t ^= t << 17;
  v ^= v >>> 15;
  t ^= t >>> 12;
  v = ax[ai] = v ^ t;
  let nextArrival = -meanGap * Math.log(1 - ((v + (aw ^ (aw >>> 16))) >>> 0) / 4294967296);
  let drawn = 1;

  for (;;) {
    const nextEnd = heapSize > 0 ? heapEnd[0] : Infinity;
    let arrivedAt: number;
    if (nextArrival <= nextEnd) {
      if (nextArrival === Infinity) break;
      // Arrival: one more in the system.
      now = nextArrival;
      events++;
      arrived++;
      systemIntegral += (busy + length) * (now - systemLast);
      systemLast = now;
      if (drawn < customers) {
        aw = (aw + 0x61c88647) | 0;
        v = ax[(ai + 34) & 127];
        ai = (ai + 1) & 127;
        t = ax[ai];
        v ^= v << 13;
        t ^= t << 17;
        v ^= v >>> 15;
        t ^= t >>> 12;
        v = ax[ai] = v ^ t;
        nextArrival = now - meanGap * Math.log(1 - ((v + (aw ^ (aw >>> 16))) >>> 0) / 4294967296);
        drawn++;
      } else {
        nextArrival = Infinity;
      }
      if (busy >= servers) {
        // Joins the line.
        if (length === line.length) {
          const bigger = new Float64Array(line.length * 2);
          for (let k = 0; k < length; k++) bigger[k] = line[(head + k) & (line.length - 1)];
          line = bigger;
          head = 0;
        }
        line[(head + length) & (line.length - 1)] = now;
        queueIntegral += length * (now - queueLast);
        queueLast = now;
        length++;
        if (length > queueMax) queueMax = length;
        continue;
      }
      // Straight to a free server: waits 0.
      busyIntegral += busy * (now - busyLast);
      busyLast = now;
      busy++;
      arrivedAt = now;
      starts++;
      waitMean += (0 - waitMean) / starts;
      if (0 > waitMax) waitMax = 0;
      zeros++;
    } else {
      // Service end: pop the heap; the customer's time at the station (and in the system) ends.
      now = nextEnd;
      events++;
      served++;
      sojournMean += (now - heapArrived[0] - sojournMean) / served;
      const lastEnd = heapEnd[--heapSize];
      const lastArrived = heapArrived[heapSize];
      i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= heapSize) break;
        if (c + 1 < heapSize && heapEnd[c + 1] < heapEnd[c]) c++;
        if (heapEnd[c] >= lastEnd) break;
        heapEnd[i] = heapEnd[c];
        heapArrived[i] = heapArrived[c];
        i = c;
      }
      heapEnd[i] = lastEnd;
      heapArrived[i] = lastArrived;
      if (length === 0) {
        busyIntegral += busy * (now - busyLast);
        busyLast = now;
        busy--;
        systemIntegral += (busy + 1) * (now - systemLast);
        systemLast = now;
        continue;
      }
      // The freed server takes the first in line.
      arrivedAt = line[head];
      head = (head + 1) & (line.length - 1);
      queueIntegral += length * (now - queueLast);
      queueLast = now;
      length--;
      const wait = now - arrivedAt;
      starts++;
      if (wait > 0) waited++;
      waitMean += (wait - waitMean) / starts;
      if (wait > waitMax) waitMax = wait;
      if (wait <= 0) {
        zeros++;
      } else {
        if (wait > waitTop) waitTop = wait;
        const b = Math.floor(wait * binsPerUnit);
        if (b < WAIT_BINS) bins[b]++;
      }
      systemIntegral += (busy + length + 1) * (now - systemLast);
      systemLast = now;
    }
    // Start a service now: draw its length and push its end.
    sw = (sw + 0x61c88647) | 0;
    v = sx[(si + 34) & 127];
    si = (si + 1) & 127;
    t = sx[si];
    v ^= v << 13;
    t ^= t << 17;
    v ^= v >>> 15;
    t ^= t >>> 12;
    v = sx[si] = v ^ t;
    const end = now - meanService * Math.log(1 - ((v + (sw ^ (sw >>> 16))) >>> 0) / 4294967296);
    i = heapSize++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heapEnd[p] <= end) break;
      heapEnd[i] = heapEnd[p];
      heapArrived[i] = heapArrived[p];
      i = p;
    }
    heapEnd[i] = end;
    heapArrived[i] = arrivedAt;
  }
  const span = now;
  const busyTotal = busyIntegral + busy * (now - busyLast);
  const quantile = (q: number) => histogramQuantile(bins, zeros, starts, waitTop, binWidth, q);
  return {
    events,
    waitMin: starts > 0 ? waitMean : NaN,
    waitP50Min: quantile(0.5),
    waitP90Min: quantile(0.9),
    waitP95Min: quantile(0.95),
    waitMaxMin: starts > 0 ? waitMax : NaN,
    pWait: starts > 0 ? waited / starts : NaN,
    utilization: span > 0 ? busyTotal / (servers * span) : NaN,
    busyServers: span > 0 ? busyTotal / span : NaN,
    queueLength: span > 0 ? (queueIntegral + length * (now - queueLast)) / span : NaN,
    queueLengthMax: queueMax,
    sojournMin: served > 0 ? sojournMean : NaN,
    arrivals: arrived,
    served,
    systemSojournMin: served > 0 ? sojournMean : NaN,
    inSystem: span > 0 ? (systemIntegral + (busy + length) * (now - systemLast)) / span : NaN,
    throughputPerMin: span > 0 ? served / span : NaN,
  };
}

/** The q-quantile of the wait histogram, as core/histogram.ts computes it. */
function histogramQuantile(
  bins: Float64Array,
  zeros: number,
  count: number,
  max: number,
  binWidth: number,
  q: number,
): number {
  if (count === 0) return NaN;
  const target = q * count;
  if (zeros > 0 && target <= zeros) return 0;
  let c = zeros;
  for (let i = 0; i < bins.length; i++) {
    const next = c + bins[i];
    if (next >= target && bins[i] > 0) return Math.min((i + (target - c) / bins[i]) * binWidth, max);
    c = next;
  }
  return max;
}
