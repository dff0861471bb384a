/** `kind: "network-run"` — a queueing-network model file, within the work budget. */
import { networkReplicationEvents } from '../../engine/models/network/networkWork.js';
import type { NetworkModel } from '../../engine/models/network/networkSchema.js';
import { simulateNetwork as runNetwork, type NetworkRunOptions } from '../../engine/runner/simulateNetwork.js';
import { workBudgetFor } from '../../engine/runner/workBudget.js';
import type { NetworkRunResult } from '../../engine/results/index.js';

export interface SimulateModelOptions extends Omit<NetworkRunOptions, 'workBudget'> {
  /** Run even past the work budget (`--force`). */
  force?: boolean;
  /** The work budget in simulated events (default WORK_BUDGET_EVENTS). */
  maxEvents?: number;
}

export async function simulateNetwork(
  model: NetworkModel,
  options: SimulateModelOptions = {},
): Promise<NetworkRunResult> {
  const budget = workBudgetFor(options);
  // With a precision rule the run may stop early: the estimate counts the replications it must run.
  const replications = options.precision === undefined ? (options.replications ?? 10) : (options.minReplications ?? 10);
  budget?.plan(networkReplicationEvents(model as unknown as Record<string, unknown>), replications, 'the model');
  return runNetwork(model, { ...options, workBudget: budget && { budget, eventsOf: (r) => r.events } });
}
