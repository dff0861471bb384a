/**
 * Properties of the workplace model on random small offices (fast-check): invariants after
 * every event, conservation of staff-days, and the monotone answers sizing relies on — more
 * telework never needs more desks, more booths never block more — with common random numbers.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runWorkplaceReplication } from '../../engine/models/workplace/runWorkplaceReplication.js';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import { shortageCurve, sizeDesks } from '../../engine/runner/sizing/sizeDesks.js';
import { sizeSpace } from '../../engine/runner/sizing/sizeSpaces.js';
import { CheckedWorkplaceSimulation } from './checkedWorkplaceSimulation.js';
import { workplaceArbitrary } from './workplaceArbitrary.js';
import { modelOf } from './workplaceFixtures.js';

const ALL = [0, 1, 2, 3, 4];
const withCount = (model: WorkplaceModel, id: string, count: number): WorkplaceModel => ({
  ...model,
  spaces: model.spaces.map((s) => (s.id === id ? { ...s, count } : s)),
});

describe('workplace invariants (fast-check)', () => {
  it('generated offices are valid scenario parts', () => {
    fc.assert(
      fc.property(workplaceArbitrary(), (part) => void modelOf(part)),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(workplaceArbitrary({ spaces: 'single' }), (part) => void modelOf(part)),
      { numRuns: 100 },
    );
  });

  it('never fills a desk pool or space beyond its size, counts every person exactly once, nobody is in two places, everyone goes home', () => {
    fc.assert(
      fc.property(
        workplaceArbitrary({ days: 12 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.boolean(),
        (part, rep, sizing) => {
          const sim = new CheckedWorkplaceSimulation(
            { model: modelOf(part), sizingMaxUnits: sizing ? 8 : undefined },
            'prop',
            rep,
          );
          const r = sim.run();
          expect(sim.violations).toEqual([]);
          expect(sim.maxOccupancyShare).toBeLessThanOrEqual(1);
          // Conservation of staff-days: every person-day is absent, remote, in the field all day or in the office.
          const sd = r.staffDays;
          expect(sd.absent + sd.remote + sd.fieldAllDay + sd.office).toBe(sd.total);
          expect(sd.fieldPartDay).toBeLessThanOrEqual(sd.office);
          const seeking = r.activities.reduce((n, a) => n + a.seeking.reduce((x, y) => x + y, 0), 0);
          expect(sim.requests).toBe(seeking);
          expect(r.daysByWeekday.reduce((a, b) => a + b, 0)).toBe(r.days);
          for (const z of r.zones) expect(z.peakDemandDays.flat().reduce((a, b) => a + b, 0)).toBe(r.days);
          for (const s of r.spaces) {
            s.blocked.forEach((b, w) => expect(b).toBeLessThanOrEqual(s.tried[w]));
            s.firstChoiceBlocked.forEach((b, w) => expect(b).toBeLessThanOrEqual(s.firstChoice[w]));
            s.busyCoreMin.forEach((m) => expect(m).toBeLessThanOrEqual(s.count * r.coreMinPerDay * r.days + 1e-6));
          }
          for (const a of r.activities) {
            a.requests.forEach((n, w) => {
              expect(a.atDeskByChoice[w] + a.seeking[w]).toBe(n);
              expect(a.servedFirstChoice[w] + a.servedOtherChoice[w] + a.noSpace[w]).toBe(a.seeking[w]);
              expect(a.fallbackDesk[w] + a.dropped[w]).toBe(a.noSpace[w]);
            });
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('is deterministic: the same job, seed and replication give identical results', () => {
    fc.assert(
      fc.property(workplaceArbitrary({ days: 5 }), fc.integer({ min: 0, max: 50 }), (part, rep) => {
        const model = modelOf(part);
        expect(runWorkplaceReplication({ model, sizingMaxUnits: 5 }, 7, rep)).toEqual(
          runWorkplaceReplication({ model: structuredClone(model), sizingMaxUnits: 5 }, 7, rep),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('monotone sizing with common random numbers (fast-check)', () => {
  it('more telework never needs more desks: every day’s peak falls or stays, so the whole shortage curve and every answer do', () => {
    fc.assert(
      fc.property(
        workplaceArbitrary({ days: 25 }),
        fc.integer({ min: 0, max: 70 }),
        fc.integer({ min: 1, max: 70 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, lowPct, stepPct, rep) => {
          const model = modelOf(part);
          const low = lowPct / 100;
          const high = Math.min(1, low + stepPct / 100);
          const a = runWorkplaceReplication({ model, desksOnly: true, remoteShare: low }, 'crn', rep);
          const b = runWorkplaceReplication({ model, desksOnly: true, remoteShare: high }, 'crn', rep);
          const zones = [
            ...a.zones.map((z, i) => [z.peakDemandDays, b.zones[i].peakDemandDays]),
            [a.office.peakDemandDays, b.office.peakDemandDays],
          ];
          for (const [lo, hi] of zones) {
            const curveLo = shortageCurve([lo], ALL);
            const curveHi = shortageCurve([hi], ALL);
            curveHi.forEach((p, s) => expect(p.mean ?? 0).toBeLessThanOrEqual((curveLo[s].mean ?? 0) + 1e-12));
            for (const alpha of [0.01, 0.05, 0.2])
              expect(sizeDesks([hi], alpha).desksNeeded).toBeLessThanOrEqual(sizeDesks([lo], alpha).desksNeeded);
          }
          // Fewer staff in means no more staff-days in the office either.
          expect(b.staffDays.office).toBeLessThanOrEqual(a.staffDays.office);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('the one-pass telework sweep gives, at every level, exactly the desk demand of a run at that remote share', () => {
    fc.assert(
      fc.property(
        workplaceArbitrary({ days: 15 }),
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, pcts, rep) => {
          const model = modelOf(part);
          const shares = pcts.sort((x, y) => x - y).map((x) => x / 100);
          const sweep = runWorkplaceReplication({ model, sweepShares: shares }, 'crn', rep);
          shares.forEach((share, l) => {
            const single = runWorkplaceReplication({ model, remoteShare: share, desksOnly: l % 2 === 0 }, 'crn', rep);
            single.zones.forEach((z, i) => expect(sweep.zones[i].peakDemandDays[l]).toEqual(z.peakDemandDays));
            expect(sweep.office.peakDemandDays[l]).toEqual(single.office.peakDemandDays);
          });
        },
      ),
      { numRuns: 60 },
    );
  });

  it('more booths never block more: with the same calls, blocking falls or stays day by day, and equals the sizing curve at every count', () => {
    fc.assert(
      fc.property(
        workplaceArbitrary({ spaces: 'single', days: 15 }),
        fc.integer({ min: 0, max: 5 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, few, more, rep) => {
          const model = modelOf(part);
          const small = runWorkplaceReplication({ model: withCount(model, 'b', few), sizingMaxUnits: 12 }, 'crn', rep);
          const large = runWorkplaceReplication(
            { model: withCount(model, 'b', few + more), sizingMaxUnits: 12 },
            'crn',
            rep,
          );
          const s = small.spaces[0];
          const l = large.spaces[0];
          // A blocked call is taken at the desk for the same time, so both offices see the same calls.
          expect(l.firstChoice).toEqual(s.firstChoice);
          l.firstChoiceBlocked.forEach((n, w) => expect(n).toBeLessThanOrEqual(s.firstChoiceBlocked[w]));
          // The sizing curve (all sizes in one pass) reproduces each configured office exactly.
          const curve = sizeSpace([(small.shadows ?? [])[0]], [small.days], small.coreMinPerDay, 0.1).curve;
          const blockedAt = (c: number) => Math.round((curve[c].mean ?? 0) * s.firstChoice.reduce((x, y) => x + y, 0));
          expect(blockedAt(few)).toBe(s.firstChoiceBlocked.reduce((x, y) => x + y, 0));
          expect(blockedAt(few + more)).toBe(l.firstChoiceBlocked.reduce((x, y) => x + y, 0));
          // …and is itself monotone.
          for (let c = 1; c < curve.length; c++)
            expect(curve[c].mean ?? 0).toBeLessThanOrEqual((curve[c - 1].mean ?? 0) + 1e-12);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('the sizing curve of every space falls monotonically with the number of units, whatever the preferences, no-shows and fallbacks', () => {
    fc.assert(
      fc.property(workplaceArbitrary({ days: 10 }), fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        const r = runWorkplaceReplication({ model: modelOf(part), sizingMaxUnits: 10 }, 'crn', rep);
        for (const sh of r.shadows ?? []) {
          const answer = sizeSpace([sh], [r.days], r.coreMinPerDay, 0.1);
          for (let c = 1; c < answer.curve.length; c++)
            expect(answer.curve[c].mean ?? 0).toBeLessThanOrEqual((answer.curve[c - 1].mean ?? 0) + 1e-12);
          if (answer.unitsNeeded !== null)
            expect(answer.curve[answer.unitsNeeded].mean ?? 0).toBeLessThanOrEqual(0.1 + 1e-12);
        }
      }),
      { numRuns: 60 },
    );
  });
});
