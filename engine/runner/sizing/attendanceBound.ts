/**
 * The formula answer to desk sizing, as a cross-check on the simulation (sources §2.1): if every
 * person who comes in on a day were in at the same time, a zone's daily peak would be the number
 * who come in — a Poisson-binomial count with each person's own probability of an office day.
 * Flexible hours and field days only lower the real peak, so this is an upper bound on the
 * simulated curve; with fixed common hours and no field work the two agree (validation test).
 */
import { compileWorkplace } from '../../models/workplace/compileWorkplace.js';
import type { WorkplaceJob } from '../../models/workplace/workplaceModel.js';
import { poissonBinomialTail } from './poissonBinomial.js';

/** P(office day) of each desk user of each zone on weekday w: [zone][weekday] → probabilities. */
export function officeDayProbabilities(job: WorkplaceJob): number[][][] {
  const c = compileWorkplace(job);
  const out = Array.from({ length: c.zones }, () => Array.from({ length: 5 }, () => [] as number[]));
  for (let p = 0; p < c.persons; p++) {
    const role = c.roles[c.personRole[p]];
    if (role === null || !role.usesDesk) continue;
    // A field day counts as an office day unless nobody spends any time in (officeMin ≡ 0).
    const spec = role.fieldOfficeMin;
    const fieldAway = spec.dist === 'deterministic' && spec.value <= 0 ? role.fieldDayShare : 0;
    for (let w = 0; w < 5; w++) {
      // Under a telework cap attendance is no longer independent; counting nobody as remote
      // keeps the formula an upper bound (a satellite office only lowers attendance).
      const remote = c.personEligible[p] === 1 && c.teleworkCap < 0 ? role.remoteByWeekday[w] : 0;
      out[c.personZone[p]][w].push((1 - role.absenceShare) * (1 - remote) * (1 - fieldAway));
    }
  }
  return out;
}

/** P(more than s desk users come in) for s = 0…staff, averaged over weekdays (equal numbers of each). */
export function attendanceTail(probabilitiesByWeekday: readonly (readonly number[])[]): number[] {
  const tails = probabilitiesByWeekday.map((ps) => poissonBinomialTail(ps));
  const width = tails[0]?.length ?? 1;
  return Array.from({ length: width }, (_, s) => tails.reduce((acc, t) => acc + t[s], 0) / tails.length);
}

/** Fewest desks with P(attendance > desks) ≤ α under the everyone-at-once bound. */
export function attendanceBoundDesks(probabilitiesByWeekday: readonly (readonly number[])[], alpha: number): number {
  const tail = attendanceTail(probabilitiesByWeekday);
  const s = tail.findIndex((p) => p <= alpha + 1e-12);
  return s < 0 ? tail.length - 1 : s;
}
