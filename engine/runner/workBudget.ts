/**
 * The work budget of one command: how many simulated events it may process. It is checked
 * twice: before anything runs, on an estimate from the input (`plan`), and while it runs, on the
 * events the replications report (`spend`), so an estimate that was too low still stops the run
 * with a clear error instead of running for hours. `--force` lifts it.
 */
import { InputError } from '../inputError.js';

/**
 * Events one command may simulate: at the 2–10 million events a second this 2-core machine
 * manages (docs/benchmarks.md), about 2–8 minutes of work. docs/limits.md.
 */
export const WORK_BUDGET_EVENTS = 1e9;

export class WorkBudget {
  spentEvents = 0;

  constructor(readonly maxEvents = WORK_BUDGET_EVENTS) {}

  /**
   * Refuses, before it starts, work estimated at `eventsPerReplication` × `replications`;
   * `what` names the work in the message (e.g. "the study", "the staffing search").
   */
  plan(eventsPerReplication: number, replications: number, what: string): void {
    const estimate = eventsPerReplication * replications;
    if (estimate + this.spentEvents <= this.maxEvents) return;
    const per = Number.isFinite(eventsPerReplication) ? eventsPerReplication.toExponential(1) : 'unbounded';
    const message = `expected at most ${this.maxEvents.toExponential(0)} simulated events, ${what} needs about ${Number.isFinite(estimate) ? estimate.toExponential(1) : 'an unbounded number'} (${per} per replication × ${replications}); run fewer replications or days, or give --force`;
    throw new InputError([{ path: '', message }], 'WSM_WORK_BUDGET');
  }

  /** Counts the events of a finished replication; throws once past the budget. */
  spend(events: number, replicationsDone: number): void {
    this.spentEvents += events;
    if (this.spentEvents <= this.maxEvents) return;
    const message = `expected at most ${this.maxEvents.toExponential(0)} simulated events, got ${this.spentEvents.toExponential(2)} after ${replicationsDone} replication(s), more than estimated; stopped (nothing written): run fewer replications or days, or give --force`;
    throw new InputError([{ path: '', message }], 'WSM_WORK_BUDGET');
  }
}

/** How a command's budget is set: `--force` lifts it; `maxEvents` replaces the default. */
export interface WorkBudgetOptions {
  force?: boolean;
  maxEvents?: number;
}

/** A budget, or none with `force`. */
export function workBudgetFor(options: WorkBudgetOptions): WorkBudget | undefined {
  return options.force === true ? undefined : new WorkBudget(options.maxEvents ?? WORK_BUDGET_EVENTS);
}
