import { describe, expect, it } from 'vitest';
import { requestsDependOnUnits } from '../../../engine/runner/sizing/requestsDependOnUnits.js';
import type { BlockingCurvePoint } from '../../../engine/runner/sizing/sizeSpaces.js';
import { searchSpaceCounts } from '../../../engine/runner/sizing/spaceCountSearch.js';
import { det, exp, modelOf } from '../../workplace/workplaceFixtures.js';

/** A curve from blocking values by count (ci95 0.01 where something is blocked and at counts above 0). */
const curveOf = (values: number[]): BlockingCurvePoint[] =>
  values.map((mean, units) => ({ units, mean, ci95: units === 0 || mean === 0 ? 0 : 0.01, utilization: null }));

function search(replayed: number[], truth: number[], unitsNow: number, mode: 'window' | 'all' = 'window') {
  const runs: number[] = [];
  const r = curveOf(replayed);
  const t = curveOf(truth);
  const guess = (upper: boolean) =>
    r.find((p) => (p.mean as number) + (upper ? (p.ci95 as number) : 0) <= 0.1)?.units ?? null;
  const result = searchSpaceCounts({
    replayed: r,
    unitsNow,
    replayedNeeded: guess(false),
    replayedNeededUpper: guess(true),
    beta: 0.1,
    mode,
    simulate: async (c) => (runs.push(c), t[c]),
  });
  return result.then((x) => ({ ...x, runs }));
}

describe('searchSpaceCounts', () => {
  it('moves from the replayed guess to where the simulated curve first meets β, running only the deciding counts', async () => {
    // Replayed from today's 6: too optimistic below today (the issue-14 case), so the guess 4 is too low.
    const out = await search(
      [1, 0.8, 0.5, 0.2, 0.09, 0.05, 0.02, 0.01],
      [1, 0.85, 0.6, 0.35, 0.19, 0.095, 0.02, 0.005],
      6,
    );
    expect(out.unitsNeeded).toBe(5);
    expect(out.unitsNeededUpper).toBe(6); // 0.095 + 0.01 > 0.1; 6 is today's run
    expect(out.runs.sort()).toEqual([4, 5]);
    expect(out.curve.filter((p) => p.simulated).map((p) => p.units)).toEqual([0, 4, 5, 6]);
    expect(out.curve[7]).toEqual({ ...curveOf([0, 0, 0, 0, 0, 0, 0, 0.01])[7], simulated: false });
  });

  it("walks down when the replayed guess is too high, and never runs today's count or 0", async () => {
    const out = await search([1, 0.5, 0.3, 0.2, 0.12, 0.05], [1, 0.4, 0.08, 0.01, 0.001, 0], 5);
    expect(out.unitsNeeded).toBe(2);
    expect(out.unitsNeededUpper).toBe(2);
    expect(out.runs.every((c) => c !== 0 && c !== 5)).toBe(true);
  });

  it('mode all runs every count up to the first that blocks nothing, and repeats that run above it', async () => {
    const out = await search([1, 0.5, 0.2, 0.1, 0.05, 0.02, 0.01], [1, 0.6, 0.3, 0.05, 0, 0.3, 0.3], 1, 'all');
    expect(out.runs).toEqual([2, 3, 4]);
    expect(out.curve.map((p) => p.mean)).toEqual([1, 0.5, 0.3, 0.05, 0, 0, 0]); // 1 is today's run
    expect(out.curve.every((p) => p.simulated)).toBe(true);
    expect(out.unitsNeeded).toBe(3);
  });

  it('says null when even the largest count misses β', async () => {
    const out = await search([1, 0.5, 0.3], [1, 0.6, 0.4], 1);
    expect(out.unitsNeeded).toBeNull();
    expect(out.unitsNeededUpper).toBeNull();
  });
});

describe('requestsDependOnUnits', () => {
  const part = (fallback: 'desk' | 'drop', noShow: number) => ({
    days: 1,
    roles: {
      backOffice: {
        arrive: '9:00',
        stayMin: det(480),
        activities: [{ kind: 'phoneCall', ratePerHour: 1, durationMin: exp(5), spaces: ['a', 'b'], fallback }],
      },
    },
    departments: [{ id: 'd', headcount: { backOffice: 3 } }],
    zones: [{ id: 'z', departments: ['d'], desks: 3 }],
    spaces: [
      { id: 'a', kind: 'booth1', count: 1, capacityPersons: 1 },
      {
        id: 'b',
        kind: 'meetingRoom',
        count: 1,
        capacityPersons: 4,
        ...(noShow > 0 ? { noShow: { share: noShow } } : {}),
      },
      { id: 'c', kind: 'booth1', count: 1, capacityPersons: 1 },
    ],
  });
  it('is false with fallback at the desk and no no-shows (the replayed curve is exact), true with drop or no-shows', () => {
    const desk = modelOf(part('desk', 0));
    expect([0, 1, 2].map((i) => requestsDependOnUnits(desk, i))).toEqual([false, false, false]);
    const drop = modelOf(part('drop', 0));
    expect([0, 1, 2].map((i) => requestsDependOnUnits(drop, i))).toEqual([true, true, false]);
    // A no-show in a later preference still changes what the requester of the first does next.
    const noShow = modelOf(part('desk', 0.2));
    expect([0, 1, 2].map((i) => requestsDependOnUnits(noShow, i))).toEqual([true, true, false]);
  });
});
