/**
 * Small visitor parts for the tests, built in code: one procedure per counter, no walking, no
 * concierge, no lunch, nobody gives up — unless a test switches something on.
 */
import { validateScenario } from '../../scenarios/validateScenario.js';
import { toVisitorInput } from '../../scenarios/visitors/toVisitorInput.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { VisitorReplicationResult } from '../../engine/models/visitors/visitorResult.js';
import { runVisitorReplication } from '../../engine/models/visitors/runVisitorReplication.js';

/** The Ofunato hourly profile renormalised to 8:45–17:15 (sources §6.2). */
export const OFUNATO_PROFILE = [
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
];

export const lognormal = (mean: number, cv: number) => ({ dist: 'lognormal' as const, mean, cv });
export const exponential = (mean: number) => ({ dist: 'exponential' as const, mean });

/** A plain office: the moving procedure of sources §4.3 at one department, everything else off. */
export function movingPart(over: Partial<VisitorPart> = {}): VisitorPart {
  return {
    hours: { open: '08:45', close: '17:15' },
    demand: { visitorsPerDay: 480, hourlyProfile: OFUNATO_PROFILE.map((p) => ({ ...p })) },
    procedures: [
      {
        id: 'moving',
        share: 1,
        steps: [{ department: 'moving', serviceMin: lognormal(20, 0.5) }],
        kakanaiFactor: 0.56,
      },
    ],
    departments: [{ id: 'moving', counters: 14, staff: 14 }],
    walking: { defaultMin: 0 },
    staffRules: { lunch: null, minShiftMin: 240 },
    levers: { patience: { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } } },
    ...over,
  };
}

/** A three-department office with chained procedures (for the organisation levers). */
export function townPart(over: Partial<VisitorPart> = {}): VisitorPart {
  return {
    hours: { open: '08:45', close: '17:15' },
    demand: { visitorsPerDay: 400, hourlyProfile: OFUNATO_PROFILE.map((p) => ({ ...p })) },
    procedures: [
      {
        id: 'moving',
        share: 0.5,
        steps: [
          { department: 'resident', serviceMin: lognormal(15, 0.5) },
          { department: 'insurance', serviceMin: lognormal(8, 0.5), p: 0.6 },
          { department: 'child', serviceMin: lognormal(8, 0.5), p: 0.5 },
        ],
        kakanaiFactor: 0.56,
        reservationShare: 0.05,
      },
      {
        id: 'certificate',
        share: 0.3,
        steps: [{ department: 'resident', serviceMin: lognormal(5, 0.6) }],
        diversion: 0.1,
      },
      {
        id: 'insurance',
        share: 0.2,
        steps: [{ department: 'insurance', serviceMin: lognormal(12, 0.6) }],
        kakanaiFactor: 0.56,
      },
    ],
    departments: [
      { id: 'resident', counters: 8, staff: 7 },
      { id: 'insurance', counters: 5, staff: 4 },
      { id: 'child', counters: 3, staff: 2 },
    ],
    walking: { defaultMin: 1, legs: [{ from: 'counter:resident', to: 'counter:child', min: 3 }] },
    organisation: { type: 'silo', oneStop: { departments: ['resident', 'insurance', 'child'] } },
    staffRules: { lunch: null },
    levers: { patience: { patienceMin: null, balk: { displayedWaitOverMin: 120, p: 0 } } },
    ...over,
  };
}

/** Validates the part as a scenario would be (throws InputError) and builds the model input. */
export function inputOf(part: VisitorPart): VisitorInput {
  const scenario = validateScenario({ name: 'test', visitors: part });
  return toVisitorInput(scenario.visitors as VisitorPart);
}

/** Replications 0…n−1 in this thread. */
export function simulateDays(
  part: VisitorPart | VisitorInput,
  n: number,
  seed: number | string = 7,
): VisitorReplicationResult[] {
  const input = 'hours' in part ? inputOf(part) : part;
  return Array.from({ length: n }, (_, i) => runVisitorReplication(input, seed, i));
}

export function mean(xs: number[]): number {
  const ok = xs.filter((x) => Number.isFinite(x));
  return ok.reduce((a, b) => a + b, 0) / ok.length;
}

/** A figure across replications. */
export function across(results: VisitorReplicationResult[], f: (r: VisitorReplicationResult) => number): number {
  return mean(results.map(f));
}
