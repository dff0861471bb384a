/**
 * Concierge triage and incomplete visits (docs/visitors.md): on common random numbers, guidance
 * (visitors asking the concierge, its document check) never sends more visitors to a wrong
 * counter, never lets more incomplete visits reach a counter and never adds counter work; visitors
 * and staff time are conserved at every stage.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';
import { inputOf } from './visitorFixtures.js';

interface Guidance {
  askShare: number;
  precheckShare: number;
}

const settings = fc.record({
  wrongShare: fc.double({ min: 0, max: 0.6, noNaN: true }),
  incompleteShare: fc.double({ min: 0, max: 0.4, noNaN: true }),
  askShare: fc.double({ min: 0.05, max: 1, noNaN: true }),
  precheckShare: fc.double({ min: 0, max: 1, noNaN: true }),
  info: fc.boolean(),
});
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

/** The part with a concierge asked by `g.askShare`, triage and incomplete visits; optionally nobody leaves unserved. */
function withTriage(part: VisitorPart, s: Settings, g: Guidance, patient: boolean): VisitorPart {
  const levers = part.levers ?? {};
  return {
    ...part,
    concierge: {
      share: g.askShare,
      staff: 2,
      serviceMin: { dist: 'lognormal', mean: 0.7, cv: 0.5 },
      precheckShare: g.precheckShare,
    },
    triage: {
      wrongCounterShareWithoutGuidance: s.wrongShare,
      wrongCounterMin: { dist: 'exponential', mean: 1 },
      infoAtCounterMin: s.info ? { dist: 'deterministic', value: 2 } : null,
    },
    incompleteVisits: { shareOfVisits: s.incompleteShare, counterTimeFactor: 0.5 },
    ...(patient
      ? {
          departments: part.departments.map(({ backOffice: _b, ...d }) => d),
          // Nobody gives up and nobody is sent away: a late booking joins the walk-in line.
          levers: {
            ...levers,
            patience: { patienceMin: null, balk: { displayedWaitOverMin: 20, p: 0 } },
            reservations: { ...levers.reservations, late: 'walkIn' },
          },
        }
      : {}),
  };
}

function simulate(part: VisitorPart, rep: number) {
  const sim = new CheckedVisitorSimulation(inputOf(part));
  const r = sim.run('triage', rep);
  expect(sim.violations).toEqual([]);
  return { sim, r };
}

/** Busy staff-minutes of the counter groups (not the concierge or the kiosks), overtime included. */
function counterWorkMin(r: VisitorReplicationResult): number {
  let sum = 0;
  for (const [id, g] of Object.entries(r.staff)) {
    if (id === 'concierge' || id === 'reception') continue;
    sum += g.busyMin.reduce((a, b) => a + b, 0) + g.overtimeStaffMin;
  }
  return sum;
}

const triageOf = (r: VisitorReplicationResult) => {
  if (r.triage === undefined) throw new Error('no triage block');
  return r.triage;
};

describe('concierge triage and incomplete visits (fast-check, common random numbers)', () => {
  it('guidance: fewer wrong-counter visits, fewer incomplete visits at counters, less counter work', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, settings, fc.integer({ min: 0, max: 1000 }), (part, s, rep) => {
        const alone = simulate(withTriage(part, s, { askShare: 0, precheckShare: 0 }, true), rep).r;
        const guided = simulate(
          withTriage(part, s, { askShare: s.askShare, precheckShare: s.precheckShare }, true),
          rep,
        ).r;
        const a = triageOf(alone);
        const g = triageOf(guided);
        expect(alone.visitors.arrived).toBe(guided.visitors.arrived);
        expect(g.wrongCounter).toBeLessThanOrEqual(a.wrongCounter);
        expect(g.infoAtCounter).toBeLessThanOrEqual(a.infoAtCounter);
        expect(g.incompleteAtCounter).toBeLessThanOrEqual(a.incompleteAtCounter);
        // Caught by the concierge or found at the counter: the same visitors lack a document.
        expect(g.incompleteAtCounter + g.incompleteAtConcierge).toBe(a.incompleteAtCounter);
        expect(a.answeredByConcierge + a.incompleteAtConcierge).toBe(0);
        expect(counterWorkMin(guided)).toBeLessThanOrEqual(counterWorkMin(alone) + 1e-6);
      }),
      { numRuns: 60 },
    );
  });

  it('conserves visitors at every stage and staff time (nobody gives up)', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, settings, fc.integer({ min: 0, max: 1000 }), (part, s, rep) => {
        const { sim, r } = simulate(withTriage(part, s, s, true), rep);
        const day = sim.day;
        const t = triageOf(r);
        let contacts = 0;
        let contactWork = 0;
        let conciergeWork = 0;
        let guidedComers = 0;
        let withContacts = 0;
        for (let i = 0; i < day.comers; i++) {
          const v = day.order[i];
          if (day.usesConcierge[v] === 1) {
            guidedComers++;
            conciergeWork += day.conciergeMin[v];
          }
          if (day.contacts[v] > 0) withContacts++;
          contacts += day.contacts[v];
          for (let k = 0; k < day.contacts[v]; k++) contactWork += day.contactMin[v * sim.model.maxContacts + k];
        }
        // At the door: every comer is answered by the concierge, caught by its check, or has contacts
        // (or came for information only and left without asking anyone).
        const infoLeftAlone = day.comers - withContacts - t.answeredByConcierge - t.incompleteAtConcierge;
        expect(infoLeftAlone).toBeGreaterThanOrEqual(0);
        expect(t.answeredByConcierge + t.incompleteAtConcierge).toBeLessThanOrEqual(guidedComers);
        // At the counters: every planned contact joined a line and was served.
        const joins = Object.values(r.queues).reduce((a, q) => a + q.joins, 0);
        expect(joins).toBe(contacts);
        expect(counterWorkMin(r)).toBeCloseTo(contactWork, 6);
        const concierge = r.staff.concierge;
        expect(concierge.busyMin.reduce((a, b) => a + b, 0) + concierge.overtimeStaffMin).toBeCloseTo(conciergeWork, 6);
        // On the way out.
        const v = r.visitors;
        expect(v.arrived).toBe(
          v.served +
            v.abandoned +
            v.balked +
            v.turnedAway +
            t.incompleteAtCounter +
            t.incompleteAtConcierge +
            v.unserved,
        );
        expect(v.unserved).toBe(0);
        expect(v.comeBackAnotherDay).toBeCloseTo(t.incompleteAtCounter + t.incompleteAtConcierge, 9);
      }),
      { numRuns: 60 },
    );
  });

  it('conserves visitors with giving up, balking, call-back and every organisation', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, settings, fc.integer({ min: 0, max: 1000 }), (part, s, rep) => {
        const r = simulate(withTriage(part, s, s, false), rep).r;
        const t = triageOf(r);
        const v = r.visitors;
        expect(v.demand).toBe(v.diverted + v.noShows + v.arrived);
        expect(v.arrived).toBe(
          v.served +
            v.abandoned +
            v.balked +
            v.turnedAway +
            t.incompleteAtCounter +
            t.incompleteAtConcierge +
            v.unserved,
        );
        expect(v.unserved).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves scenarios without triage as they were: no triage block', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, rep) => {
        expect(simulate(part, rep).r.triage).toBeUndefined();
      }),
      { numRuns: 10 },
    );
  });
});
