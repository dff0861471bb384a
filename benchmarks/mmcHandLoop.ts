/**
 * The hand-tuned reference loop for MMC-REF: the same M/M/8 model (λ = 7.2/min, μ = 1/min, FIFO,
 * `customers` arrivals from empty, run until all are served) written as tightly as we can in
 * plain JS over typed arrays — one binary heap of event times, a ring buffer of waiting
 * customers' arrival times, the xor4096 step inlined — with none of the engine's generality.
 * It reports what MMC-REF's figures rest on: mean wait (Welford, as the engine's Tally), share
 * who waited, time-average busy servers and queue length.
 *
 * It draws from the same named streams as the engine (`arrivals:arrivals`, `service:servers`),
 * so for the same seed it must give the engine's mean wait to the last bit: the benchmark checks
 * this, which proves that both run the same model on the same numbers.
 */
import seedrandom from 'seedrandom';
import { streamSeed } from '../engine/core/randomStream.js';

interface Xor4096State {
  X: number[];
  i: number;
  w: number;
}

export interface HandLoopResult {
  events: number;
  waitMin: number;
  pWait: number;
  busyServers: number;
  queueLength: number;
}

function xorState(seedText: string): { x: Int32Array; i: number; w: number } {
  const prng = seedrandom.xor4096(seedText, { state: true }) as unknown as { state(): Xor4096State };
  const s = prng.state();
  return { x: Int32Array.from(s.X), i: s.i, w: s.w };
}

/** Runs MMC-REF by hand; replication `replication` of seed `seed` (the engine's stream names). */
export function mmcHandLoop(customers: number, seed: number | string, replication: number, servers = 8, lambda = 7.2, mu = 1): HandLoopResult {
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

  // Pending service ends: a binary min-heap of times (at most `servers` entries). The next
  // arrival is kept apart (there is never more than one).
  const heap = new Float64Array(servers + 1);
  let heapSize = 0;
  // Arrival times of waiting customers (ring buffer, grows by doubling).
  let line = new Float64Array(1 << 12);
  let head = 0;
  let length = 0;

  let now = 0;
  let busy = 0;
  let busyIntegral = 0;
  let queueIntegral = 0;
  let waits = 0;
  let waitMean = 0;
  let waited = 0;
  let arrived = 0;
  let events = 0;

  // The first arrival.
  let v: number;
  let t: number;
  let i: number;
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
  arrived = 1;

  for (;;) {
    const nextEnd = heapSize > 0 ? heap[0] : Infinity;
    if (nextArrival <= nextEnd) {
      if (nextArrival === Infinity) break;
      // Arrival.
      const at = nextArrival;
      busyIntegral += busy * (at - now);
      queueIntegral += length * (at - now);
      now = at;
      events++;
      if (arrived < customers) {
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
        arrived++;
      } else {
        nextArrival = Infinity;
      }
      if (busy < servers) {
        busy++;
        // Wait 0 (Welford step with x = 0).
        waits++;
        waitMean += (0 - waitMean) / waits;
      } else {
        if (length === line.length) {
          const bigger = new Float64Array(line.length * 2);
          for (let k = 0; k < length; k++) bigger[k] = line[(head + k) & (line.length - 1)];
          line = bigger;
          head = 0;
        }
        line[(head + length) & (line.length - 1)] = now;
        length++;
        continue;
      }
    } else {
      // Service end: pop the heap.
      const at = nextEnd;
      busyIntegral += busy * (at - now);
      queueIntegral += length * (at - now);
      now = at;
      events++;
      const last = heap[--heapSize];
      i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= heapSize) break;
        if (c + 1 < heapSize && heap[c + 1] < heap[c]) c++;
        if (heap[c] >= last) break;
        heap[i] = heap[c];
        i = c;
      }
      heap[i] = last;
      if (length === 0) {
        busy--;
        continue;
      }
      const wait = now - line[head];
      head = (head + 1) & (line.length - 1);
      length--;
      waits++;
      waited++;
      waitMean += (wait - waitMean) / waits;
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
      if (heap[p] <= end) break;
      heap[i] = heap[p];
      i = p;
    }
    heap[i] = end;
  }
  return { events, waitMin: waits > 0 ? waitMean : NaN, pWait: waits > 0 ? waited / waits : NaN, busyServers: busyIntegral / now, queueLength: queueIntegral / now };
}
