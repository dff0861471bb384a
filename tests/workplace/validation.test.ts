/**
 * The workplace model against exact theory, with tolerances from the simulation's own confidence
 * intervals (never hand-tuned): desk shortages against the binomial / Poisson-binomial tail, booth
 * blocking against Erlang B (and Engset, the exact finite-source law), for the configured booths
 * and for every candidate size of the sizing curve.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { erlangB } from '../../engine/theory/erlangB.js';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { poissonBinomialTail } from '../../engine/runner/sizing/poissonBinomial.js';
import { shortageCurve } from '../../engine/runner/sizing/sizeDesks.js';
import { sizeSpace } from '../../engine/runner/sizing/sizeSpaces.js';
import { replicationFigures } from '../../engine/runner/sizing/workplaceFigures.js';
import type { WorkplaceJob } from '../../engine/models/workplace/workplaceModel.js';
import { binomialOffice, det, exp, modelOf } from './workplaceFixtures.js';

async function simulate(job: WorkplaceJob, replications: number, seed = 2026): Promise<WorkplaceReplicationResult[]> {
  return (
    await runReplications<WorkplaceReplicationResult>(
      { model: 'workplace', input: job, seed },
      { replications, workers: 2 },
    )
  ).results;
}

/** Mean and two-sided CI half-width (Student t) at `confidence`. */
function ci(xs: number[], confidence: number): { mean: number; hw: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { mean, hw: tQuantile(1 - (1 - confidence) / 2, n - 1) * (sd / Math.sqrt(n)) };
}

/**
 * Theory lies inside the simulation's CI, and the CI is tight (at most `maxHalfWidth`), so a
 * vague run cannot pass. With k checks in one test, each uses level 1 − 0.01/k (Bonferroni).
 */
function expectInCi(xs: number[], theory: number, label: string, maxHalfWidth: number, checks = 1): void {
  const c = ci(xs, 1 - 0.01 / checks);
  const context = `${label}: simulated ${c.mean.toFixed(5)} ± ${c.hw.toFixed(5)}, theory ${theory.toFixed(5)}`;
  if (process.env.SHOW_CI) console.log(context); // SHOW_CI=1 prints every comparison (to see the margins)
  expect(c.hw, `${context} — CI too wide`).toBeLessThanOrEqual(maxHalfWidth);
  expect(Math.abs(c.mean - theory), context).toBeLessThanOrEqual(c.hw);
}

/** Binomial upper tail P(X > s), X ~ Bin(n, p), summed from the pmf in logs (independent of the engine's helper). */
function binomialTailExact(n: number, p: number, s: number): number {
  let logC = 0;
  let tail = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) logC += Math.log(n - k + 1) - Math.log(k);
    if (k > s) tail += Math.exp(logC + k * Math.log(p) + (n - k) * Math.log(1 - p));
  }
  return tail;
}

/**
 * Engset's finite-source loss system (N sources, c servers, a = request rate per idle source ×
 * mean holding): call congestion (share of requests blocked) and mean busy servers.
 * Call congestion uses the N − 1 other sources; time congestion weights C(N, k)·a^k.
 */
function engset(sources: number, servers: number, a: number): { callCongestion: number; meanBusy: number } {
  let call = 1;
  let callSum = 1;
  let time = 1;
  let timeSum = 1;
  let busySum = 0;
  for (let k = 1; k <= servers; k++) {
    call *= ((sources - k) / k) * a;
    callSum += call;
    time *= ((sources - k + 1) / k) * a;
    timeSum += time;
    busySum += k * time;
  }
  return { callCongestion: call / callSum, meanBusy: busySum / timeSum };
}

/**
 * The test's booths over one day from an empty start (every source comes in at 0:00), by RK4 on
 * the forward equations: the real system of `booths` is Engset's finite-source chain (births
 * γ(N − k), deaths k/m); a shadow system of c booths sees the same requests, at rate γ(N − E k(t))
 * (the covariance of the two occupancies changes that rate by ~10⁻⁴ of itself). Returns the share
 * of the day's requests that find each system full — the steady-state laws (Erlang B, Engset)
 * miss the first minutes of every day, when the booths are still filling (a bias of about one
 * CI half-width at 8 shadow booths here).
 */
function transientBlocking(
  sources: number,
  perIdleMin: number,
  holdMin: number,
  booths: number,
  shadowBooths: number,
  dayMin: number,
): { real: number; shadow: number } {
  const n = booths + 1;
  const m = shadowBooths + 1;
  const size = n + m;
  const derivative = (y: Float64Array, out: Float64Array) => {
    let busy = 0;
    for (let k = 0; k < n; k++) busy += k * y[k];
    const lambda = perIdleMin * (sources - busy);
    for (let k = 0; k < n; k++) {
      const birth = k < booths ? perIdleMin * (sources - k) : 0;
      let d = -(birth + k / holdMin) * y[k];
      if (k > 0) d += perIdleMin * (sources - k + 1) * y[k - 1];
      if (k < booths) d += ((k + 1) / holdMin) * y[k + 1];
      out[k] = d;
    }
    for (let j = 0; j < m; j++) {
      const birth = j < shadowBooths ? lambda : 0;
      let d = -(birth + j / holdMin) * y[n + j];
      if (j > 0) d += lambda * y[n + j - 1];
      if (j < shadowBooths) d += ((j + 1) / holdMin) * y[n + j + 1];
      out[n + j] = d;
    }
  };
  const y = new Float64Array(size);
  y[0] = 1;
  y[n] = 1;
  const k1 = new Float64Array(size);
  const k2 = new Float64Array(size);
  const k3 = new Float64Array(size);
  const k4 = new Float64Array(size);
  const tmp = new Float64Array(size);
  const dt = 0.01;
  let requests = 0;
  let blockedReal = 0;
  let blockedShadow = 0;
  for (let t = 0; t < dayMin - 1e-9; t += dt) {
    // The day's requests and those that find a system full, summed over the step from y at its start (error O(dt)).
    let busy = 0;
    for (let k = 0; k < n; k++) busy += k * y[k];
    requests += perIdleMin * (sources - busy) * dt;
    blockedReal += perIdleMin * (sources - booths) * y[booths] * dt;
    blockedShadow += perIdleMin * (sources - busy) * y[n + shadowBooths] * dt;
    derivative(y, k1);
    for (let i = 0; i < size; i++) tmp[i] = y[i] + (dt / 2) * k1[i];
    derivative(tmp, k2);
    for (let i = 0; i < size; i++) tmp[i] = y[i] + (dt / 2) * k2[i];
    derivative(tmp, k3);
    for (let i = 0; i < size; i++) tmp[i] = y[i] + dt * k3[i];
    derivative(tmp, k4);
    for (let i = 0; i < size; i++) y[i] += (dt / 6) * (k1[i] + 2 * k2[i] + 2 * k3[i] + k4[i]);
  }
  return { real: blockedReal / requests, shadow: blockedShadow / requests };
}

describe('desk shortages against the binomial tail', () => {
  it('with independent attendance, common hours and no overflow, P(shortage day) is P(Bin(n, p) > desks) — for the configured desks and along the whole sizing curve', async () => {
    const staff = 40;
    const p = 0.8;
    const desks = 34;
    const results = await simulate({ model: modelOf(binomialOffice(staff, p, desks, 245)) }, 40);
    // The helper the sizing uses agrees with the textbook sum.
    const helper = poissonBinomialTail(new Array(staff).fill(p));
    for (let s = 0; s <= staff; s++) expect(helper[s]).toBeCloseTo(binomialTailExact(staff, p, s), 12);

    const pShortage = results.map(
      (r) =>
        (replicationFigures(r).zones as Record<string, Record<string, Record<string, number>>>).z.all
          .pShortageDayWithOverflow,
    );
    expectInCi(pShortage, binomialTailExact(staff, p, desks), 'P(shortage day) with 34 desks', 0.02);

    // The curve behind desk sizing: P(peak > s) for s around the mean, all from one run.
    const checked = [28, 30, 32, 34, 36];
    const hists = results.map((r) => r.zones[0].peakDemandDays);
    for (const s of checked) {
      const perRep = hists.map((h) => shortageCurve([h], [0, 1, 2, 3, 4])[s].mean as number);
      expectInCi(perRep, binomialTailExact(staff, p, s), `P(peak > ${s})`, 0.02, checked.length);
    }
  });

  it('with telework shaped by weekday and mixed eligibility, each weekday follows its Poisson-binomial tail', async () => {
    const part = {
      days: 245,
      telework: { weekdayMultipliers: { mon: 0.5, tue: 1, wed: 1.5, thu: 1, fri: 1 } },
      roles: {
        counter: { arrive: '8:30', stayMin: det(500), absenceShare: 0.1 },
        backOffice: {
          arrive: '8:30',
          stayMin: det(500),
          absenceShare: 0.08,
          telework: { eligibleShare: 0.6, daysPerWeek: 2 },
        },
      },
      departments: [
        { id: 'a', headcount: { counter: 12, backOffice: 10 } },
        { id: 'b', headcount: { backOffice: 15 } },
      ],
      zones: [{ id: 'z', departments: ['a', 'b'], desks: 30 }],
    };
    const results = await simulate({ model: modelOf(part) }, 40);
    // Eligible: round(10 × 0.6) = 6 of a's back office, round(15 × 0.6) = 9 of b's.
    const remote = (w: number) => Math.min(1, (2 / 5) * [0.5, 1, 1.5, 1, 1][w]);
    const ps = (w: number) => [
      ...new Array(12).fill(0.9),
      ...new Array(6).fill(0.92 * (1 - remote(w))),
      ...new Array(4).fill(0.92),
      ...new Array(9).fill(0.92 * (1 - remote(w))),
      ...new Array(6).fill(0.92),
    ];
    const days = ['mon', 'tue', 'wed', 'thu', 'fri'];
    days.forEach((d, w) => {
      const theory = poissonBinomialTail(ps(w))[30];
      const xs = results.map(
        (r) =>
          (replicationFigures(r).zones as Record<string, Record<string, Record<string, number>>>).z[d]
            .pShortageDayWithOverflow,
      );
      expectInCi(xs, theory, `P(shortage day) on ${d}`, 0.04, days.length);
    });
  });
});

describe('booth blocking against Erlang B', () => {
  // 5,000 staff in all day, each starting a booth call at rate γ while not already in one
  // (exponential gaps), holding Exp(3 min), 10 booths, no fallback (a blocked call is dropped).
  // That is Engset's finite-source loss system; with offered load A = N·γ·m = 8 Erlangs spread
  // over 5,000 sources it is Erlang B(10, 8) to within 0.1% (checked below).
  const sources = 5000;
  const holdMin = 3;
  const load = 8;
  const booths = 10;
  const perIdleMin = load / (sources * holdMin);
  const part = {
    days: 10,
    // Utilisation from 1:00, after the empty-office start has died out (20 holding times).
    coreHours: { from: '1:00', to: '23:59' },
    roles: {
      backOffice: {
        arrive: '0:00',
        stayMin: det(1439),
        usesDesk: false,
        activities: [
          {
            kind: 'phoneCall',
            ratePerHour: perIdleMin * 60,
            durationMin: exp(holdMin),
            spaces: ['booth'],
            fallback: 'drop',
          },
        ],
      },
    },
    departments: [{ id: 'd', headcount: { backOffice: sources } }],
    zones: [{ id: 'z', departments: ['d'], desks: 0 }],
    spaces: [{ id: 'booth', kind: 'booth1', count: booths, capacityPersons: 1 }],
  };

  it('P(no booth free) and booth utilisation match Erlang B(10, 8) from an empty start; so does the sizing curve for every candidate c', async () => {
    const results = await simulate({ model: modelOf(part), sizingMaxUnits: 16 }, 20);
    const b = erlangB(booths, load);
    // Engset (exact for finite sources) is within a fraction of the CI of Erlang B here.
    const exact = engset(sources, booths, perIdleMin * holdMin);
    expect(Math.abs(exact.callCongestion - b)).toBeLessThan(0.0008);
    expect(Math.abs(exact.meanBusy - load * (1 - b)) / (load * (1 - b))).toBeLessThan(0.002);

    const figures = results.map(
      (r) => (replicationFigures(r).spaces as Record<string, Record<string, Record<string, number>>>).booth.all,
    );
    // The whole day's requests, the first minutes (booths still filling) included: the transient law.
    const day = 1439;
    expectInCi(
      figures.map((f) => f.pBlocked),
      transientBlocking(sources, perIdleMin, holdMin, booths, booths, day).real,
      'P(blocked) with 10 booths',
      0.02 * b,
      2,
    );
    // Carried load: busy booths on average = A(1 − B) (taken exactly from Engset, 0.2% below:
    // the CI of this figure is tight enough to see the finite number of sources).
    expectInCi(
      figures.map((f) => f.utilization * booths),
      exact.meanBusy,
      'busy booths',
      0.02 * load,
      2,
    );

    // Every candidate size from one run (shadow loss systems on the same requests).
    const sizes = [4, 6, 8, 10, 12, 14];
    for (const c of sizes) {
      const perRep = results.map(
        (r) => sizeSpace([(r.shadows ?? [])[0]], [r.days], r.coreMinPerDay, 0.1).curve[c].mean as number,
      );
      const theory = transientBlocking(sources, perIdleMin, holdMin, booths, c, day).shadow;
      expect(Math.abs(theory - erlangB(c, load))).toBeLessThan(0.002); // the steady state, but for the filling
      expectInCi(perRep, theory, `sizing curve at ${c} booths`, Math.max(0.002, 0.03 * theory), sizes.length);
    }
  });
});
