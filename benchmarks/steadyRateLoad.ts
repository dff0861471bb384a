/**
 * An open-loop load at a steady rate: request n is due at start + n / rate, whatever the
 * responses before it did, and its latency counts from that due time (so a client or server
 * that falls behind shows it — no coordinated omission). autocannon's `overallRate` is not this:
 * each connection sends back to back until its share of the second is used, so every second
 * begins with a burst of the whole second's requests at full speed, and its latencies are
 * those of a saturated server. Both figures are printed; this one is "at N requests/s".
 */
import { Agent, request } from 'node:http';

export interface SteadyRateResult {
  sent: number;
  completed: number;
  errors: number;
  /** Latency percentiles in ms, from each request's due time to the end of its response body. */
  p50Ms: number;
  p90Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Mean response size in bytes, as received (compressed when the server compressed it). */
  bytesPerResponse: number;
}

export async function steadyRateLoad(
  url: string,
  ratePerSecond: number,
  seconds: number,
  headers: Record<string, string> = {},
): Promise<SteadyRateResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });
  const total = Math.round(ratePerSecond * seconds);
  const latencies = new Float64Array(total);
  let completed = 0;
  let errors = 0;
  let bytes = 0;
  let sent = 0;
  const start = performance.now();
  const one = (dueMs: number) =>
    new Promise<void>((resolve) => {
      const req = request(url, { agent, headers }, (res) => {
        res.on('data', (chunk: Buffer) => (bytes += chunk.byteLength));
        res.on('end', () => {
          if (res.statusCode === 200) latencies[completed++] = performance.now() - dueMs;
          else errors++;
          resolve();
        });
      });
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end();
    });
  const inFlight: Promise<void>[] = [];
  await new Promise<void>((done) => {
    // A 1 ms tick sends every request that has fallen due (timers cannot fire every 2 ms exactly).
    const tick = setInterval(() => {
      const now = performance.now();
      while (sent < total && start + (sent * 1000) / ratePerSecond <= now) {
        inFlight.push(one(start + (sent * 1000) / ratePerSecond));
        sent++;
      }
      if (sent >= total) {
        clearInterval(tick);
        done();
      }
    }, 1);
  });
  await Promise.all(inFlight);
  agent.destroy();
  const sorted = latencies.subarray(0, completed).sort();
  const at = (p: number) => (completed === 0 ? NaN : sorted[Math.min(completed - 1, Math.ceil(p * completed) - 1)]);
  const round = (x: number) => Number(x.toFixed(2));
  return {
    sent,
    completed,
    errors,
    p50Ms: round(at(0.5)),
    p90Ms: round(at(0.9)),
    p99Ms: round(at(0.99)),
    maxMs: round(at(1)),
    bytesPerResponse: completed === 0 ? 0 : Math.round(bytes / completed),
  };
}
