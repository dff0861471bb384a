import { beforeAll, describe, expect, it } from 'vitest';
import { PiecewisePoissonArrivals, type RatePiece } from '../../../engine/core/piecewisePoissonArrivals.js';
import { createStream } from '../../../engine/core/randomStream.js';
import { expectWithinSe, moments, SEED, testStream } from './sampleChecks.js';

const DAY = 1440;

/** A day with a zero-rate piece (60–180), implicit closed spans, and pieces given out of order. */
const dayPieces: RatePiece[] = [
  { fromMin: 600, toMin: 660, perHour: 90 },
  { fromMin: 0, toMin: 60, perHour: 30 },
  { fromMin: 60, toMin: 180, perHour: 0 },
  { fromMin: 180, toMin: 300, perHour: 12 },
];

/** Integrated rate Λ(t) from 0 (arrivals expected by time t), written independently of the code. */
function cumulativeRate(pieces: RatePiece[], periodMin: number, tMin: number): number {
  const massOf = (local: number) =>
    pieces.reduce((s, p) => s + (p.perHour / 60) * Math.min(Math.max(local - p.fromMin, 0), p.toMin - p.fromMin), 0);
  if (periodMin === Infinity) return massOf(tMin);
  const whole = Math.floor(tMin / periodMin);
  return whole * massOf(periodMin) + massOf(tMin - whole * periodMin);
}

/** Whether local time lies in a piece with a positive rate. */
function inOpenPiece(pieces: RatePiece[], periodMin: number, tMin: number): boolean {
  const local = periodMin === Infinity ? tMin : tMin - Math.floor(tMin / periodMin) * periodMin;
  return pieces.some((p) => p.perHour > 0 && local >= p.fromMin && local <= p.toMin);
}

/**
 * Arrival times from `fromMin` until `untilMin` (exclusive) or the end of the process. Poisson
 * arrival times increase strictly (ties have probability 0), so a repeat means a stuck process.
 */
function arrivalsUntil(process: PiecewisePoissonArrivals, fromMin: number, untilMin: number): number[] {
  const out: number[] = [];
  let prev = fromMin;
  for (let t = process.nextArrivalMin(fromMin); t < untilMin; t = process.nextArrivalMin(t)) {
    if (!(t > prev)) throw new Error(`arrival times do not increase: ${prev} then ${t}`);
    out.push(t);
    prev = t;
  }
  return out;
}

describe('PiecewisePoissonArrivals', () => {
  const days = 500;
  let times: number[] = [];
  beforeAll(() => {
    times = arrivalsUntil(new PiecewisePoissonArrivals(dayPieces, testStream('day'), DAY), 0, days * DAY);
  });

  it('counts per piece over many periods match rate × length within 4 SE (Poisson variance), and none fall in gaps', () => {
    for (const piece of dayPieces) {
      const count = times.filter((t) => {
        const local = t % DAY;
        return local >= piece.fromMin && local < piece.toMin;
      }).length;
      const expected = (piece.perHour / 60) * (piece.toMin - piece.fromMin) * days;
      if (expected === 0) expect(count, `zero-rate piece ${piece.fromMin}`).toBe(0);
      else expectWithinSe(`piece ${piece.fromMin}–${piece.toMin}`, count, expected, Math.sqrt(expected));
    }
    // Outside every piece (300–600 and 660–1440) the rate is 0.
    expect(times.filter((t) => !inOpenPiece(dayPieces, DAY, t))).toEqual([]);
  });

  it('repeats every period: early and late blocks of days each get λ·T arrivals within 4 SE', () => {
    const perDay = cumulativeRate(dayPieces, DAY, DAY);
    expect(perDay).toBe(30 + 24 + 90);
    for (const [from, to] of [
      [0, 100],
      [400, 500],
    ]) {
      const count = times.filter((t) => t >= from * DAY && t < to * DAY).length;
      expectWithinSe(`days ${from}–${to}`, count, perDay * (to - from), Math.sqrt(perDay * (to - from)));
    }
  });

  it('per-day counts in a piece are Poisson: their variance equals their mean within 4 SE', () => {
    // Counts of the 10:00–11:00 piece per day; Poisson(μ): Var(s²) ≈ (μ4 − σ⁴)/n = (μ + 2μ²)/n.
    const mu = 90;
    const perDay = new Float64Array(days);
    for (const t of times) {
      const local = t % DAY;
      if (local >= 600 && local < 660) perDay[Math.floor(t / DAY)]++;
    }
    const m = moments(perDay);
    expectWithinSe('per-day mean', m.mean, mu, Math.sqrt(mu / days));
    expectWithinSe('per-day variance', (m.m2 * days) / (days - 1), mu, Math.sqrt((mu + 2 * mu * mu) / days));
  });

  it('rescaled by the integrated rate, gaps are Exp(1) (time-rescaling theorem): mean and variance within 4 SE', () => {
    const gaps = new Float64Array(times.length);
    let prev = 0;
    for (let k = 0; k < times.length; k++) {
      const lam = cumulativeRate(dayPieces, DAY, times[k]);
      gaps[k] = lam - prev;
      prev = lam;
    }
    const m = moments(gaps);
    const n = gaps.length;
    // Exp(1): variance 1, fourth central moment 9, so Var(s²) ≈ (9 − 1)/n.
    expectWithinSe('rescaled mean', m.mean, 1, Math.sqrt(1 / n));
    expectWithinSe('rescaled variance', (m.m2 * n) / (n - 1), 1, Math.sqrt(8 / n));
  });

  it('inverts the integrated rate exactly: Λ(next) = Λ(after) + E with E = −ln(1 − u) from the stream', () => {
    const process = new PiecewisePoissonArrivals(dayPieces, createStream(SEED, 0, 'exact'), DAY);
    const twin = createStream(SEED, 0, 'exact');
    // Start from assorted points: inside pieces, in gaps, at piece edges, in later periods.
    const starts = [
      0,
      30,
      60,
      120,
      180,
      299.5,
      300,
      450,
      600,
      659.99,
      660,
      1000,
      1439.999,
      DAY * 7 + 640,
      DAY * 1000 + 5,
    ];
    for (const after of starts) {
      for (let k = 0; k < 20; k++) {
        const e = -Math.log(1 - twin.next());
        const next = process.nextArrivalMin(after + k * 97.3);
        const target = cumulativeRate(dayPieces, DAY, after + k * 97.3) + e;
        expect(next).toBeGreaterThan(after + k * 97.3 - 1e-9);
        expect(Math.abs(cumulativeRate(dayPieces, DAY, next) - target)).toBeLessThanOrEqual(1e-9 * (1 + target));
        expect(inOpenPiece(dayPieces, DAY, next)).toBe(true);
      }
    }
  });

  it('skips many empty periods at once when the rate is tiny, still exactly and only inside the piece', () => {
    // One minute a day at 0.06 per hour: 0.001 expected arrivals a day, so ~1000 days between arrivals.
    const pieces: RatePiece[] = [{ fromMin: 600, toMin: 601, perHour: 0.06 }];
    const process = new PiecewisePoissonArrivals(pieces, createStream(SEED, 0, 'sparse'), DAY);
    const twin = createStream(SEED, 0, 'sparse');
    const n = 2000;
    const gaps = new Float64Array(n);
    let t = 0;
    for (let k = 0; k < n; k++) {
      const e = -Math.log(1 - twin.next());
      const next = process.nextArrivalMin(t);
      const target = cumulativeRate(pieces, DAY, t) + e;
      expect(Math.abs(cumulativeRate(pieces, DAY, next) - target)).toBeLessThanOrEqual(1e-9 * (1 + target));
      const local = next - Math.floor(next / DAY) * DAY;
      expect(local).toBeGreaterThanOrEqual(600);
      expect(local).toBeLessThanOrEqual(601);
      gaps[k] = (next - t) / DAY;
      t = next;
    }
    // Days between arrivals: ≈ Exp(mean 1000 days) (the sub-day offset is negligible next to SE).
    expectWithinSe('mean days between arrivals', moments(gaps).mean, 1000, 1000 / Math.sqrt(n));
  });

  it('without a period, gives arrivals only inside the pieces and then Infinity after the last piece', () => {
    const pieces: RatePiece[] = [
      { fromMin: 0, toMin: 60, perHour: 30 },
      { fromMin: 120, toMin: 180, perHour: 60 },
    ];
    const process = new PiecewisePoissonArrivals(pieces, testStream('finite'));
    const runs = 2000;
    let total = 0;
    let outside = 0;
    for (let r = 0; r < runs; r++) {
      const ts = arrivalsUntil(process, 0, Infinity);
      for (const x of ts) if (!inOpenPiece(pieces, Infinity, x)) outside++;
      total += ts.length;
    }
    expect(outside).toBe(0);
    // Each run is Poisson(30 + 60).
    expectWithinSe('arrivals per run', total / runs, 90, Math.sqrt(90 / runs));
    expect(process.nextArrivalMin(180)).toBe(Infinity);
    expect(process.nextArrivalMin(10_000)).toBe(Infinity);
  });

  it('never arrives when every rate is zero or there are no pieces', () => {
    expect(
      new PiecewisePoissonArrivals([{ fromMin: 0, toMin: 600, perHour: 0 }], testStream('zero'), DAY).nextArrivalMin(0),
    ).toBe(Infinity);
    expect(new PiecewisePoissonArrivals([], testStream('none'), DAY).nextArrivalMin(0)).toBe(Infinity);
    expect(new PiecewisePoissonArrivals([], testStream('none')).nextArrivalMin(0)).toBe(Infinity);
  });
});
