/**
 * Booth sizing curves against Engset's exact finite-source blocking (issue 14, item 1).
 * 12 staff in all day; while idle each starts a booth call at rate γ = 1/2 per minute
 * (exponential gaps), holding Exp(1 min), a = γ·h = 0.5; a blocked call is dropped and its
 * requester goes back to idle (fallback `drop`). That is Engset's loss system with N = 12: the
 * share of requests blocked is the call congestion, Engset with the N − 1 = 11 other sources.
 * Since the requests depend on the number of booths, `wardsim size` must simulate each count;
 * replaying the requests of today's 6 booths gave 0.291 at 4 booths against the exact 0.335.
 * Tolerances come from the simulation's own CI (99 % family-wise: Bonferroni over the counts).
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { sizeSpace } from '../../engine/runner/sizing/sizeSpaces.js';
import { sizeWorkplace } from '../../engine/runner/sizing/sizeWorkplace.js';
import { engset } from '../../engine/theory/index.js';
import { det, exp, modelOf } from '../workplace/workplaceFixtures.js';

const SOURCES = 12;
// Short calls, so that the empty-office start of each day (a few holding times, when blocking
// is lower than in the steady state Engset describes) is a small part of the 1,439 minutes.
const HOLD_MIN = 1;
const RATE_PER_IDLE_MIN = 1 / 2;
const BOOTHS_NOW = 6;
const REPLICATIONS = 20;
const COUNTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

const model = modelOf({
  days: 20,
  // In from midnight for the whole day: the empty-office start lasts a few holding times of 1,439 minutes.
  coreHours: { from: '0:00', to: '23:59' },
  roles: {
    backOffice: {
      arrive: '0:00',
      stayMin: det(1439),
      usesDesk: false,
      activities: [
        {
          kind: 'phoneCall',
          ratePerHour: RATE_PER_IDLE_MIN * 60,
          durationMin: exp(HOLD_MIN),
          spaces: ['booth'],
          fallback: 'drop',
        },
      ],
    },
  },
  departments: [{ id: 'd', headcount: { backOffice: SOURCES } }],
  zones: [{ id: 'z', departments: ['d'], desks: 0 }],
  spaces: [{ id: 'booth', kind: 'booth1', count: BOOTHS_NOW, capacityPersons: 1 }],
});

const exact = (c: number) =>
  engset({ sources: SOURCES, servers: c, ratePerIdleSource: RATE_PER_IDLE_MIN, meanHold: HOLD_MIN }).callCongestion;
/** The 95 % half-width rescaled to level 1 − 0.01/k (the same t statistic and standard error). */
const widen = (ci95: number, n: number, k: number) =>
  (ci95 * tQuantile(1 - 0.01 / k / 2, n - 1)) / tQuantile(0.975, n - 1);

/** The curve simulated at every count, shared by the tests (run once). */
let fullRun: ReturnType<typeof sizeWorkplace> | undefined;
const full = () =>
  (fullRun ??= sizeWorkplace(model, { replications: REPLICATIONS, seed: 2026, workers: 2, curves: 'all', beta: 0.1 }));

describe('booth sizing curves against Engset (12 requesters, blocked requests dropped)', () => {
  it("the simulated blocking at every count 1…10 lies within its 99 % CI of Engset's call congestion", async () => {
    const r = await full();
    const booth = r.spaces.items[0];
    expect(booth.requestsDependOnUnits).toBe(true);
    for (const c of COUNTS) {
      const p = booth.curve[c];
      const hw = widen(p.ci95 as number, REPLICATIONS, COUNTS.length);
      const context = `${c} booths: simulated ${(p.mean as number).toFixed(5)} ± ${hw.toFixed(5)}, Engset ${exact(c).toFixed(5)}`;
      if (process.env.SHOW_CI) console.log(context); // SHOW_CI=1 prints every comparison
      expect(p.simulated, context).toBe(true);
      expect(hw, `${context} — CI too wide`).toBeLessThanOrEqual(Math.max(0.002, 0.05 * exact(c)));
      expect(Math.abs((p.mean as number) - exact(c)), context).toBeLessThanOrEqual(hw);
    }
    // Engset's answer at β = 10 %: 6 booths (0.087; 5 give 0.190), and the simulated curve agrees.
    expect(booth.unitsNeeded).toBe(6);
  });

  it('the default window simulates only the counts that decide the answer, paired with the full curve', async () => {
    const all = await full();
    const window = await sizeWorkplace(model, { replications: REPLICATIONS, seed: 2026, workers: 2, beta: 0.1 });
    const booth = window.spaces.items[0];
    const simulated = booth.curve.filter((p) => p.simulated).map((p) => p.units);
    expect(booth.unitsNeeded).toBe(6);
    expect(simulated).toContain(5);
    expect(simulated.length).toBeLessThanOrEqual(4);
    // Same seed, same count: the very same run, so the points are equal bit for bit.
    for (const c of simulated) expect(booth.curve[c]).toEqual(all.spaces.items[0].curve[c]);
  });

  it('replaying the requests of 6 booths misses Engset at 4 booths (why each count is simulated)', async () => {
    const out = await runReplications<WorkplaceReplicationResult>(
      { model: 'workplace', input: { model, sizingMaxUnits: 10 }, seed: 2026 },
      { replications: REPLICATIONS, workers: 2 },
    );
    const replayed = sizeSpace(
      out.results.map((x) => (x.shadows ?? [])[0]),
      out.results.map((x) => x.days),
      out.results[0].coreMinPerDay,
      0.1,
    );
    const at4 = replayed.curve[4];
    if (process.env.SHOW_CI)
      console.log(`replayed at 4: ${at4.mean} ± ${at4.ci95} (95 %), at 8: ${replayed.curve[8].mean}`);
    expect(Math.abs((at4.mean as number) - exact(4))).toBeGreaterThan(widen(at4.ci95 as number, REPLICATIONS, 1));
    expect(at4.mean as number).toBeLessThan(exact(4));
  });
});
