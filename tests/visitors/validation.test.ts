import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import { erlangC, erlangCServiceLevel } from '../../engine/theory/index.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { across, exponential, inputOf, movingPart, simulateDays } from './visitorFixtures.js';

/** Mean and 99% CI half-width (Student t) across replications. */
function ci99(xs: number[]): { mean: number; half: number } {
  const n = xs.length;
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  const sd = Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1));
  return { mean, half: tQuantile(0.995, n - 1) * (sd / Math.sqrt(n)) };
}

describe('the visitor model against queueing theory', () => {
  it('reproduces Erlang C with one procedure, exponential service, a constant rate and silo counters', async () => {
    // M/M/5 at ρ = 0.8 for a whole day (00:00–24:00); the first two hours are a warm-up.
    const servers = 5;
    const lambdaPerMin = 16;
    const serviceMin = 0.25;
    const withinMin = 0.125;
    const input = inputOf({
      hours: { open: '00:00', close: '24:00' },
      intervalMin: 60,
      serviceLevel: { target: 0.8, withinMin },
      demand: { visitorsPerDay: lambdaPerMin * 1440, hourlyProfile: [{ from: '00:00', to: '24:00', share: 1 }] },
      procedures: [{ id: 'only', share: 1, steps: [{ department: 'd', serviceMin: exponential(serviceMin) }] }],
      departments: [{ id: 'd', counters: servers, staff: servers }],
      walking: { defaultMin: 0 },
      staffRules: { lunch: null },
      levers: { patience: { patienceMin: null, balk: { displayedWaitOverMin: 0, p: 0 } } },
    });
    const out = await runReplications<VisitorReplicationResult>(
      { model: 'visitors', input, seed: 2026 },
      { replications: 120, workers: 2 },
    );
    const after = (xs: number[]) => xs.slice(2);
    const meanWait = out.results.map((r) => {
      const q = r.queues.d;
      const joins = after(q.joinsByInterval);
      const waits = after(q.waitByInterval);
      return waits.reduce((a, w, i) => a + w * joins[i], 0) / joins.reduce((a, b) => a + b, 0);
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
    const context = `mean wait ${w.mean.toFixed(4)} ± ${w.half.toFixed(4)} vs Erlang C ${theoryWait.toFixed(4)}; SL ${sl.mean.toFixed(4)} ± ${sl.half.toFixed(4)} vs ${theorySl.toFixed(4)}`;
    expect(w.half / w.mean, `${context} — CI too wide`).toBeLessThan(0.03);
    expect(Math.abs(w.mean - theoryWait), context).toBeLessThanOrEqual(w.half);
    expect(Math.abs(sl.mean - theorySl), context).toBeLessThanOrEqual(sl.half);
  });

  it('builds multi-hour waits on a peak moving day at 14 counters and 20 min, and short ones with 書かない窓口 (sources §4.3)', () => {
    const quiet = { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } };
    const before = simulateDays(movingPart({ levers: { kakanaiMadoguchi: false, patience: quiet } }), 20);
    const after = simulateDays(movingPart({ levers: { kakanaiMadoguchi: true, patience: quiet } }), 20);
    const hourly = (rs: VisitorReplicationResult[]) =>
      rs[0].byHour.waitMean.map((_, h) => across(rs, (r) => r.byHour.waitMean[h]));
    const slow = hourly(before);
    const fast = hourly(after);
    // Hours from 8 to 17: the wait of arrivals grows through the day to 2–3 hours (fluid model: 2.5–2.75 h).
    expect(across(before, (r) => r.visitors.arrived)).toBeGreaterThan(440);
    expect(slow[1]).toBeLessThan(slow[3]);
    expect(slow[3]).toBeLessThan(slow[7]);
    expect(Math.max(...slow)).toBeGreaterThan(120);
    expect(Math.max(...slow)).toBeLessThan(240);
    // With ×0.56 the same counters keep up: the worst hour waits minutes, not hours (fluid: ~7 min).
    expect(Math.max(...fast)).toBeLessThan(20);
    expect(across(after, (r) => r.waitMin.p95)).toBeLessThan(30);
  });
});
