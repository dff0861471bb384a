/**
 * The telework cap and the satellite office (dayAttendance.ts, grantLowest.ts): exact answers
 * where the day is deterministic, and on random small offices (fast-check, common random
 * numbers) conservation of staff-days and of telework wishes (granted + refused = wanted), the
 * limits never exceeded, a cap only ever raising desk demand and a satellite office only
 * lowering it, and the one-pass sweep still equal to a run at each share.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grantLowest } from '../../engine/models/workplace/grantLowest.js';
import { runWorkplaceReplication } from '../../engine/models/workplace/runWorkplaceReplication.js';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { shortageCurve, sizeDesks } from '../../engine/runner/sizing/sizeDesks.js';
import { CheckedWorkplaceSimulation } from './checkedWorkplaceSimulation.js';
import { workplaceArbitrary } from './workplaceArbitrary.js';
import { det, modelOf } from './workplaceFixtures.js';

const ALL = [0, 1, 2, 3, 4];
const sum = (a: readonly number[]) => a.reduce((x, y) => x + y, 0);
const limited = (model: WorkplaceModel, cap: number | null, seats: number | null, share = 0.3): WorkplaceModel => ({
  ...model,
  ...(cap === null ? {} : { teleworkCapPersonsPerDay: cap }),
  ...(seats === null ? {} : { satelliteOffice: { seatsPerDay: seats, share } }),
});

/** 20 back-office staff, all eligible and wanting to telework every day, 9:00–17:00, no absence. */
function everyoneWantsTelework(days: number): WorkplaceModel {
  return modelOf({
    days,
    roles: {
      backOffice: { arrive: '9:00', stayMin: det(480), telework: { eligibleShare: 1, daysPerWeek: 5 } },
      counter: { arrive: '9:00', stayMin: det(480) },
    },
    departments: [{ id: 'd', headcount: { backOffice: 20, counter: 5 } }],
    zones: [{ id: 'z', departments: ['d'], desks: 30 }],
  });
}

function peaks(r: WorkplaceReplicationResult): number[][][] {
  return [...r.zones.map((z) => z.peakDemandDays), r.office.peakDemandDays];
}

describe('grantLowest: the k of n with the lowest priority', () => {
  it('grants exactly the lowest k (exact case)', () => {
    const granted = new Uint8Array(6);
    const n = grantLowest(Float64Array.from([0.9, 0.1, 0.5, 0.3, 0.7, 0.2]), 6, 3, new Float64Array(6), granted);
    expect(n).toBe(3);
    expect([...granted]).toEqual([0, 1, 0, 1, 0, 1]);
  });

  it('grants min(n, k), and every granted priority is at most every refused one (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 70 }),
        (values, k) => {
          const n = values.length;
          const granted = new Uint8Array(n);
          const got = grantLowest(Float64Array.from(values), n, k, new Float64Array(n), granted);
          expect(got).toBe(Math.min(n, k));
          expect(sum([...granted])).toBe(got);
          const yes = values.filter((_, i) => granted[i] === 1);
          const no = values.filter((_, i) => granted[i] === 0);
          if (yes.length > 0 && no.length > 0) expect(Math.max(...yes)).toBeLessThanOrEqual(Math.min(...no));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('telework cap and satellite office: exact answers', () => {
  it('a cap of 8 when 20 want to telework every day: 8 telework, 12 are turned back, 25 − 8 come in', () => {
    const days = 10;
    const r = runWorkplaceReplication({ model: limited(everyoneWantsTelework(days), 8, null) }, 1, 0);
    const a = r.attendanceLimits;
    expect(a?.teleworkCap).toBe(8);
    expect(sum(a?.teleworkWanted ?? [])).toBe(20 * days);
    expect(sum(a?.teleworkRefused ?? [])).toBe(12 * days);
    expect(sum(a?.capBindingDays ?? [])).toBe(days);
    expect(r.staffDays.remote).toBe(8 * days);
    expect(r.staffDays.office).toBe(17 * days);
    // Common fixed hours: the daily peak is everyone who came in.
    expect(r.office.peakDemandDays.map((row) => row[17] ?? 0).reduce((x, y) => x + y, 0)).toBe(days);
  });

  it('without the cap the same office sees 5 a day; a cap at or above the wishes changes nothing else', () => {
    const model = everyoneWantsTelework(10);
    const free = runWorkplaceReplication({ model }, 1, 0);
    const loose = runWorkplaceReplication({ model: limited(model, 20, null) }, 1, 0);
    expect(free.staffDays.office).toBe(50);
    expect(sum(loose.attendanceLimits?.teleworkRefused ?? [])).toBe(0);
    const { attendanceLimits: _, ...rest } = loose;
    expect(rest).toEqual(free);
  });

  it('a satellite office of 3 seats wanted by everyone eligible: 3 a day there, the rest at the main office', () => {
    const model = modelOf({
      days: 10,
      roles: { backOffice: { arrive: '9:00', stayMin: det(480), telework: { eligibleShare: 1, daysPerWeek: 0 } } },
      departments: [{ id: 'd', headcount: { backOffice: 12 } }],
      zones: [{ id: 'z', departments: ['d'], desks: 12 }],
    });
    const r = runWorkplaceReplication({ model: limited(model, null, 3, 1) }, 1, 0);
    const a = r.attendanceLimits;
    expect(sum(a?.satelliteWanted ?? [])).toBe(120);
    expect(sum(a?.satelliteUsed ?? [])).toBe(30);
    expect(a?.satelliteStaffDays).toBe(30);
    expect(sum(a?.satelliteFullDays ?? [])).toBe(10);
    expect(r.staffDays.office).toBe(90);
    expect(r.office.peakDemandDays.map((row) => row[9] ?? 0).reduce((x, y) => x + y, 0)).toBe(10);
  });
});

const limitsArb = fc.record({
  cap: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  seats: fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }),
  share: fc.integer({ min: 0, max: 100 }).map((n) => n / 100),
});

describe('telework cap and satellite office on random offices (fast-check)', () => {
  it('conserves staff-days and telework wishes, never exceeds the cap or the seats, and keeps every invariant', () => {
    fc.assert(
      fc.property(workplaceArbitrary({ days: 10 }), limitsArb, fc.integer({ min: 0, max: 1000 }), (part, l, rep) => {
        const model = limited(modelOf(part), l.cap, l.seats, l.share);
        const sim = new CheckedWorkplaceSimulation({ model }, 'lim', rep);
        const r = sim.run();
        expect(sim.violations).toEqual([]);
        const sd = r.staffDays;
        const a = r.attendanceLimits;
        if (l.cap === null && l.seats === null) {
          expect(a).toBeUndefined();
          return;
        }
        if (a === undefined) throw new Error('expected attendance-limit counters');
        // Each person-day is exactly one of absent / telework / satellite / field all day / office.
        expect(sd.absent + sd.remote + a.satelliteStaffDays + sd.fieldAllDay + sd.office).toBe(sd.total);
        // Granted + refused = wanted, granted being the telework days.
        expect(sum(a.teleworkWanted) - sum(a.teleworkRefused)).toBe(sd.remote);
        if (l.cap !== null) expect(sd.remote).toBeLessThanOrEqual(l.cap * r.days);
        else expect(sum(a.teleworkRefused)).toBe(0);
        expect(sum(a.satelliteUsed)).toBe(a.satelliteStaffDays);
        expect(sum(a.satelliteUsed)).toBeLessThanOrEqual(sum(a.satelliteWanted));
        if (l.seats !== null) expect(a.satelliteStaffDays).toBeLessThanOrEqual(l.seats * r.days);
        a.capBindingDays.forEach((d, w) => expect(d).toBeLessThanOrEqual(r.daysByWeekday[w]));
      }),
      { numRuns: 60 },
    );
  });

  it('a telework cap never lowers desk demand and a satellite office never raises it (common random numbers)', () => {
    fc.assert(
      fc.property(workplaceArbitrary({ days: 25 }), limitsArb, fc.integer({ min: 0, max: 1000 }), (part, l, rep) => {
        const model = modelOf(part);
        const free = runWorkplaceReplication({ model, desksOnly: true }, 'crn', rep);
        const capped = runWorkplaceReplication(
          { model: limited(model, l.cap ?? 0, null), desksOnly: true },
          'crn',
          rep,
        );
        const satellite = runWorkplaceReplication(
          { model: limited(model, null, l.seats ?? 3, l.share), desksOnly: true },
          'crn',
          rep,
        );
        const [p0, p1, p2] = [peaks(free), peaks(capped), peaks(satellite)];
        p0.forEach((base, i) => {
          const c0 = shortageCurve([base], ALL);
          const c1 = shortageCurve([p1[i]], ALL);
          const c2 = shortageCurve([p2[i]], ALL);
          c0.forEach((pt, s) => {
            expect(c1[s].mean ?? 0).toBeGreaterThanOrEqual((pt.mean ?? 0) - 1e-12);
            expect(c2[s].mean ?? 0).toBeLessThanOrEqual((pt.mean ?? 0) + 1e-12);
          });
          expect(sizeDesks([p1[i]], 0.05).desksNeeded).toBeGreaterThanOrEqual(sizeDesks([base], 0.05).desksNeeded);
          expect(sizeDesks([p2[i]], 0.05).desksNeeded).toBeLessThanOrEqual(sizeDesks([base], 0.05).desksNeeded);
        });
        expect(capped.staffDays.office).toBeGreaterThanOrEqual(free.staffDays.office);
        expect(satellite.staffDays.office).toBeLessThanOrEqual(free.staffDays.office);
      }),
      { numRuns: 60 },
    );
  });

  it('the one-pass telework sweep under a cap and a satellite office equals a run at each share', () => {
    fc.assert(
      fc.property(
        workplaceArbitrary({ days: 15 }),
        limitsArb,
        fc.uniqueArray(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, l, pcts, rep) => {
          const model = limited(modelOf(part), l.cap, l.seats, l.share);
          const shares = pcts.sort((x, y) => x - y).map((x) => x / 100);
          const sweep = runWorkplaceReplication({ model, sweepShares: shares }, 'crn', rep);
          shares.forEach((share, level) => {
            const single = runWorkplaceReplication({ model, remoteShare: share, desksOnly: true }, 'crn', rep);
            single.zones.forEach((z, i) => expect(sweep.zones[i].peakDemandDays[level]).toEqual(z.peakDemandDays));
            expect(sweep.office.peakDemandDays[level]).toEqual(single.office.peakDemandDays);
          });
        },
      ),
      { numRuns: 50 },
    );
  });
});
