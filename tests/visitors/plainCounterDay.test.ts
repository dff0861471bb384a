/**
 * The fast path of a plain counter day (engine/models/visitors/plainCounterDay.ts, VisitorDay.drawPlain)
 * gives every figure of the general paths, bit for bit: on random plain days, on the PEAK-DAY
 * benchmark's day and on the library's scenarios made plain. A change to the general handlers that the
 * fast path does not follow fails here.
 */
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileVisitorModel } from '../../engine/models/visitors/compileVisitorModel.js';
import { isPlainCounterDay } from '../../engine/models/visitors/plainCounterModel.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import { VisitorSimulation } from '../../engine/models/visitors/visitorSimulation.js';
import { peakDayInput } from '../../benchmarks/peakDayInput.js';
import { loadScenario } from '../../scenarios/study/loadInputs.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { visitorPartArbitrary } from './visitorArbitrary.js';
import { inputOf } from './visitorFixtures.js';

/** Paths where two results differ (numbers compared with Object.is: −0, NaN and every bit count). */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) ? [] : [`${path}: ${a} ≠ ${b}`];
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object')
    return a === b ? [] : [`${path}: ${String(a)} ≠ ${String(b)}`];
  const keys = Object.keys(a);
  if (keys.join() !== Object.keys(b).join()) return [`${path}: keys ${keys.join()} ≠ ${Object.keys(b).join()}`];
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return keys.flatMap((k) => differences(x[k], y[k], `${path}.${k}`));
}

/** Replications 0…n−1 of `input` on the fast paths and on the general paths, compared. */
function fastVersusGeneral(input: VisitorInput, n: number, seed: number | string = 11): string[] {
  const model = compileVisitorModel(input);
  const fast = new VisitorSimulation(model);
  const general = new VisitorSimulation(model, false);
  const out: string[] = [];
  for (let r = 0; r < n && out.length === 0; r++)
    out.push(...differences(fast.run(seed, r), general.run(seed, r), `[${r}]`));
  return out;
}

/** The part with every lever that makes a day not plain switched off. */
function plain(part: VisitorPart): VisitorPart {
  return {
    ...part,
    procedures: part.procedures.map((p) => ({ ...p, reservationShare: 0 })),
    departments: part.departments.map(({ backOffice: _, ...d }) => d),
    concierge: null,
    reception: null,
    organisation: { ...part.organisation, type: 'silo' },
    multiSkill: [],
    levers: {
      ...part.levers,
      callback: { share: 0 },
      patience: { patienceMin: null, balk: { displayedWaitOverMin: 20, p: 0 } },
    },
  };
}

const isPlain = (input: VisitorInput) => isPlainCounterDay(compileVisitorModel(input));

describe('the plain counter day fast path', () => {
  it('is taken only by plain days', () => {
    expect(isPlain(peakDayInput())).toBe(true);
    fc.assert(
      fc.property(visitorPartArbitrary, (part) => {
        expect(isPlain(inputOf(plain(part)))).toBe(true);
        const withConcierge = {
          ...plain(part),
          concierge: part.concierge ?? {
            share: 0.5,
            staff: 1,
            serviceMin: { dist: 'deterministic' as const, value: 1 },
          },
        };
        expect(isPlain(inputOf(withConcierge))).toBe(false);
      }),
      { numRuns: 30 },
    );
  });

  it('gives the general paths’ results bit for bit on random plain days', () => {
    fc.assert(
      fc.property(visitorPartArbitrary, fc.integer({ min: 0, max: 1000 }), (part, seed) => {
        expect(fastVersusGeneral(inputOf(plain(part)), 3, seed)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });

  it('gives the general paths’ results bit for bit on the PEAK-DAY benchmark’s day', () => {
    expect(fastVersusGeneral(peakDayInput(), 20, 'bench')).toEqual([]);
  });

  it('gives the general paths’ results bit for bit on the library’s scenarios made plain', async () => {
    const dir = 'scenarios/library';
    let compared = 0;
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const part = (await loadScenario(`library:${f.replace(/\.json$/, '')}`)).scenario.visitors as
        VisitorPart | undefined;
      if (part === undefined) continue;
      // Triage, return visits and closed-line rules have no plain form: such days stay on the general paths.
      const input = inputOf(plain(part));
      if (!isPlain(input)) continue;
      expect(fastVersusGeneral(input, 3), f).toEqual([]);
      compared++;
    }
    expect(compared).toBeGreaterThanOrEqual(5);
  });
});
