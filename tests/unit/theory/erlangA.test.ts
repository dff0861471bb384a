import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, mmc } from '../../../engine/theory/index.js';

/** Small seeded PRNG (mulberry32) so the simulation check is reproducible. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Independent Monte Carlo of FIFO M/M/c+M by the "offered wait" recursion: under FIFO an
 * arrival's start time depends only on the servers' free times left by earlier SERVED customers
 * (abandoners never take a server), so arrival i waits V = max(0, min_j free_j − t) and is
 * served iff V ≤ its patience.
 */
function simulateErlangA(
  lambda: number,
  mu: number,
  c: number,
  theta: number,
  customers: number,
  seed: number,
): { pWait: number; pAbandon: number; meanWait: number; meanWaitServed: number } {
  const rnd = mulberry32(seed);
  const exp = (rate: number): number => -Math.log(1 - rnd()) / rate;
  const free = new Array<number>(c).fill(0);
  const warmup = Math.floor(customers / 20);
  let t = 0;
  let n = 0;
  let waited = 0;
  let abandoned = 0;
  let waitAll = 0;
  let waitServed = 0;
  let served = 0;
  for (let i = 0; i < customers + warmup; i++) {
    t += exp(lambda);
    let j = 0;
    for (let k = 1; k < c; k++) if (free[k] < free[j]) j = k;
    const offered = Math.max(0, free[j] - t);
    const patience = exp(theta);
    const record = i >= warmup;
    if (record) n++;
    if (offered <= patience) {
      free[j] = t + offered + exp(mu);
      if (record) {
        served++;
        waitServed += offered;
        waitAll += offered;
        if (offered > 0) waited++;
      }
    } else if (record) {
      abandoned++;
      waited++;
      waitAll += patience;
    }
  }
  return { pWait: waited / n, pAbandon: abandoned / n, meanWait: waitAll / n, meanWaitServed: waitServed / served };
}

describe('erlangA', () => {
  it('with no abandonment (patience ∞) equals Erlang C / M/M/c', () => {
    const a = erlangA({ arrivalPerMin: 100 / 30, serviceMeanMin: 3, servers: 14, patienceMeanMin: Infinity });
    const m = mmc({ arrivalPerMin: 100 / 30, serviceMeanMin: 3, servers: 14 });
    expect(a.pAbandon).toBe(0);
    expect(a.pWait).toBeCloseTo(m.pWait, 12);
    expect(a.meanWaitMin).toBeCloseTo(m.meanWaitMin, 12);
    expect(a.meanWaitServedMin).toBeCloseTo(m.meanWaitMin, 12);
    expect(a.meanQueueLength).toBeCloseTo(m.meanQueueLength, 12);
    expect(a.utilization).toBeCloseTo(m.utilization, 12);
  });

  it('approaches Erlang C as θ → 0', () => {
    const m = mmc({ arrivalPerMin: 9, serviceMeanMin: 1, servers: 10 });
    let prevGap = Infinity;
    for (const patience of [1e2, 1e4, 1e6, 1e8]) {
      const a = erlangA({ arrivalPerMin: 9, serviceMeanMin: 1, servers: 10, patienceMeanMin: patience });
      const gap = Math.abs(a.meanWaitMin - m.meanWaitMin);
      expect(gap).toBeLessThan(prevGap);
      prevGap = gap;
    }
    const a = erlangA({ arrivalPerMin: 9, serviceMeanMin: 1, servers: 10, patienceMeanMin: 1e8 });
    expect(a.pWait).toBeCloseTo(erlangC(10, 9), 6);
    expect(a.meanWaitMin).toBeCloseTo(m.meanWaitMin, 5);
    expect(a.meanWaitServedMin).toBeCloseTo(m.meanWaitMin, 5);
    expect(a.pAbandon).toBeLessThan(1e-6);
  });

  it('θ = μ makes N Poisson(A) for any c (death rate n·μ everywhere)', () => {
    // Independent closed forms: pWait = P(N ≥ c), Lq = E[(N − c)+], busy = E[min(N, c)].
    for (const [lambda, c] of [
      [2, 1],
      [7.5, 5],
      [30, 36],
    ] as const) {
      const a = erlangA({ arrivalPerMin: lambda, serviceMeanMin: 1, servers: c, patienceMeanMin: 1 });
      let pmf = Math.exp(-lambda);
      let below = 0;
      let busyBelow = 0;
      for (let n = 0; n < c; n++) {
        below += pmf;
        busyBelow += n * pmf;
        pmf *= lambda / (n + 1);
      }
      const pAtLeastC = 1 - below;
      const busy = busyBelow + c * pAtLeastC;
      const lq = lambda - busy; // E[N] − E[min(N, c)]
      expect(a.pWait).toBeCloseTo(pAtLeastC, 12);
      expect(a.meanQueueLength).toBeCloseTo(lq, 11);
      expect(a.utilization).toBeCloseTo(busy / c, 12);
      expect(a.pAbandon).toBeCloseTo(lq / lambda, 12); // θ·Lq/λ with θ = 1
    }
    // c = 1: pWait = 1 − e^{−A}, Lq = A − 1 + e^{−A}.
    const one = erlangA({ arrivalPerMin: 2, serviceMeanMin: 1, servers: 1, patienceMeanMin: 1 });
    expect(one.pWait).toBeCloseTo(1 - Math.exp(-2), 14);
    expect(one.meanQueueLength).toBeCloseTo(1 + Math.exp(-2), 12);
  });

  it('with many servers approaches the M/M/∞ limit (no waiting, busy = A)', () => {
    const a = erlangA({ arrivalPerMin: 10, serviceMeanMin: 1, servers: 200, patienceMeanMin: 2 });
    expect(a.pWait).toBeLessThan(1e-60);
    expect(a.pAbandon).toBeLessThan(1e-60);
    expect(a.meanQueueLength).toBeLessThan(1e-60);
    expect(a.meanWaitServedMin).toBeLessThan(1e-60);
    expect(a.utilization * 200).toBeCloseTo(10, 12);
  });

  it('the phase-derived pAbandon equals θ·Lq/λ and busy = A(1 − pAbandon), to 1e-9', () => {
    const cases = [
      { arrivalPerMin: 3, serviceMeanMin: 0.8, servers: 3, patienceMeanMin: 2 },
      { arrivalPerMin: 12, serviceMeanMin: 1, servers: 10, patienceMeanMin: 0.5 },
      { arrivalPerMin: 1200, serviceMeanMin: 1, servers: 1000, patienceMeanMin: 2 },
      { arrivalPerMin: 50, serviceMeanMin: 0.5, servers: 20, patienceMeanMin: 30 },
      { arrivalPerMin: 0.2, serviceMeanMin: 4, servers: 1, patienceMeanMin: 10 },
    ];
    for (const input of cases) {
      const a = erlangA(input);
      const theta = 1 / input.patienceMeanMin;
      expect(Math.abs(a.pAbandon - (theta * a.meanQueueLength) / input.arrivalPerMin)).toBeLessThan(1e-9);
      expect(Math.abs(a.pAbandon - theta * a.meanWaitMin)).toBeLessThan(1e-9);
      const load = input.arrivalPerMin * input.serviceMeanMin;
      expect(Math.abs(a.utilization - (load * (1 - a.pAbandon)) / input.servers)).toBeLessThan(1e-9);
    }
  });

  it('overload is stable thanks to abandonment (c = 1000, ρ = 1.2)', () => {
    const a = erlangA({ arrivalPerMin: 1200, serviceMeanMin: 1, servers: 1000, patienceMeanMin: 2 });
    // Fluid limit: servers saturated, abandonment carries the excess 200/1200.
    expect(a.pAbandon).toBeCloseTo(1 / 6, 3);
    expect(a.utilization).toBeCloseTo(1, 6);
    expect(a.meanQueueLength).toBeCloseTo(400, 0);
  });

  it('agrees with an independent FIFO Monte Carlo (incl. mean wait of the served)', () => {
    const lambda = 3;
    const mu = 1.25;
    const c = 3;
    const theta = 0.5;
    const a = erlangA({ arrivalPerMin: lambda, serviceMeanMin: 1 / mu, servers: c, patienceMeanMin: 1 / theta });
    const sim = simulateErlangA(lambda, mu, c, theta, 600_000, 20240611);
    expect(Math.abs(sim.pWait / a.pWait - 1)).toBeLessThan(0.02);
    expect(Math.abs(sim.pAbandon / a.pAbandon - 1)).toBeLessThan(0.03);
    expect(Math.abs(sim.meanWait / a.meanWaitMin - 1)).toBeLessThan(0.03);
    expect(Math.abs(sim.meanWaitServed / a.meanWaitServedMin - 1)).toBeLessThan(0.03);
    // Served customers wait less on average than all arrivals here (long waits abandon).
    expect(a.meanWaitServedMin).toBeLessThan(a.meanWaitMin);
  });

  it('zero arrivals give an idle system', () => {
    const a = erlangA({ arrivalPerMin: 0, serviceMeanMin: 1, servers: 2, patienceMeanMin: 1 });
    expect(a).toEqual({
      pWait: 0,
      pAbandon: 0,
      meanWaitMin: 0,
      meanWaitServedMin: 0,
      meanQueueLength: 0,
      utilization: 0,
    });
  });

  it('rejects invalid input, naming the argument', () => {
    const base = { arrivalPerMin: 1, serviceMeanMin: 1, servers: 2, patienceMeanMin: 1 };
    expect(() => erlangA({ ...base, patienceMeanMin: 0 })).toThrow(/patienceMeanMin.*0/);
    expect(() => erlangA({ ...base, servers: 0 })).toThrow(/servers.*0/);
    expect(() => erlangA({ ...base, arrivalPerMin: Number.NaN })).toThrow(/arrivalPerMin.*NaN/);
    expect(() => erlangA({ ...base, arrivalPerMin: 3, patienceMeanMin: Infinity })).toThrow(RangeError);
  });
});
