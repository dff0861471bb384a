/**
 * What the draws of a workplace year cost by themselves (issue 15: the 10 ms target): each law the
 * 北区 office draws from, timed alone on its own stream in this process, times how often one
 * replication drew it. Counts come from the replication's result (person-days in, activities)
 * and are rounded the way the model draws: per person-day that comes in, a triangular arrival
 * spread and a normal stay; per activity a lognormal duration; an exponential gap per arrival and
 * per activity; three uniforms per person-day (absence, telework, field day) and about two per
 * activity (kind, space share or no-show). The sum is a floor: no desk, sort or space is in it.
 */
import { Distribution, type DistributionSpec } from '../engine/core/distribution.js';
import { RandomStreams } from '../engine/core/randomStream.js';
import type { WorkplaceModel } from '../engine/models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../engine/models/workplace/workplaceResult.js';

export interface DrawFloor {
  nsPerDraw: Record<'normal' | 'lognormal' | 'exponential' | 'triangular' | 'uniform', number>;
  draws: Record<'normal' | 'lognormal' | 'exponential' | 'triangular' | 'uniform', number>;
  floorMs: number;
}

/** ns per draw of `spec`: median of 5 rounds of 10^6 draws. */
function nsPerDraw(spec: DistributionSpec, name: string): number {
  const d = new Distribution(spec, new RandomStreams('floor', 0).get(name));
  const n = 1_000_000;
  const rounds: number[] = [];
  let sink = 0;
  for (let r = 0; r < 6; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      d.draw();
      sink += d.last;
    }
    if (r > 0) rounds.push(((performance.now() - t0) * 1e6) / n);
  }
  if (sink === -1) process.stdout.write(''); // keeps the draws observable
  rounds.sort((a, b) => a - b);
  return Math.round(rounds[2] * 10) / 10;
}

function nsPerUniform(): number {
  const s = new RandomStreams('floor', 0).get('uniform');
  const n = 5_000_000;
  let sink = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    s.step();
    sink += s.u;
  }
  if (sink === -1) process.stdout.write('');
  return Math.round((((performance.now() - t0) * 1e6) / n) * 10) / 10;
}

export function measureDrawFloor(model: WorkplaceModel, r: WorkplaceReplicationResult): DrawFloor {
  const backOffice = model.roles.backOffice;
  if (backOffice === undefined) throw new Error('the draw floor needs the 北区 office (a back-office role)');
  const web = backOffice.activities.find((a) => a.kind === 'webMeeting') ?? backOffice.activities[0];
  const meanGapMin = 60 / backOffice.activities.reduce((s, a) => s + a.ratePerHour, 0);
  const nsPer = {
    normal: nsPerDraw(backOffice.stayMin, 'stay'),
    lognormal: nsPerDraw(web.durationMin, 'duration'),
    exponential: nsPerDraw({ dist: 'exponential', mean: meanGapMin }, 'gap'),
    triangular: nsPerDraw(backOffice.arriveSpreadMin, 'spread'),
    uniform: nsPerUniform(),
  };
  const sd = r.staffDays;
  const personDaysIn = sd.office + sd.fieldAllDay;
  const activities = r.activities.reduce((s, a) => s + a.requests.reduce((x, y) => x + y, 0), 0);
  const draws = {
    normal: personDaysIn,
    lognormal: activities,
    exponential: sd.office + activities,
    triangular: personDaysIn + sd.fieldPartDay,
    uniform: 3 * sd.total + 2 * activities,
  };
  const floorNs = (Object.keys(draws) as (keyof typeof draws)[]).reduce((s, k) => s + draws[k] * nsPer[k], 0);
  return { nsPerDraw: nsPer, draws, floorMs: Math.round(floorNs / 1e4) / 100 };
}
