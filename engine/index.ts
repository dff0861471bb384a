/**
 * The public surface of the wardsim engine. Everything a user of the library may rely on is
 * re-exported here; other modules are internal.
 */
export { ENGINE_VERSION } from './version.js';
export { InputError, formatIssues, type InputIssue } from './inputError.js';

// core
export { EventCalendar, MAX_EVENT_PRIORITY } from './core/eventCalendar.js';
export { Simulation, type EventHandler } from './core/simulation.js';
export { RandomStream, RandomStreams, createStream, streamSeed } from './core/randomStream.js';
export { Distribution, distributionMean, distributionScv, type DistributionSpec } from './core/distribution.js';
export type { ArrivalProcess } from './core/arrivalProcess.js';
export { RenewalArrivals } from './core/renewalArrivals.js';
export { PiecewisePoissonArrivals, type RatePiece } from './core/piecewisePoissonArrivals.js';
export { AppointmentArrivals } from './core/appointmentArrivals.js';
export { CapacitySchedule, type CapacityPiece } from './core/capacitySchedule.js';
export { ServerPool } from './core/serverPool.js';
export { WaitingLine } from './core/waitingLine.js';
export { Tally } from './core/tally.js';
export { TimeAverage } from './core/timeAverage.js';
export { Histogram } from './core/histogram.js';
export { IntervalSeries } from './core/intervalSeries.js';

// schema helpers
export { DistributionSchema } from './schema/distributionSchema.js';
export { validateWithSchema } from './schema/schemaValidator.js';

// models
export { NetworkModelSchema, NETWORK_LIMITS, type NetworkModel } from './models/network/networkSchema.js';
export { validateNetworkModel } from './models/network/validateNetworkModel.js';
export { NetworkSimulation, runNetworkReplication } from './models/network/networkSimulation.js';
export type { NetworkReplicationResult, StationReplicationResult } from './models/network/networkResult.js';

export { runVisitorReplication } from './models/visitors/runVisitorReplication.js';
export type { VisitorInput } from './models/visitors/visitorInput.js';
export { runWorkplaceReplication } from './models/workplace/runWorkplaceReplication.js';

// runner
export {
  runReplications,
  ReplicationError,
  MAX_REPLICATIONS,
  type RunOptions,
  type RunOutcome,
  type StoppingRule,
} from './runner/runReplications.js';
export { modelRegistry, runJobReplication, type ReplicationJob, type ModelName } from './runner/modelRegistry.js';
export { summarize, ciHalfWidth, type Summary } from './runner/summarize.js';
export { simulateNetwork, type NetworkRunOptions, type NetworkRunResult } from './runner/simulateNetwork.js';
export { optimiseStaffing, type StaffingOptions, type StaffingPlan } from './runner/staffing/optimiseStaffing.js';
export { simulateWorkplace, type WorkplaceRunResult } from './runner/sizing/simulateWorkplace.js';
export { sizeWorkplace, type WorkplaceSizingResult } from './runner/sizing/sizeWorkplace.js';
export { aggregateResults, compactSummaries, valueAtPath, type SummaryTree } from './runner/aggregateResults.js';

// exact queueing theory (validation and first-cut staffing)
export * from './theory/index.js';
