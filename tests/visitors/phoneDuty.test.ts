/**
 * Phone duty against queueing theory: with a phone share s of staff time and s·n whole, the
 * counter is an M/M/((1 − s)·n) queue — 5 staff with s = 0.2 serve visitors as 4 do. Erlang C's
 * mean wait and service level must lie inside the simulation's 99 % confidence interval.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { erlangC, erlangCServiceLevel } from '../../engine/theory/index.js';
import { exponential, inputOf } from './visitorFixtures.js';

function ci99(xs: number[]): { mean: number; half: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { mean, half: tQuantile(0.995, n - 1) * (sd / Math.sqrt(n)) };
}

describe('phone duty against Erlang C', () => {
  it('5 staff with a phone share of 0.2 wait as M/M/4 (ρ = 0.8)', async () => {
    const staff = 5;
    const share = 0.2;
    const servers = (1 - share) * staff;
    const lambdaPerMin = 12.8;
    const serviceMin = 0.25;
    const withinMin = 0.125;
    const input = inputOf({
      hours: { open: '00:00', close: '24:00' },
      intervalMin: 60,
      serviceLevel: { target: 0.8, withinMin },
      demand: { visitorsPerDay: lambdaPerMin * 1440, hourlyProfile: [{ from: '00:00', to: '24:00', share: 1 }] },
      procedures: [{ id: 'only', share: 1, steps: [{ department: 'd', serviceMin: exponential(serviceMin) }] }],
      departments: [{ id: 'd', counters: staff, staff, phone: { staffTimeShare: share } }],
      walking: { defaultMin: 0 },
      staffRules: { lunch: null },
      levers: { patience: { patienceMin: null, balk: { displayedWaitOverMin: 0, p: 0 } } },
    });
    const job = { model: 'visitors' as const, input, seed: 2027 };
    const out = await runReplications<VisitorReplicationResult>(job, { replications: 120, workers: 2 });
    const after = (xs: number[]) => xs.slice(2); // the first two hours are a warm-up
    const meanWait = out.results.map((r) => {
      const q = r.queues.d;
      const joins = after(q.joinsByInterval);
      return after(q.waitByInterval).reduce((a, w, i) => a + w * joins[i], 0) / joins.reduce((a, b) => a + b, 0);
    });
    const serviceLevel = out.results.map((r) => {
      const q = r.queues.d;
      return (
        after(q.withinTargetByInterval).reduce((a, b) => a + b, 0) / after(q.joinsByInterval).reduce((a, b) => a + b, 0)
      );
    });
    const load = lambdaPerMin * serviceMin;
    const theoryWait = (erlangC(servers, load) * serviceMin) / (servers - load);
    const theorySl = erlangCServiceLevel(servers, load, withinMin, serviceMin);
    const w = ci99(meanWait);
    const sl = ci99(serviceLevel);
    const context =
      `mean wait ${w.mean.toFixed(4)} ± ${w.half.toFixed(4)} vs Erlang C ${theoryWait.toFixed(4)}; ` +
      `SL ${sl.mean.toFixed(4)} ± ${sl.half.toFixed(4)} vs ${theorySl.toFixed(4)}`;
    expect(w.half / w.mean, `${context} — CI too wide`).toBeLessThan(0.03);
    expect(Math.abs(w.mean - theoryWait), context).toBeLessThanOrEqual(w.half);
    expect(Math.abs(sl.mean - theorySl), context).toBeLessThanOrEqual(sl.half);
    // The staff at the counter are 4 all day; 1 person's time (a fifth) is on the phone.
    expect(out.results[0].staff.d.utilisation.slice(2).every((u) => u < 1)).toBe(true);
  }, 120_000);
});
