/**
 * Limits on what wardsim reads, checked before anything else looks at an input (docs/limits.md
 * gives each its reason). A legitimate scenario, plan or model stays far below every one.
 */

/** Largest input file or body: the largest library plan is about 60 KB. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;
/** Deepest nesting of objects and arrays: a GeoJSON multi-polygon needs 9 levels, a scenario 8. */
export const MAX_JSON_DEPTH = 64;
/** Objects and arrays in one document: a 100,000-vertex plan holds about as many. */
export const MAX_JSON_CONTAINERS = 2_000_000;
/** Problems listed one per line; beyond this a count of the rest. */
export const MAX_REPORTED_ISSUES = 50;
