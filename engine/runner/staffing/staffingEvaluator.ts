/**
 * Scores a staffing plan by simulation: the same R replications (same seed, so the same
 * visitors with the same needs — common random numbers) for every plan, so two plans differ only
 * by their staffing and comparing them is exact for those R days, not noisy. Per sized group and
 * interval it pools, over the R days, the contacts that joined, those served within the time, and
 * the busy and at-counter staff-minutes.
 *
 * Replications may run on worker threads (staffingWorker.ts); each returns its own row and rows
 * are summed in replication order, so the score is bit-identical for any number of workers.
 */
import { currentExecutor } from '../executors/ambientExecutor.js';
import type { ReplicationExecutor } from '../executors/replicationExecutor.js';
import { staffingRowsOn } from '../executors/staffingRowsOn.js';
import { ThreadWorker } from '../threadWorker.js';
import { compileVisitorModel } from '../../models/visitors/compileVisitorModel.js';
import { piecesFromLevels } from '../../models/visitors/staffRoster.js';
import type { VisitorInput } from '../../models/visitors/visitorInput.js';
import { VisitorSimulation } from '../../models/visitors/visitorSimulation.js';
import { serviceLevelCi95 } from './serviceLevelCi.js';
import type { StaffingWorkerApi } from './staffingWorker.js';

/** A group the optimiser sizes: a department's own counter staff, or the one-stop desk's. */
export interface SizedGroup {
  id: string;
  /** Index into input.departments, or −1 for the one-stop desk. */
  department: number;
}

export interface PlanScore {
  joins: Float64Array[];
  within: Float64Array[];
  busyMin: Float64Array[];
  capacityMin: Float64Array[];
  /** Per group and interval: service level and occupancy targets both met. */
  ok: boolean[][];
  allOk: boolean;
}

export interface EvaluationSettings {
  target: number;
  maxOccupancy: number;
  replications: number;
  seed: number | string;
}

/** The scenario input with the sized groups' staff replaced by `levels` (counters never binding). */
export function inputForPlan(
  base: VisitorInput,
  sized: SizedGroup[],
  levels: readonly (readonly number[])[],
): VisitorInput {
  const pieces = (l: readonly number[]) => piecesFromLevels(l, base.openMin, base.intervalMin, base.closeMin);
  const departments = base.departments.map((d) => ({ ...d }));
  let oneStop = base.organisation.oneStop ? { ...base.organisation.oneStop } : null;
  sized.forEach((g, k) => {
    const most = Math.max(0, ...levels[k]);
    if (g.department >= 0) {
      const d = departments[g.department];
      d.staff = pieces(levels[k]);
      d.counters = Math.max(d.counters, most);
    } else if (oneStop) {
      oneStop = { ...oneStop, staff: pieces(levels[k]), counters: Math.max(oneStop.counters, most) };
    }
  });
  return { ...base, departments, organisation: { ...base.organisation, oneStop } };
}

/**
 * Simulates replications [from, to) of a plan. Row r (replication from + r) holds, for each sized
 * group k and interval i, at offset ((r·K + k)·4 + metric)·bins + i: joins, within, busy, capacity.
 */
export function simulatePlanRows(
  base: VisitorInput,
  sized: SizedGroup[],
  levels: readonly (readonly number[])[],
  seed: number | string,
  from: number,
  to: number,
): Float64Array {
  const sim = new VisitorSimulation(compileVisitorModel(inputForPlan(base, sized, levels)));
  const m = sim.model;
  const bins = m.bins;
  const K = sized.length;
  const groupIndex = sized.map((g) => m.groups.findIndex((x) => x.id === g.id));
  const out = new Float64Array((to - from) * K * 4 * bins);
  for (let r = from; r < to; r++) {
    sim.simulate(seed, r);
    const st = sim.stats;
    for (let k = 0; k < K; k++) {
      const g = groupIndex[k];
      const o = m.groups[g].queues[0] * bins;
      const busy = st.groupBusyMin(g);
      const cap = st.groupCapacityMin[g];
      const at = ((r - from) * K + k) * 4 * bins;
      for (let i = 0; i < bins; i++) {
        out[at + i] = st.joins[o + i];
        out[at + bins + i] = st.within[o + i];
        out[at + 2 * bins + i] = busy[i];
        out[at + 3 * bins + i] = cap[i];
      }
    }
  }
  return out;
}

/** A plan's score with the 95 % half-width of each pooled service level (null: nobody joined, or one day). */
export interface ScoreWithCi {
  score: PlanScore;
  serviceLevelCi95: (number | null)[][];
}

/** Scores kept per plan: a plan is only ever simulated once (the same seed gives the same score). */
const SCORE_MEMO_LIMIT = 5_000;

export class StaffingEvaluator {
  /** Plans simulated (a plan asked for again is answered from the memo and not counted). */
  evaluations = 0;
  private readonly memo = new Map<string, PlanScore>();
  private readonly workers: { thread: ThreadWorker<StaffingWorkerApi>; ready: Promise<void> }[] = [];
  private readonly bins: number;
  /** The executor of the study this evaluator runs in (withExecutor), e.g. BullMQ workers. */
  private readonly executor: ReplicationExecutor | undefined = currentExecutor();

  constructor(
    /** The scenario input with the staffing interval and service-level time already set. */
    readonly base: VisitorInput,
    readonly sized: SizedGroup[],
    readonly settings: EvaluationSettings,
    workerCount = 0,
  ) {
    this.bins = compileVisitorModel(base).bins;
    const n = this.executor === undefined ? Math.min(workerCount, settings.replications) : 0;
    for (let i = 0; i < n; i++) {
      const thread = new ThreadWorker<StaffingWorkerApi>(import.meta.url, 'staffingWorker');
      this.workers.push({ thread, ready: thread.call((api) => api.init(base, sized, settings.seed)) });
    }
  }

  /**
   * The plan's score. The search asks for some plans more than once (the Erlang C roster in both
   * searches, a trim candidate rejected before and proposed again); with common random numbers the
   * answer cannot differ, so it is simulated once.
   */
  async evaluate(levels: readonly (readonly number[])[]): Promise<PlanScore> {
    const key = levels.map((l) => l.join(',')).join('|');
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const score = this.score(await this.rowsOf(levels));
    if (this.memo.size < SCORE_MEMO_LIMIT) this.memo.set(key, score);
    return score;
  }

  /** The score with the 95 % half-width of each pooled service level (for the shortfall report). */
  async evaluateWithCi(levels: readonly (readonly number[])[]): Promise<ScoreWithCi> {
    const rows = await this.rowsOf(levels);
    return { score: this.score(rows), serviceLevelCi95: serviceLevelCi95(rows, this.sized.length, this.bins) };
  }

  private async rowsOf(levels: readonly (readonly number[])[]): Promise<Float64Array[]> {
    this.evaluations++;
    const R = this.settings.replications;
    let rows: Float64Array[];
    if (this.executor !== undefined) {
      const input = { base: this.base, sized: this.sized, levels: levels.map((l) => [...l]) };
      rows = await staffingRowsOn(this.executor, input, this.settings.seed, R);
    } else if (this.workers.length === 0) {
      rows = [simulatePlanRows(this.base, this.sized, levels, this.settings.seed, 0, R)];
    } else {
      const n = this.workers.length;
      const plain = levels.map((l) => [...l]);
      rows = await Promise.all(
        this.workers.map(async (w, j) => {
          await w.ready;
          return w.thread.call((api) => api.evaluate(plain, Math.floor((j * R) / n), Math.floor(((j + 1) * R) / n)));
        }),
      );
    }
    return rows;
  }

  /** Sums the rows in replication order and checks the targets. */
  private score(chunks: Float64Array[]): PlanScore {
    const K = this.sized.length;
    const bins = this.bins;
    const zeros = () => this.sized.map(() => new Float64Array(bins));
    const s: PlanScore = {
      joins: zeros(),
      within: zeros(),
      busyMin: zeros(),
      capacityMin: zeros(),
      ok: [],
      allOk: true,
    };
    const metrics = [s.joins, s.within, s.busyMin, s.capacityMin];
    for (const rows of chunks) {
      const reps = rows.length / (K * 4 * bins);
      for (let r = 0; r < reps; r++) {
        for (let k = 0; k < K; k++) {
          for (let mt = 0; mt < 4; mt++) {
            const at = ((r * K + k) * 4 + mt) * bins;
            const acc = metrics[mt][k];
            for (let i = 0; i < bins; i++) acc[i] += rows[at + i];
          }
        }
      }
    }
    const { target, maxOccupancy } = this.settings;
    for (let k = 0; k < K; k++) {
      const row: boolean[] = [];
      for (let i = 0; i < bins; i++) {
        const j = s.joins[k][i];
        const cap = s.capacityMin[k][i];
        const slOk = j === 0 || s.within[k][i] >= target * j - 1e-9;
        const occOk = cap > 0 ? s.busyMin[k][i] <= maxOccupancy * cap + 1e-9 : j === 0;
        row.push(slOk && occOk);
        if (!(slOk && occOk)) s.allOk = false;
      }
      s.ok.push(row);
    }
    return s;
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.thread.close()));
    this.workers.length = 0;
  }
}

/** Pooled service level and occupancy per interval of group `k` (NaN where undefined). */
export function scoreSeries(
  score: PlanScore,
  k: number,
): { serviceLevel: number[]; occupancy: number[]; joins: number[] } {
  return {
    serviceLevel: Array.from(score.joins[k], (j, i) => (j > 0 ? score.within[k][i] / j : NaN)),
    occupancy: Array.from(score.capacityMin[k], (c, i) => (c > 0 ? score.busyMin[k][i] / c : NaN)),
    joins: Array.from(score.joins[k]),
  };
}
