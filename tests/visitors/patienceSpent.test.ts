/**
 * A case fast-check found: on a dispatch desk with call-back, a visitor's patience can run out
 * before a later contact (spent while away); the give-up was scheduled in the past and time went
 * back. It must be now.
 */
import { expect, it } from 'vitest';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { inputOf } from './visitorFixtures.js';
const part = {
  hours: { open: '08:45', close: '17:15' },
  demand: {
    visitorsPerDay: 295,
    hourlyProfile: [
      { from: '08:45', to: '09:00', share: 0.02 },
      { from: '09:00', to: '10:00', share: 0.14 },
      { from: '10:00', to: '11:00', share: 0.17 },
      { from: '11:00', to: '12:00', share: 0.13 },
      { from: '12:00', to: '13:00', share: 0.09 },
      { from: '13:00', to: '14:00', share: 0.125 },
      { from: '14:00', to: '15:00', share: 0.125 },
      { from: '15:00', to: '16:00', share: 0.105 },
      { from: '16:00', to: '17:00', share: 0.08 },
      { from: '17:00', to: '17:15', share: 0.015 },
    ],
  },
  procedures: [
    {
      id: 'p0',
      share: 1,
      steps: [
        { department: 'a', serviceMin: { dist: 'deterministic', value: 0.5 }, p: 0.2 },
        { department: 'a', serviceMin: { dist: 'deterministic', value: 1.5952532818803893 }, p: 0.5769811638165266 },
        { department: 'a', serviceMin: { dist: 'lognormal', mean: 1, cv: 0 }, p: 0.2 },
      ],
      diversion: 0,
      reservationShare: 0,
      kakanaiFactor: 0.5,
    },
  ],
  departments: [{ id: 'a', counters: 1, staff: 2 }],
  concierge: null,
  reception: null,
  walking: { defaultMin: 0.5 },
  organisation: { type: 'dispatch', renkei: false, oneStop: { departments: ['a'], seats: 4, counters: 3 } },
  multiSkill: [],
  staffRules: { lunch: null },
  levers: {
    kakanaiMadoguchi: false,
    reservations: { late: 'walkIn', priority: 'first' },
    callback: { share: 0.01452959841117263 },
    patience: {
      patienceMin: { dist: 'exponential', mean: 12.602894052043562 },
      balk: { displayedWaitOverMin: 20, p: 0 },
    },
  },
};
it('gives up at once, never in the past, when patience ran out before a contact', () => {
  const sim = new CheckedVisitorSimulation(inputOf(part as never));
  sim.run('prop', 443);
  expect(sim.violations).toEqual([]);
});
