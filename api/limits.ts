/** What the API accepts (docs/api.md, docs/limits.md): sizes checked before any work starts. */
export interface ApiLimits {
  bodyBytes: number;
  replications: number;
  workplaceDays: number;
  activeRuns: number;
  ratePerMinute: number;
}

export const DEFAULT_LIMITS: ApiLimits = {
  bodyBytes: 16 * 1024 * 1024,
  replications: 5_000,
  workplaceDays: 1_000,
  activeRuns: 20,
  ratePerMinute: 600,
};
