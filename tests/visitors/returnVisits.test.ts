/**
 * Incomplete visits and return visits (出直し, docs/visitors.md): ナビ機能 and 書かない窓口 lower the
 * share lacking a document, so — on common random numbers — never more incomplete visits or
 * return visits; every incomplete visit of a replication's days either comes back on a later day
 * within them or is pending at the end; and the days before the reported day feed it the
 * returns it would get in a steady state.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { CheckedVisitorSimulation } from './checkedVisitorSimulation.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';
import { inputOf, movingPart } from './visitorFixtures.js';
import { OUT_INCOMPLETE } from '../../engine/models/visitors/visitorTable.js';

const settings = fc.record({
  incompleteShare: fc.double({ min: 0.01, max: 0.4, noNaN: true }),
  withinDays: fc.integer({ min: 1, max: 4 }),
  warmUpDays: fc.integer({ min: 0, max: 5 }),
  navi: fc.boolean(),
  kakanai: fc.boolean(),
  naviFactor: fc.double({ min: 0, max: 1, noNaN: true }),
  kakanaiFactor: fc.double({ min: 0, max: 1, noNaN: true }),
});
type Settings = typeof settings extends fc.Arbitrary<infer T> ? T : never;

function withReturns(
  part: VisitorPart,
  s: Settings,
  levers: { navi: boolean; kakanai: boolean },
  patient: boolean,
): VisitorPart {
  const base = part.levers ?? {};
  return {
    ...part,
    incompleteVisits: {
      shareOfVisits: s.incompleteShare,
      naviFactor: s.naviFactor,
      kakanaiFactor: s.kakanaiFactor,
      returns: { withinWorkingDays: s.withinDays, warmUpDays: s.warmUpDays },
    },
    levers: {
      ...base,
      navi: levers.navi,
      kakanaiMadoguchi: levers.kakanai,
      ...(patient ? { patience: { patienceMin: null, balk: { displayedWaitOverMin: 20, p: 0 } } } : {}),
    },
  };
}

/** Runs one replication and records, day by day, the incomplete visits made and the returns that came. */
function runDays(part: VisitorPart, rep: number) {
  const sim = new CheckedVisitorSimulation(inputOf(part));
  const book = sim.day.returns;
  if (book === null) throw new Error('no return book');
  const made: number[] = [];
  const came: number[] = [];
  const collect = book.collect.bind(book);
  book.collect = (day, vs, d) => {
    let n = 0;
    for (let i = 0; i < day.comers; i++) if (vs.outcome[day.order[i]] === OUT_INCOMPLETE) n++;
    made[d] = n;
    came[d] = sim.day.returnComers;
    collect(day, vs, d);
    sim.newDay();
  };
  const r = sim.run('returns', rep);
  expect(sim.violations).toEqual([]);
  if (r.returns === undefined) throw new Error('no returns block');
  return { r, returns: r.returns, made, came };
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('incomplete visits and return visits (fast-check)', () => {
  it('every incomplete visit returns on a later day within the horizon or is pending at the end', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, settings, fc.integer({ min: 0, max: 1000 }), (part, s, rep) => {
        const { r, returns, made, came } = runDays(withReturns(part, s, s, false), rep);
        expect(made.length).toBe(s.warmUpDays + 1);
        expect(came[0]).toBe(0); // nothing returns on the first simulated day: returns come later
        expect(returns.madeOverHorizon).toBe(sum(made));
        expect(returns.returnedOverHorizon).toBe(sum(came));
        expect(returns.madeOverHorizon).toBe(returns.returnedOverHorizon + returns.pendingAtEnd);
        // Returns on a day come from the days before it, at most withinDays back.
        for (let d = 1; d < made.length; d++)
          expect(came[d]).toBeLessThanOrEqual(sum(made.slice(Math.max(0, d - s.withinDays), d)));
        expect(returns.arrived).toBe(came[s.warmUpDays]);
        const v = r.visitors;
        const t = r.triage;
        if (t === undefined) throw new Error('no triage block');
        expect(v.arrived).toBe(
          v.served +
            v.abandoned +
            v.balked +
            v.turnedAway +
            t.incompleteAtCounter +
            t.incompleteAtConcierge +
            v.unserved,
        );
        expect(t.incompleteAtCounter + t.incompleteAtConcierge).toBe(made[s.warmUpDays]);
      }),
      { numRuns: 40 },
    );
  });

  it('ナビ機能 and 書かない窓口 never add incomplete visits or return visits (nobody gives up)', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, settings, fc.integer({ min: 0, max: 1000 }), (part, s, rep) => {
        const off = runDays(withReturns(part, s, { navi: false, kakanai: false }, true), rep);
        const on = runDays(withReturns(part, s, { navi: s.navi, kakanai: s.kakanai }, true), rep);
        for (let d = 0; d <= s.warmUpDays; d++) {
          expect(on.made[d]).toBeLessThanOrEqual(off.made[d]);
          expect(on.came[d]).toBeLessThanOrEqual(off.came[d]);
        }
        expect(on.returns.madeOverHorizon).toBeLessThanOrEqual(off.returns.madeOverHorizon);
        expect(on.returns.pendingAtEnd).toBeLessThanOrEqual(off.returns.pendingAtEnd);
      }),
      { numRuns: 40 },
    );
  });

  it('with warm-up days the reported day gets about as many returns as a day makes; without, none', () => {
    const part = (warmUpDays: number): VisitorPart => ({
      ...movingPart({ departments: [{ id: 'moving', counters: 20, staff: 20 }] }),
      incompleteVisits: { shareOfVisits: 0.1, returns: { withinWorkingDays: 3, warmUpDays } },
    });
    const mean = (warmUpDays: number) => {
      let made = 0;
      let came = 0;
      for (let rep = 0; rep < 30; rep++) {
        const x = runDays(part(warmUpDays), rep);
        made += x.made[warmUpDays];
        came += x.returns.arrived;
      }
      return { made: made / 30, came: came / 30 };
    };
    expect(mean(0).came).toBe(0);
    const steady = mean(3);
    // About 0.1 × 480 × 0.5 (half the contact, all arrive) = 48 a day; returns: the same in the mean.
    expect(steady.came).toBeGreaterThan(0.85 * steady.made);
    expect(steady.came).toBeLessThan(1.2 * steady.made);
  });
});
