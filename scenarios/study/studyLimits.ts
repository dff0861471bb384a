/**
 * Limits and defaults of the study functions, in a module of their own so that a command's help
 * text and argument checks use them without loading the studies (bin/commands import the study
 * modules only once the arguments are parsed).
 */
export { DEFAULT_ALPHA, DEFAULT_BETA } from '../../engine/runner/sizing/spaceDemand.js';

/** The most scenarios one comparison runs. */
export const MAX_COMPARED = 20;
/** The most cells one sweep runs (each cell costs a full run's replications). */
export const MAX_SWEEP_CELLS = 200;
export const DEFAULT_SIZE_REPLICATIONS = 100;
export const DEFAULT_STAFF_REPLICATIONS = 20;
