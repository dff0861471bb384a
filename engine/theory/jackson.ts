import { checkArg } from './internal/checkArg.js';
import { mmc, type MmcResult } from './mmc.js';

/** Inputs of an open Jackson network of M/M/c stations (rates per minute, times in minutes). */
export interface JacksonInput {
  /** External Poisson arrival rate γ_i into each station, per minute (≥ 0, total > 0). */
  externalArrivalPerMin: number[];
  /**
   * Routing matrix: routing[i][j] = probability p_ij that a customer leaving station i goes next
   * to station j; 1 − Σ_j p_ij is the probability of leaving the network. Rows must sum to ≤ 1.
   */
  routing: number[][];
  /** Mean exponential service time at each station, minutes (> 0). */
  serviceMeanMin: number[];
  /** Number of servers at each station (integer ≥ 1). */
  servers: number[];
}

/** Figures of one station of a Jackson network (an M/M/c queue fed at the solved rate). */
export interface JacksonStationResult extends MmcResult {
  /** Total arrival rate λ_i into the station (external + routed), per minute. */
  arrivalPerMin: number;
  /** Mean visits per network customer, λ_i / Σγ. */
  visitsPerCustomer: number;
}

/** Network-wide figures of an open Jackson network. */
export interface JacksonResult {
  /** Per-station figures, in input order. */
  stations: JacksonStationResult[];
  /** Σ γ_i, the network throughput, per minute. */
  totalExternalArrivalPerMin: number;
  /** Mean number of customers in the whole network, Σ L_i. */
  meanInSystem: number;
  /** Mean number waiting in all queues, Σ Lq_i. */
  meanQueueLength: number;
  /** Mean end-to-end time in the network per customer, L / Σγ (Little), minutes. */
  meanSojournMin: number;
  /** Mean end-to-end time spent waiting in queues per customer, Σ Lq_i / Σγ (Little), minutes. */
  meanWaitMin: number;
}

/** Pivot size under which I − Pᵀ is treated as singular (a closed loop with no exit). */
const SINGULAR_PIVOT = 1e-12;

/**
 * Open Jackson network of M/M/c stations (rates per minute, times in minutes): solves the
 * traffic equations, then gives per-station M/M/c figures and end-to-end totals.
 */
export function jackson(input: JacksonInput): JacksonResult {
  const { externalArrivalPerMin: gamma, routing, serviceMeanMin, servers } = input;
  const m = gamma.length;
  if (m === 0) throw new RangeError('jackson: externalArrivalPerMin must list at least one station, got []');
  const sameLength = (name: string, arr: readonly unknown[]): void => {
    if (arr.length !== m) {
      throw new RangeError(`jackson: ${name} must have ${m} entries (one per station), got ${arr.length}`);
    }
  };
  sameLength('routing', routing);
  sameLength('serviceMeanMin', serviceMeanMin);
  sameLength('servers', servers);
  let totalGamma = 0;
  for (let i = 0; i < m; i++) {
    checkArg('jackson', `externalArrivalPerMin[${i}]`, gamma[i], { min: 0 });
    checkArg('jackson', `serviceMeanMin[${i}]`, serviceMeanMin[i], { min: 0, minExclusive: true });
    checkArg('jackson', `servers[${i}]`, servers[i], { integer: true, min: 1 });
    const row = routing[i];
    if (row.length !== m) {
      throw new RangeError(`jackson: routing[${i}] must have ${m} entries, got ${row.length}`);
    }
    let rowSum = 0;
    for (let j = 0; j < m; j++) {
      checkArg('jackson', `routing[${i}][${j}]`, row[j], { min: 0, max: 1 });
      rowSum += row[j];
    }
    if (rowSum > 1 + 1e-9) {
      throw new RangeError(`jackson: routing[${i}] must sum to <= 1, got ${rowSum}`);
    }
    totalGamma += gamma[i];
  }
  if (!(totalGamma > 0)) {
    throw new RangeError(`jackson: externalArrivalPerMin must have a positive total, got ${totalGamma}`);
  }

  // Traffic equations of an open Jackson network (Jackson 1957; Gross & Harris, "Networks of
  // queues"; Kleinrock vol. 1 ch. 4, networks of Markovian queues): λ_j = γ_j + Σ_i λ_i p_ij, i.e. (I − Pᵀ)·λ = γ.
  // Solved by Gaussian elimination with partial pivoting.
  const a: number[][] = [];
  for (let j = 0; j < m; j++) {
    const rowJ: number[] = new Array<number>(m + 1);
    for (let i = 0; i < m; i++) rowJ[i] = (i === j ? 1 : 0) - routing[i][j];
    rowJ[m] = gamma[j];
    a.push(rowJ);
  }
  for (let col = 0; col < m; col++) {
    let pivot = col;
    for (let r = col + 1; r < m; r++) if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) pivot = r;
    if (Math.abs(a[pivot][col]) < SINGULAR_PIVOT) {
      throw new RangeError(
        'jackson: routing has a closed set of stations customers can never leave ' +
          '(I − Pᵀ is singular); the network is not open',
      );
    }
    if (pivot !== col) [a[pivot], a[col]] = [a[col], a[pivot]];
    for (let r = col + 1; r < m; r++) {
      const f = a[r][col] / a[col][col];
      if (f === 0) continue;
      for (let k = col; k <= m; k++) a[r][k] -= f * a[col][k];
    }
  }
  const lambda = new Array<number>(m).fill(0);
  for (let r = m - 1; r >= 0; r--) {
    let s = a[r][m];
    for (let k = r + 1; k < m; k++) s -= a[r][k] * lambda[k];
    // Rates are non-negative in exact arithmetic; clip round-off below zero.
    lambda[r] = Math.max(0, s / a[r][r]);
  }

  // Jackson's theorem: in steady state each station behaves as an independent M/M/c queue
  // with arrival rate λ_i, so per-station figures are the M/M/c ones (product form).
  const stations: JacksonStationResult[] = [];
  let meanInSystem = 0;
  let meanQueueLength = 0;
  for (let i = 0; i < m; i++) {
    const load = lambda[i] * serviceMeanMin[i];
    if (!(load < servers[i])) {
      throw new RangeError(
        `jackson: station ${i} is unstable: solved arrival rate ${lambda[i]}/min × serviceMeanMin[${i}] ` +
          `${serviceMeanMin[i]} = load ${load} must be < servers[${i}] (${servers[i]})`,
      );
    }
    const st = mmc({ arrivalPerMin: lambda[i], serviceMeanMin: serviceMeanMin[i], servers: servers[i] });
    stations.push({ ...st, arrivalPerMin: lambda[i], visitsPerCustomer: lambda[i] / totalGamma });
    meanInSystem += st.meanInSystem;
    meanQueueLength += st.meanQueueLength;
  }
  // End-to-end means by Little's law applied to the whole network (throughput Σγ).
  return {
    stations,
    totalExternalArrivalPerMin: totalGamma,
    meanInSystem,
    meanQueueLength,
    meanSojournMin: meanInSystem / totalGamma,
    meanWaitMin: meanQueueLength / totalGamma,
  };
}
