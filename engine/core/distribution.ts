/**
 * Probability distributions for durations and intervals, all in minutes.
 *
 * One class with a numeric kind and a switch, rather than one class per law, so the
 * sampling call site stays monomorphic in the hot loop. Sampling is by inversion of the
 * CDF wherever a closed form or an accurate quantile exists (one uniform per sample), which
 * keeps common random numbers aligned across scenario variants; gamma uses Marsaglia–Tsang.
 */
import { createRequire } from 'node:module';
import { NormalQuantile } from './normalQuantile.js';
import type { RandomStream } from './randomStream.js';

/** Shared by every distribution (one thread, one draw at a time). */
const quantile = new NormalQuantile();

const require = createRequire(import.meta.url);
let stdlibErfc: ((x: number) => number) | undefined;
/**
 * stdlib's erfc (accurate to double precision), loaded on first use: the package and the 130
 * small modules it requires cost about 30 ms at start-up, and only normal distributions need it.
 */
function erfc(x: number): number {
  stdlibErfc ??= require('@stdlib/math-base-special-erfc') as (x: number) => number;
  return stdlibErfc(x);
}

/** A distribution as written in model and scenario files. */
export type DistributionSpec =
  | { dist: 'deterministic'; value: number }
  | { dist: 'exponential'; mean: number }
  | { dist: 'uniform'; min: number; max: number }
  | { dist: 'triangular'; min: number; mode: number; max: number }
  | { dist: 'normal'; mean: number; sd: number }
  | { dist: 'lognormal'; mean: number; cv: number }
  | { dist: 'gamma'; mean: number; cv: number }
  | { dist: 'erlang'; k: number; mean: number }
  | { dist: 'empirical'; values: number[]; weights?: number[] };

const DETERMINISTIC = 0;
const EXPONENTIAL = 1;
const UNIFORM = 2;
const TRIANGULAR = 3;
const NORMAL_TRUNC0 = 4;
const LOGNORMAL = 5;
const GAMMA = 6;
const ERLANG = 7;
const EMPIRICAL = 8;

/** A distribution bound to a random stream; `sample()` draws the next value. */
export class Distribution {
  readonly spec: DistributionSpec;
  private readonly kind: number;
  private readonly a: number;
  private readonly b: number;
  private readonly c: number;
  private readonly d: number;
  private readonly values: Float64Array;
  private readonly cumulative: Float64Array;
  private readonly rng: RandomStream;

  constructor(spec: DistributionSpec, rng: RandomStream) {
    this.spec = spec;
    this.rng = rng;
    let kind = DETERMINISTIC;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    let values = new Float64Array(0);
    let cumulative = new Float64Array(0);
    switch (spec.dist) {
      case 'deterministic':
        a = spec.value;
        break;
      case 'exponential':
        kind = EXPONENTIAL;
        a = spec.mean;
        break;
      case 'uniform':
        kind = UNIFORM;
        a = spec.min;
        b = spec.max - spec.min;
        break;
      case 'triangular': {
        kind = TRIANGULAR;
        a = spec.min;
        b = spec.mode;
        c = spec.max;
        d = spec.max > spec.min ? (spec.mode - spec.min) / (spec.max - spec.min) : 0;
        break;
      }
      case 'normal': {
        // Normal(mean, sd) conditioned on x ≥ 0, sampled by inversion on [Φ(−mean/sd), 1).
        kind = NORMAL_TRUNC0;
        a = spec.mean;
        b = spec.sd;
        c = spec.sd > 0 ? standardNormalCdf(-spec.mean / spec.sd) : 0;
        break;
      }
      case 'lognormal': {
        // Parameters of the underlying normal from mean m and cv: σ² = ln(1+cv²), μ = ln m − σ²/2.
        kind = LOGNORMAL;
        const s2 = Math.log(1 + spec.cv * spec.cv);
        a = Math.log(spec.mean) - s2 / 2;
        b = Math.sqrt(s2);
        break;
      }
      case 'gamma': {
        // shape k = 1/cv², scale θ = mean·cv²; Marsaglia & Tsang (2000) with the k<1 boost.
        kind = spec.cv === 0 ? DETERMINISTIC : GAMMA;
        if (spec.cv === 0) {
          a = spec.mean;
        } else {
          const shape = 1 / (spec.cv * spec.cv);
          a = shape;
          b = spec.mean / shape;
          const k = shape < 1 ? shape + 1 : shape;
          c = k - 1 / 3;
          d = 1 / Math.sqrt(9 * c);
        }
        break;
      }
      case 'erlang':
        kind = ERLANG;
        a = spec.k;
        b = spec.mean / spec.k;
        break;
      case 'empirical': {
        kind = EMPIRICAL;
        const n = spec.values.length;
        values = Float64Array.from(spec.values);
        cumulative = new Float64Array(n);
        let total = 0;
        for (let i = 0; i < n; i++) {
          total += spec.weights ? spec.weights[i] : 1;
          cumulative[i] = total;
        }
        for (let i = 0; i < n; i++) cumulative[i] /= total;
        cumulative[n - 1] = 1;
        break;
      }
    }
    this.kind = kind;
    this.a = a;
    this.b = b;
    this.c = c;
    this.d = d;
    this.values = values;
    this.cumulative = cumulative;
  }

  /** Value of the last draw (`draw()` or `sample()`). */
  last = NaN;

  /** Draws the next value (minutes, ≥ 0 for every law whose parameters are non-negative). */
  sample(): number {
    // NOTE: a two-line wrapper, small enough for V8 to inline wherever its budget allows; hot
    // paths call draw() and read `last` instead, so that no call returns a double (V8 boxes a
    // double returned by a call it does not inline: 16 bytes of garbage per draw).
    this.draw();
    return this.last;
  }

  /**
   * Draws the next value into `last`: the allocation-free form of `sample` for hot paths, where
   * no call may carry a double (see the NOTE in serverPool.ts). The two commonest laws are
   * handled here, the rest out of line (drawOther also writes `last` instead of returning it).
   */
  draw(): void {
    if (this.kind === EXPONENTIAL) {
      this.rng.step();
      this.last = -this.a * Math.log(1 - this.rng.u);
    } else if (this.kind === DETERMINISTIC) this.last = this.a;
    else this.drawOther();
  }

  /**
   * Advances the stream exactly as draw() would, without computing the value: for a draw whose
   * value is not needed (an absent person's hours), so that the stream stays where a draw would
   * leave it. Inversion laws take their one uniform (the lognormal one non-zero uniform, as
   * draw() does) and skip the costly quantile; gamma's rejection sampler is simply run.
   */
  skip(): void {
    const rng = this.rng;
    switch (this.kind) {
      case DETERMINISTIC:
        return;
      case NORMAL_TRUNC0:
        if (this.b !== 0) rng.step();
        return;
      case LOGNORMAL:
        if (this.b !== 0) uniformOpen(rng);
        return;
      case GAMMA: {
        const last = this.last; // a skip leaves `last` as it was
        this.drawGamma();
        this.last = last;
        return;
      }
      case ERLANG:
        for (let i = 0; i < this.a; i++) rng.step();
        return;
      default:
        // EXPONENTIAL, UNIFORM, TRIANGULAR, EMPIRICAL: one uniform.
        rng.step();
    }
  }

  private drawOther(): void {
    const rng = this.rng;
    switch (this.kind) {
      case UNIFORM:
        rng.step();
        this.last = this.a + this.b * rng.u;
        return;
      case TRIANGULAR: {
        rng.step();
        const u = rng.u;
        const lo = this.a;
        const mode = this.b;
        const hi = this.c;
        this.last =
          u < this.d ? lo + Math.sqrt(u * (hi - lo) * (mode - lo)) : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
        return;
      }
      case NORMAL_TRUNC0: {
        if (this.b === 0) {
          this.last = Math.max(0, this.a);
          return;
        }
        rng.step();
        quantile.p = this.c + (1 - this.c) * rng.u;
        quantile.compute();
        this.last = Math.max(0, this.a + this.b * quantile.x);
        return;
      }
      case LOGNORMAL: {
        if (this.b === 0) {
          this.last = Math.exp(this.a);
          return;
        }
        do rng.step();
        while (rng.u === 0);
        quantile.p = rng.u;
        quantile.compute();
        this.last = Math.exp(this.a + this.b * quantile.x);
        return;
      }
      case GAMMA:
        this.drawGamma();
        return;
      case ERLANG: {
        // Sum of k exponentials as −θ·ln Π u_i, guarding the product against underflow.
        let sum = 0;
        let prod = 1;
        for (let i = 0; i < this.a; i++) {
          rng.step();
          prod *= 1 - rng.u;
          if (prod < 1e-280) {
            sum -= Math.log(prod);
            prod = 1;
          }
        }
        this.last = this.b * (sum - Math.log(prod));
        return;
      }
      default: {
        // EMPIRICAL: inversion by binary search over the cumulative weights.
        rng.step();
        const u = rng.u;
        const cum = this.cumulative;
        let lo = 0;
        let hi = cum.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (cum[mid] > u) hi = mid;
          else lo = mid + 1;
        }
        this.last = this.values[lo];
      }
    }
  }

  /** Mean of the law (exact; for the truncated normal, the mean after truncation). */
  mean(): number {
    return distributionMean(this.spec);
  }

  /** Marsaglia–Tsang, into `last`. */
  private drawGamma(): void {
    const rng = this.rng;
    const shape = this.a;
    const c = this.c;
    const d = this.d;
    for (;;) {
      let x: number;
      let v: number;
      do {
        do rng.step();
        while (rng.u === 0);
        quantile.p = rng.u;
        quantile.compute();
        x = quantile.x;
        v = 1 + d * x;
      } while (v <= 0);
      v = v * v * v;
      do rng.step();
      while (rng.u === 0);
      const u = rng.u;
      if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + c * (1 - v + Math.log(v))) {
        let g = c * v;
        // Boost for shape < 1: G(k) = G(k+1) · U^(1/k) (Marsaglia & Tsang, sec. 5).
        if (shape < 1) g *= Math.pow(uniformOpen(rng), 1 / shape);
        this.last = g * this.b;
        return;
      }
    }
  }
}

/** A uniform number in the open interval (0, 1), for quantile functions that diverge at 0. */
function uniformOpen(rng: RandomStream): number {
  let u = rng.next();
  while (u === 0) u = rng.next();
  return u;
}

/** Standard normal CDF Φ(x) = erfc(−x/√2)/2 (stdlib's erfc is accurate to double precision). */
function standardNormalCdf(x: number): number {
  return 0.5 * erfc(-x / Math.SQRT2);
}

/**
 * Inverse Mills ratio λ(α) = φ(α) / (1 − Φ(α)) of the standard normal, with the upper tail
 * from erfc so that it keeps full precision for large α (1 − Φ(α) would cancel).
 */
function truncationRatio(alpha: number): number {
  const phi = Math.exp(-0.5 * alpha * alpha) / Math.sqrt(2 * Math.PI);
  return phi / (0.5 * erfc(alpha / Math.SQRT2));
}

/** Exact mean of a distribution spec, in the spec's unit. */
export function distributionMean(spec: DistributionSpec): number {
  switch (spec.dist) {
    case 'deterministic':
      return spec.value;
    case 'exponential':
    case 'lognormal':
    case 'gamma':
    case 'erlang':
      return spec.mean;
    case 'uniform':
      return (spec.min + spec.max) / 2;
    case 'triangular':
      return (spec.min + spec.mode + spec.max) / 3;
    case 'normal': {
      if (spec.sd === 0) return Math.max(0, spec.mean);
      // Mean of N(μ,σ²) truncated to [0,∞): μ + σ·φ(α)/(1−Φ(α)), α = −μ/σ.
      return spec.mean + spec.sd * truncationRatio(-spec.mean / spec.sd);
    }
    case 'empirical': {
      let total = 0;
      let sum = 0;
      for (let i = 0; i < spec.values.length; i++) {
        const w = spec.weights ? spec.weights[i] : 1;
        total += w;
        sum += w * spec.values[i];
      }
      return sum / total;
    }
  }
}

/** Squared coefficient of variation of a spec (needed by Pollaczek–Khinchine checks). */
export function distributionScv(spec: DistributionSpec): number {
  switch (spec.dist) {
    case 'deterministic':
      return 0;
    case 'exponential':
      return 1;
    case 'lognormal':
    case 'gamma':
      return spec.cv * spec.cv;
    case 'erlang':
      return 1 / spec.k;
    case 'uniform': {
      const m = (spec.min + spec.max) / 2;
      return m === 0 ? 0 : (spec.max - spec.min) ** 2 / 12 / (m * m);
    }
    case 'triangular': {
      const { min: a, mode: c, max: b } = spec;
      const m = (a + b + c) / 3;
      const v = (a * a + b * b + c * c - a * b - a * c - b * c) / 18;
      return m === 0 ? 0 : v / (m * m);
    }
    case 'normal': {
      if (spec.sd === 0) return 0;
      // Variance of N(μ,σ²) truncated to [0,∞): σ²(1 + αλ − λ²), α = −μ/σ, λ = φ(α)/(1−Φ(α)).
      const alpha = -spec.mean / spec.sd;
      const lambda = truncationRatio(alpha);
      const m = spec.mean + spec.sd * lambda;
      return (spec.sd * spec.sd * (1 + alpha * lambda - lambda * lambda)) / (m * m);
    }
    case 'empirical': {
      const m = distributionMean(spec);
      let total = 0;
      let v = 0;
      for (let i = 0; i < spec.values.length; i++) {
        const w = spec.weights ? spec.weights[i] : 1;
        total += w;
        v += w * (spec.values[i] - m) ** 2;
      }
      return m === 0 ? 0 : v / total / (m * m);
    }
  }
}
