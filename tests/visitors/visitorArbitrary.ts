/** fast-check generator of small but varied, valid visitor parts (every organisation and lever). */
import fc from 'fast-check';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { OFUNATO_PROFILE } from './visitorFixtures.js';

const DEPTS = ['a', 'b', 'c'];
const law = fc.oneof(
  fc.record({ dist: fc.constant('exponential' as const), mean: fc.double({ min: 1, max: 25, noNaN: true }) }),
  fc.record({
    dist: fc.constant('lognormal' as const),
    mean: fc.double({ min: 1, max: 25, noNaN: true }),
    cv: fc.double({ min: 0, max: 1, noNaN: true }),
  }),
  fc.record({ dist: fc.constant('deterministic' as const), value: fc.double({ min: 0.5, max: 20, noNaN: true }) }),
);
const staffSchedule = fc.oneof(
  fc.integer({ min: 1, max: 6 }),
  fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 })).map(([x, y]) => [
    { from: '08:45', to: '12:30', staff: x },
    { from: '12:30', to: '17:15', staff: y },
  ]),
);

export const visitorPartArbitrary: fc.Arbitrary<VisitorPart> = fc
  .record({
    nDepts: fc.integer({ min: 1, max: 3 }),
    procs: fc.array(
      fc.record({
        weight: fc.integer({ min: 1, max: 5 }),
        steps: fc.array(
          fc.record({ d: fc.integer({ min: 0, max: 2 }), law, p: fc.double({ min: 0.2, max: 1, noNaN: true }) }),
          { minLength: 0, maxLength: 3 },
        ),
        diversion: fc.double({ min: 0, max: 0.5, noNaN: true }),
        reservationShare: fc.double({ min: 0, max: 0.5, noNaN: true }),
        kakanaiFactor: fc.double({ min: 0.5, max: 1, noNaN: true }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    counters: fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 3, maxLength: 3 }),
    staff: fc.array(staffSchedule, { minLength: 3, maxLength: 3 }),
    visitorsPerDay: fc.integer({ min: 10, max: 300 }),
    org: fc.constantFrom('silo' as const, 'pooled' as const, 'dispatch' as const, 'superman' as const),
    renkei: fc.boolean(),
    kakanai: fc.boolean(),
    concierge: fc.boolean(),
    reception: fc.boolean(),
    lunch: fc.boolean(),
    callback: fc.double({ min: 0, max: 0.8, noNaN: true }),
    patience: fc.option(fc.double({ min: 5, max: 120, noNaN: true }), { nil: null }),
    balkP: fc.double({ min: 0, max: 1, noNaN: true }),
    backOffice: fc.boolean(),
    multiSkill: fc.boolean(),
    late: fc.constantFrom('walkIn' as const, 'turnAway' as const),
    priority: fc.constantFrom('first' as const, 'appointmentTime' as const),
    groupSize: fc.boolean(),
  })
  .map((g): VisitorPart => {
    const depts = DEPTS.slice(0, g.nDepts);
    const total = g.procs.reduce((a, p) => a + p.weight, 0);
    const oneStopDepts = depts.slice(0, Math.max(1, depts.length - 1));
    return {
      hours: { open: '08:45', close: '17:15' },
      demand: {
        visitorsPerDay: g.visitorsPerDay,
        hourlyProfile: OFUNATO_PROFILE.map((p) => ({ ...p })),
        ...(g.groupSize
          ? { groupSize: { dist: 'empirical' as const, values: [1, 2, 3], weights: [0.75, 0.2, 0.05] } }
          : {}),
      },
      procedures: g.procs.map((p, i) => ({
        id: `p${i}`,
        share: p.weight / total,
        steps: p.steps.map((s) => ({ department: depts[s.d % depts.length], serviceMin: s.law, p: s.p })),
        diversion: p.diversion,
        reservationShare: p.reservationShare,
        kakanaiFactor: p.kakanaiFactor,
      })),
      departments: depts.map((id, i) => ({
        id,
        counters: g.counters[i],
        staff: g.staff[i],
        ...(g.backOffice && i === 0 ? { backOffice: { staff: 2, callWhenWaiting: 2, travelMin: 1 } } : {}),
      })),
      concierge: g.concierge ? { share: 0.5, staff: 1, serviceMin: { dist: 'lognormal', mean: 0.7, cv: 0.5 } } : null,
      reception: g.reception ? { kiosks: 1, serviceMin: { dist: 'deterministic', value: 0.3 } } : null,
      walking: { defaultMin: 0.5 },
      organisation: {
        type: g.org,
        renkei: g.renkei,
        oneStop: { departments: oneStopDepts, seats: 4, counters: 3, ...(g.org === 'superman' ? { staff: 3 } : {}) },
      },
      multiSkill: g.multiSkill ? [{ id: 'multi', serves: [...depts, 'onestop'], staff: 1 }] : [],
      staffRules: { lunch: g.lunch ? { from: '11:30', to: '14:30', breakMin: 60 } : null },
      levers: {
        kakanaiMadoguchi: g.kakanai,
        reservations: { late: g.late, priority: g.priority },
        callback: { share: g.callback },
        patience: {
          patienceMin: g.patience === null ? null : { dist: 'exponential', mean: g.patience },
          balk: { displayedWaitOverMin: 20, p: g.balkP },
        },
      },
    };
  });
