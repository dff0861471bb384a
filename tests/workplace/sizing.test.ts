import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ShadowLossSystems } from '../../engine/models/workplace/shadowLossSystems.js';
import { binomialTail, poissonBinomialPmf, poissonBinomialTail } from '../../engine/runner/sizing/poissonBinomial.js';
import { shortageCurve, sizeDesks } from '../../engine/runner/sizing/sizeDesks.js';
import { sizeSpace } from '../../engine/runner/sizing/sizeSpaces.js';
import { sizeWorkplace } from '../../engine/runner/sizing/sizeWorkplace.js';
import { det, modelOf } from './workplaceFixtures.js';

describe('shadow loss systems (every candidate size in one pass)', () => {
  it('accept exactly what separate loss systems of 0…M units would accept, for any request sequence', () => {
    const requests = fc.array(fc.tuple(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 60 })), {
      maxLength: 120,
    });
    fc.assert(
      fc.property(requests, fc.integer({ min: 1, max: 8 }), (reqs, max) => {
        const sorted = [...reqs].sort((a, b) => a[0] - b[0]);
        // Reference: one naive loss system per size, releases processed before arrivals at equal times.
        const accepted = Array.from({ length: max + 1 }, (_, c) => {
          const ends: number[] = [];
          return sorted.map(([t, hold]) => {
            for (let i = ends.length - 1; i >= 0; i--) if (ends[i] <= t) ends.splice(i, 1);
            if (ends.length >= c) return false;
            ends.push(t + hold);
            return true;
          });
        });
        const shadows = new ShadowLossSystems(max);
        const pending: { end: number; c0: number }[] = [];
        sorted.forEach(([t, hold], i) => {
          for (let j = pending.length - 1; j >= 0; j--) {
            if (pending[j].end <= t) {
              shadows.release(pending[j].c0);
              pending.splice(j, 1);
            }
          }
          const c0 = shadows.offer();
          if (c0 <= max) pending.push({ end: t + hold, c0 });
          for (let c = 0; c <= max; c++) expect(c >= c0, `request ${i} at size ${c}`).toBe(accepted[c][i]);
          for (let c = 0; c <= max; c++) expect(shadows.busy[c]).toBeLessThanOrEqual(c);
        });
      }),
      { numRuns: 300 },
    );
  });
});

describe('Poisson-binomial law', () => {
  it('sums to 1, has mean Σp and variance Σp(1−p), and reduces to the binomial', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }), (ps) => {
        const pmf = poissonBinomialPmf(ps);
        const total = pmf.reduce((a, b) => a + b, 0);
        const mean = pmf.reduce((a, p, k) => a + p * k, 0);
        const variance = pmf.reduce((a, p, k) => a + p * (k - mean) ** 2, 0);
        expect(total).toBeCloseTo(1, 10);
        expect(mean).toBeCloseTo(
          ps.reduce((a, b) => a + b, 0),
          8,
        );
        expect(variance).toBeCloseTo(
          ps.reduce((a, p) => a + p * (1 - p), 0),
          8,
        );
        const tail = poissonBinomialTail(ps);
        expect(tail[ps.length]).toBe(0);
      }),
      { numRuns: 200 },
    );
    // Bin(10, 0.5): P(X > 7) = (45 + 10 + 1) / 1024.
    expect(binomialTail(10, 0.5, 7)).toBeCloseTo(56 / 1024, 14);
    expect(() => poissonBinomialPmf([0.5, 1.5])).toThrow(/probabilities\[1\]/);
  });
});

describe('reading answers off the curves', () => {
  // Two replications of 4 days each (weekday 0 only): daily peaks {3, 3, 5, 6} and {4, 4, 4, 7}.
  const hist = (peaks: number[]) => {
    const byWeekday = Array.from({ length: 5 }, () => new Array(8).fill(0));
    for (const p of peaks) byWeekday[0][p]++;
    return byWeekday;
  };
  const hists = [hist([3, 3, 5, 6]), hist([4, 4, 4, 7])];

  it('P(shortage day) with S desks is the share of days whose peak exceeds S, averaged over replications', () => {
    const curve = shortageCurve(hists, [0]);
    expect(curve.map((p) => p.mean)).toEqual([
      1,
      1,
      1,
      (0.5 + 1) / 2,
      (0.5 + 0.25) / 2,
      (0.25 + 0.25) / 2,
      (0 + 0.25) / 2,
      0,
    ]);
    expect(sizeDesks(hists, 0.2, [0]).desksNeeded).toBe(6);
    expect(sizeDesks(hists, 0.5, [0]).desksNeeded).toBe(4);
    const cautious = sizeDesks(hists, 0.2, [0]);
    expect(cautious.desksNeededUpper).toBeGreaterThanOrEqual(cautious.desksNeeded);
  });

  it('blocking with c units is the share of first-choice requests whose threshold exceeds c; utilisation is the carried load over c units', () => {
    // 10 requests a day over 2 days: thresholds 1,1,1,1,1,2,2,2,3,4 (c₀ = 5 would mean "not even with 4").
    const c0 = [0, 5, 3, 1, 1, 0];
    const carried = [0, 100, 60, 20, 10, 0];
    const shadow = {
      id: 's',
      maxUnits: 4,
      c0Counts: [c0.map((n) => n * 2), ...Array.from({ length: 4 }, () => new Array(6).fill(0))],
      carriedCoreMin: [carried.map((n) => n * 2), ...Array.from({ length: 4 }, () => new Array(6).fill(0))],
    };
    const answer = sizeSpace([shadow], [2], 100, 0.15);
    expect(answer.curve.map((p) => p.mean)).toEqual([1, 0.5, 0.2, 0.1, 0]);
    expect(answer.curve[2].utilization).toBeCloseTo((200 + 120) / (2 * 100 * 2), 12);
    expect(answer.unitsNeeded).toBe(3);
    expect(answer.requestsPerDay).toBe(10);
    expect(sizeSpace([shadow], [2], 100, 0).unitsNeeded).toBe(4);
  });
});

describe('sizeWorkplace', () => {
  const part = {
    days: 40,
    telework: { weekdayMultipliers: { mon: 0.6, tue: 0.9, wed: 1.2, thu: 0.9, fri: 1.4 } },
    roles: {
      counter: {
        arrive: '8:15',
        arriveSpreadMin: { dist: 'uniform', min: 0, max: 20 },
        stayMin: det(540),
        absenceShare: 0.1,
      },
      backOffice: {
        arrive: '7:45',
        arriveSpreadMin: { dist: 'uniform', min: 0, max: 90 },
        stayMin: { dist: 'normal', mean: 540, sd: 30 },
        absenceShare: 0.1,
        telework: { eligibleShare: 1, daysPerWeek: 1 },
        activities: [
          {
            kind: 'webMeeting',
            ratePerHour: 0.1,
            durationMin: { dist: 'lognormal', mean: 35, cv: 0.6 },
            spaces: ['booth'],
          },
          {
            kind: 'smallMeeting',
            ratePerHour: 0.03,
            durationMin: det(45),
            groupSize: { dist: 'empirical', values: [2, 3, 4] },
            spaces: ['room'],
            fallback: 'drop',
          },
        ],
      },
    },
    departments: [
      { id: 'a', headcount: { counter: 20, backOffice: 10 } },
      { id: 'b', headcount: { backOffice: 25 } },
    ],
    zones: [
      { id: 'za', departments: ['a'], desks: 25, overflowTo: ['touchdown'] },
      { id: 'zb', departments: ['b'], desks: 18, overflowTo: ['za'] },
    ],
    touchdownDesks: 2,
    spaces: [
      { id: 'booth', kind: 'booth1', count: 3, capacityPersons: 1 },
      { id: 'room', kind: 'meetingRoom', count: 1, capacityPersons: 6, noShow: { share: 0.15, releaseAfterMin: 15 } },
    ],
  };

  it('answers with the fewest desks and units that meet α and β, consistent with its own curves and the sweep', async () => {
    const alpha = 0.1;
    const beta = 0.05;
    const r = await sizeWorkplace(modelOf(part), { replications: 6, workers: 0, alpha, beta, sweep: [0, 0.2, 0.5] });
    expect(r).toMatchObject({ alpha, beta, replications: 6, daysPerReplication: 40 });
    for (const z of r.desks.zones) {
      expect(z.curve[z.desksNeeded].mean ?? 0).toBeLessThanOrEqual(alpha);
      if (z.desksNeeded > 0) expect(z.curve[z.desksNeeded - 1].mean ?? 0).toBeGreaterThan(alpha);
      expect(z.pShortageDayAlone).toEqual({ mean: z.curve[z.desksNow].mean, ci95: z.curve[z.desksNow].ci95 });
      expect(Math.max(...Object.values(z.desksNeededByWeekday))).toBeGreaterThanOrEqual(z.desksNeeded);
    }
    // One shared pool never needs more desks than the zones each on their own.
    expect(r.desks.pooled.desksNeeded).toBeLessThanOrEqual(r.desks.totalNeeded);
    for (const s of r.spaces.items) {
      const needed = s.unitsNeeded as number;
      expect(s.curve[needed].mean ?? 0).toBeLessThanOrEqual(beta);
      if (needed > 0) expect(s.curve[needed - 1].mean ?? 0).toBeGreaterThan(beta);
    }
    expect(r.spaceDemand).toEqual({
      desksByDepartment: { a: r.desks.zones[0].desksNeeded, b: r.desks.zones[1].desksNeeded },
      booths1p: r.spaces.items[0].unitsNeeded,
      meetingRoomsBySize: { '6': r.spaces.items[1].unitsNeeded },
    });
    const rows = r.sweep?.rows ?? [];
    expect(rows.map((row) => row.remoteShare)).toEqual([0, 0.2, 0.5]);
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i].desksNeededTotal).toBeLessThanOrEqual(rows[i - 1].desksNeededTotal);
      expect(rows[i].pooledDesksNeeded).toBeLessThanOrEqual(rows[i - 1].pooledDesksNeeded);
    }
    // One day a week = 20 % of eligible staff remote: the sweep row is the main answer (same people, same days).
    expect(rows[1].desksNeededByZone).toEqual({ za: r.desks.zones[0].desksNeeded, zb: r.desks.zones[1].desksNeeded });
  });
});
