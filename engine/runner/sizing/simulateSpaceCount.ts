/**
 * One point of a space's blocking curve, simulated: the whole office run with `units` units of
 * that space (every other space at today's count), on the same seed and replications as the
 * sizing run, so every count sees the same people, days and first draws (common random
 * numbers) and neighbouring points are paired. Blocking is read from the space's own loss
 * system at that count (first-choice requests into the space alone, the sizing definition).
 */
import type { WorkplaceJob, WorkplaceModel } from '../../models/workplace/workplaceModel.js';
import type { WorkplaceReplicationResult } from '../../models/workplace/workplaceResult.js';
import { runReplications, type RunOptions } from '../runReplications.js';
import { BlockingCurveAccumulator, type BlockingCurvePoint } from './sizeSpaces.js';

export type CountRunOptions = Omit<RunOptions<WorkplaceReplicationResult>, 'onResult' | 'keepResults' | 'stopping'>;

/** The model with `units` units of space `spaceIndex`. */
export function withSpaceCount(model: WorkplaceModel, spaceIndex: number, units: number): WorkplaceModel {
  return { ...model, spaces: model.spaces.map((s, i) => (i === spaceIndex ? { ...s, count: units } : s)) };
}

export async function simulateSpaceCount(
  model: WorkplaceModel,
  spaceIndex: number,
  units: number,
  seed: number | string,
  options: CountRunOptions,
): Promise<BlockingCurvePoint> {
  // Loss systems up to `units` suffice: the point at `units` is all that is read.
  const job: WorkplaceJob = { model: withSpaceCount(model, spaceIndex, units), sizingMaxUnits: Math.max(1, units) };
  const acc = new BlockingCurveAccumulator();
  await runReplications<WorkplaceReplicationResult>(
    { model: 'workplace', input: job, seed },
    {
      ...options,
      keepResults: false,
      onResult: (_, r) => {
        const shadow = r.shadows?.[spaceIndex];
        if (shadow) acc.add(shadow, r.days, r.coreMinPerDay);
      },
    },
  );
  return acc.answer(1).curve[units];
}
