/**
 * The visitor model's unit of work for the runner: (input, seed, replication) → one day's result.
 * A worker runs many replications of the same input, so the compiled model and the simulation's
 * arrays are built once per input object and reused (the result depends only on the arguments).
 */
import { compileVisitorModel } from './compileVisitorModel.js';
import type { VisitorInput } from './visitorInput.js';
import type { VisitorReplicationResult } from './visitorResult.js';
import { VisitorSimulation } from './visitorSimulation.js';

const cache = new WeakMap<VisitorInput, VisitorSimulation>();

/** The simulation for `input`, compiled on first use. */
export function visitorSimulationFor(input: VisitorInput): VisitorSimulation {
  let sim = cache.get(input);
  if (sim === undefined) {
    sim = new VisitorSimulation(compileVisitorModel(input));
    cache.set(input, sim);
  }
  return sim;
}

/** Runs replication `replication` (one simulated day) of `input` under `seed`. */
export function runVisitorReplication(
  input: VisitorInput,
  seed: number | string,
  replication: number,
): VisitorReplicationResult {
  return visitorSimulationFor(input).run(seed, replication);
}
