import { describe, expect, it } from 'vitest';
import type { WorkplaceReplicationResult } from '../../engine/models/workplace/workplaceResult.js';
import { runReplications } from '../../engine/runner/runReplications.js';
import { simulateWorkplace } from '../../engine/runner/sizing/simulateWorkplace.js';
import { sizeWorkplace } from '../../engine/runner/sizing/sizeWorkplace.js';
import { kitaPart, modelOf } from './workplaceFixtures.js';

const model = modelOf({ ...kitaPart(), days: 60 });
const strip = (o: object) => {
  const { wallMs: _w, workers: _k, ...rest } = o as Record<string, unknown>;
  return rest;
};

describe('workplace runs are deterministic across worker counts', () => {
  it('replications on 0, 1 and 2 worker threads give identical results (seed = f(master seed, replication), never f(worker))', async () => {
    const job = { model: 'workplace' as const, input: { model, sizingMaxUnits: 12 }, seed: 11 };
    const inline = await runReplications<WorkplaceReplicationResult>(job, { replications: 5, workers: 0 });
    const one = await runReplications<WorkplaceReplicationResult>(job, { replications: 5, workers: 1 });
    const two = await runReplications<WorkplaceReplicationResult>(job, { replications: 5, workers: 2 });
    expect(JSON.stringify(one.results)).toBe(JSON.stringify(inline.results));
    expect(JSON.stringify(two.results)).toBe(JSON.stringify(inline.results));
    expect(two.results.map((r) => r.replication)).toEqual([0, 1, 2, 3, 4]);
    // Different replications are different days.
    expect(JSON.stringify(two.results[0].zones)).not.toBe(JSON.stringify(two.results[1].zones));
  });

  it('the run and sizing documents are identical for 1 and 2 workers apart from wall time', async () => {
    const [a, b] = await Promise.all([
      simulateWorkplace(model, { replications: 4, workers: 1, seed: 5 }),
      simulateWorkplace(model, { replications: 4, workers: 2, seed: 5 }),
    ]);
    expect(strip(b)).toEqual(strip(a));
    const [c, d] = await Promise.all([
      sizeWorkplace(model, { replications: 4, workers: 1, seed: 5, sweep: [0.1, 0.4] }),
      sizeWorkplace(model, { replications: 4, workers: 2, seed: 5, sweep: [0.1, 0.4] }),
    ]);
    expect(strip(d)).toEqual(strip(c));
  });
});
