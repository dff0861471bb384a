/**
 * Video consultations, visitor segments and phone duty (issue 14, items 6 and 9): conservation
 * of visitors and of staff time on generated parts (fast-check), and the direction the seeds
 * describe on common random numbers — video consultations empty the waiting area but keep the
 * staff time (diversion removes it), segments and phone duty lengthen waits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileVisitorModel } from '../../engine/models/visitors/compileVisitorModel.js';
import { integralOver } from '../../engine/models/visitors/staffRoster.js';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { OUT_SERVED } from '../../engine/models/visitors/visitorTable.js';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { modifierPartArbitrary, quietModifierPartArbitrary } from './modifierArbitrary.js';
import { across, inputOf, simulateDays, townPart } from './visitorFixtures.js';

/** All staff-minutes spent serving over the day (every group, overtime included). */
const staffMin = (r: VisitorReplicationResult) =>
  Object.values(r.staff).reduce((a, g) => a + g.busyMin.reduce((x, y) => x + y, 0) + g.overtimeStaffMin, 0);

describe('video consultations, segments and phone duty (fast-check)', () => {
  it('conserves visitors: demand = diverted + no-shows + came + video consultations', () => {
    fc.assert(
      fc.property(modifierPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        const sim = new CheckedVisitorSimulation(inputOf(part));
        const r = sim.run('prop', rep);
        const v = r.visitors;
        const video = r.video?.consultations ?? 0;
        expect(sim.violations).toEqual([]);
        expect(v.demand).toBe(v.diverted + v.noShows + v.arrived + video);
        expect(v.arrived).toBe(v.served + v.abandoned + v.balked + v.turnedAway + v.unserved);
        expect(r.byInterval.arrivals.reduce((a, b) => a + b, 0)).toBe(v.arrived);
        expect(r.video?.served ?? 0).toBe(video); // no block when no visit can be a video consultation
        const segments = Object.values(r.segments ?? {});
        expect(segments.reduce((a, s) => a + s.arrived, 0)).toBeLessThanOrEqual(v.arrived);
        expect(segments.reduce((a, s) => a + s.served, 0)).toBeLessThanOrEqual(v.served);
      }),
      { numRuns: 80 },
    );
  });

  it('conserves staff time: busy staff-minutes = the service minutes of every contact, video ones included', () => {
    fc.assert(
      fc.property(quietModifierPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        const sim = new CheckedVisitorSimulation(inputOf(part));
        const r = sim.run('prop', rep);
        expect(r.visitors.unserved).toBe(0);
        let work = 0;
        const m = sim.model;
        for (let i = 0; i < sim.day.comers; i++) {
          const v = sim.day.order[i];
          // Late booked visitors may be turned away at check-in, before any contact.
          if (sim.vs.outcome[v] !== OUT_SERVED) continue;
          for (let k = 0; k < sim.day.contacts[v]; k++) work += sim.day.contactMin[v * m.maxContacts + k];
        }
        expect(Math.abs(staffMin(r) - work)).toBeLessThan(1e-6 * Math.max(1, work));
      }),
      { numRuns: 80 },
    );
  });

  it('takes exactly the stated share of at-counter staff time for the phone, in whole people', () => {
    fc.assert(
      fc.property(modifierPartArbitrary, (part) => {
        const input = inputOf(part);
        const plain = compileVisitorModel({ ...input, departments: input.departments.map(({ phone: _p, ...d }) => d) });
        const model = compileVisitorModel(input);
        input.departments.forEach((d) => {
          const g = model.groups.findIndex((x) => x.id === d.id && x.kind === 'department');
          if (g < 0 || d.phone === undefined) return;
          const before = integralOver(plain.groups[g].onCounter, input.openMin, input.closeMin);
          const after = integralOver(model.groups[g].onCounter, input.openMin, input.closeMin);
          expect(Math.abs(before - after - d.phone.staffTimeShare * before)).toBeLessThan(1e-6 * Math.max(1, before));
          expect(model.groups[g].phoneStaffMin).toBeCloseTo(before - after, 6);
          for (const x of model.groups[g].onCounter.value) expect(Number.isInteger(x) && x >= 0).toBe(true);
          // After closing the phones are off: the staff finishing the day all serve.
          expect(model.groups[g].onCounter.value.at(-1)).toBe(plain.groups[g].onCounter.value.at(-1));
        });
      }),
      { numRuns: 100 },
    );
  });
});

describe('the direction the seeds describe (common random numbers, 30 days)', () => {
  const days = 30;
  // No no-shows: a booked visitor who becomes a video consultation would otherwise change the staff time.
  const quiet = { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } };
  const base = townPart({ levers: { patience: quiet, reservations: { noShow: 0 } } });
  const withProcedures = (f: (p: (typeof base.procedures)[number]) => object) => ({
    ...base,
    procedures: base.procedures.map((p) => ({ ...p, ...f(p) })),
  });

  it('video consultations lower the waiting area and arrivals but keep the staff time; diversion removes it', () => {
    const office = simulateDays(base, days);
    const video = simulateDays(
      withProcedures(() => ({ videoConsultation: { share: 0.3 } })),
      days,
    );
    const online = simulateDays(
      withProcedures((p) => ({ diversion: (p.diversion ?? 0) + 0.3 })),
      days,
    );
    const people = (rs: VisitorReplicationResult[]) => across(rs, (r) => r.waitingArea.personsMean);
    expect(people(video)).toBeLessThan(0.9 * people(office));
    expect(across(video, (r) => r.visitors.arrived)).toBeLessThan(across(office, (r) => r.visitors.arrived));
    // The same people with the same needs: the staff time is the same to rounding.
    for (let i = 0; i < days; i++) expect(staffMin(video[i])).toBeCloseTo(staffMin(office[i]), 6);
    expect(across(video, (r) => r.video?.staffMin ?? 0)).toBeGreaterThan(0);
    expect(across(online, staffMin)).toBeLessThan(0.8 * across(office, staffMin));
  });

  it('dedicated video booths keep video consultations off the counters', () => {
    const part = withProcedures(() => ({ videoConsultation: { share: 0.3 } }));
    const booths = simulateDays(
      { ...part, departments: part.departments.map((d) => ({ ...d, videoBooths: 2 })) },
      days,
    );
    const r = booths[0];
    expect(Object.keys(r.queues)).toContain('video:resident');
    expect(across(booths, (x) => x.queues['video:resident'].joins)).toBeGreaterThan(0);
    for (let i = 0; i < days; i++) expect(booths[i].video?.served).toBe(booths[i].video?.consultations);
  });

  it('segments with longer service raise staff time and waits', () => {
    const plain = simulateDays(base, days);
    const segments = simulateDays(
      {
        ...base,
        segments: [
          { id: 'elderly', nameJa: '高齢者', share: 0.3, serviceFactor: 1.4 },
          {
            id: 'foreign',
            nameJa: '外国人',
            share: 0.05,
            serviceFactor: 1.2,
            extraMinPerContact: { dist: 'deterministic', value: 10 },
          },
        ],
      },
      days,
    );
    expect(across(segments, staffMin)).toBeGreaterThan(1.1 * across(plain, staffMin));
    expect(across(segments, (r) => r.waitMin.mean)).toBeGreaterThan(across(plain, (r) => r.waitMin.mean));
    expect(
      across(segments, (r) => r.segments?.elderly.arrived ?? 0) / across(segments, (r) => r.visitors.arrived),
    ).toBeCloseTo(0.3, 1);
  });

  it('segments of share 0 change nothing (their streams are their own)', () => {
    const plain = simulateDays(base, 5);
    const zero = simulateDays({ ...base, segments: [{ id: 'elderly', share: 0, serviceFactor: 2 }] }, 5);
    for (let i = 0; i < 5; i++)
      expect({ ...zero[i], segments: undefined }).toEqual({ ...plain[i], segments: undefined });
  });

  it('phone duty raises waits and lowers the staff at the counter', () => {
    const plain = simulateDays(base, days);
    const phone = simulateDays(
      { ...base, departments: base.departments.map((d) => ({ ...d, phone: { staffTimeShare: 0.25 } })) },
      days,
    );
    expect(across(phone, (r) => r.waitMin.mean)).toBeGreaterThan(across(plain, (r) => r.waitMin.mean));
    expect(across(phone, (r) => r.staff.resident.utilisation[8])).toBeGreaterThan(
      across(plain, (r) => r.staff.resident.utilisation[8]),
    );
  });
});
