/**
 * The engine's workplace model against the event-by-event reference (reference/): the desks
 * agree to the bit (same draws, desk events in the same order), and every space and activity
 * figure agrees in law — the engine runs activities at the desk without events and draws the
 * shared activity streams in another order, so those figures differ per replication, but not in
 * expectation. Paired by replication (both see the same people on the same days); tolerances are
 * the confidence intervals of the paired differences, Bonferroni over all figures.
 */
import tQuantile from '@stdlib/stats-base-dists-t-quantile';
import { describe, expect, it } from 'vitest';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { WorkplaceSimulation } from '../../engine/models/workplace/workplaceSimulation.js';
import { replicationFigures } from '../../engine/runner/sizing/workplaceFigures.js';
import { EventByEventSimulation } from './reference/eventByEventSimulation.js';
import { kitaPart, modelOf } from './workplaceFixtures.js';

/** The 北区 office for 60 days with half its booths, focus seats and rooms: blocking, fallbacks and drops are common. */
function crowdedKita(): WorkplaceModel {
  const model = modelOf({ ...kitaPart(), days: 60 });
  return { ...model, spaces: model.spaces.map((s) => ({ ...s, count: Math.max(1, Math.floor(s.count / 2)) })) };
}

/** Every finite number under `node`, by path. */
function flatten(node: unknown, prefix: string, out: Map<string, number>): Map<string, number> {
  if (typeof node === 'number') {
    if (Number.isFinite(node)) out.set(prefix, node);
  } else if (typeof node === 'object' && node !== null)
    for (const [k, v] of Object.entries(node)) flatten(v, `${prefix}.${k}`, out);
  return out;
}

/** Space and activity figures over all days (weekdays are the same law split five ways). */
function lawFigures(r: WorkplaceReplicationResult): Map<string, number> {
  const f = replicationFigures(r) as Record<string, Record<string, Record<string, unknown>>>;
  const out = new Map<string, number>();
  for (const part of ['spaces', 'activities'])
    for (const [id, groups] of Object.entries(f[part])) flatten(groups.all, `${part}.${id}`, out);
  return out;
}

describe('the workplace model against the event-by-event reference', () => {
  const model = crowdedKita();
  const job = { model, sizingMaxUnits: 12 };

  it('gives the same desk, attendance and day figures, to the bit', () => {
    for (let rep = 0; rep < 3; rep++) {
      const fast = new WorkplaceSimulation(job, 11, rep).run();
      const ref = new EventByEventSimulation(job, 11, rep).run();
      for (const key of ['zones', 'office', 'touchdown', 'staffDays', 'daysByWeekday', 'coreMinPerDay'] as const)
        expect(fast[key], key).toEqual(ref[key]);
      expect(fast.activities.map((a) => a.requests)).not.toEqual(ref.activities.map((a) => a.requests));
    }
  });

  it('gives every space and activity figure the same expectation (paired CI over 60 replications)', () => {
    const replications = 60;
    const diffs = new Map<string, number[]>();
    for (let rep = 0; rep < replications; rep++) {
      const fast = lawFigures(new WorkplaceSimulation(job, 5, rep).run());
      const ref = lawFigures(new EventByEventSimulation(job, 5, rep).run());
      for (const [key, v] of fast) {
        const r = ref.get(key);
        if (r === undefined) continue;
        (diffs.get(key) ?? diffs.set(key, []).get(key))?.push(v - r);
      }
    }
    const compared = [...diffs].filter(([, d]) => d.length === replications);
    expect(compared.length).toBeGreaterThan(60);
    const t = tQuantile(1 - 0.01 / compared.length / 2, replications - 1);
    const misses: string[] = [];
    for (const [key, d] of compared) {
      const mean = d.reduce((a, b) => a + b, 0) / d.length;
      const sd = Math.sqrt(d.reduce((a, x) => a + (x - mean) ** 2, 0) / (d.length - 1));
      const hw = (t * sd) / Math.sqrt(d.length);
      if (process.env.SHOW_CI) console.log(`${key}: difference ${mean.toPrecision(3)} ± ${hw.toPrecision(3)}`);
      if (Math.abs(mean) > hw) misses.push(`${key}: difference ${mean} ± ${hw}`);
    }
    expect(misses).toEqual([]);
  });
});
