/**
 * Student's t quantile: the 0.975 quantile for whole degrees of freedom up to T975_MAX_DF from a
 * table (the 95% half-widths of every run), anything else from @stdlib, loaded on first need —
 * the same doubles either way (tests/unit/core/studentTQuantile.test.ts).
 */
import { createRequire } from 'node:module';
import { T975_BY_DF, T975_MAX_DF } from './studentT975Table.js';

const require = createRequire(import.meta.url);
let library: ((p: number, df: number) => number) | undefined;

export function studentTQuantile(p: number, df: number): number {
  if (p === 0.975 && Number.isInteger(df) && df >= 1 && df <= T975_MAX_DF) return T975_BY_DF[df];
  library ??= require('@stdlib/stats-base-dists-t-quantile') as (p: number, df: number) => number;
  return library(p, df);
}
