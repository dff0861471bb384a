/** Largest input file wardsim reads (a scenario, plan or model is never this big legitimately). */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
