import type { InputIssue } from '../inputError.js';

/**
 * Checks of a distribution that a JSON Schema cannot express (relations between fields).
 * Tolerant of malformed input: it only looks at fields of the right type, so it can run
 * next to schema validation and every problem is reported in one pass.
 */
export function checkDistribution(value: unknown, path: string, issues: InputIssue[]): void {
  if (typeof value !== 'object' || value === null) return;
  const d = value as Record<string, unknown>;
  const num = (k: string): number | undefined => (typeof d[k] === 'number' ? (d[k] as number) : undefined);
  switch (d.dist) {
    case 'uniform': {
      const lo = num('min');
      const hi = num('max');
      if (lo !== undefined && hi !== undefined && lo > hi)
        issues.push({ path: `${path}.max`, message: `expected ≥ min (${lo}), got ${hi}` });
      break;
    }
    case 'triangular': {
      const lo = num('min');
      const mode = num('mode');
      const hi = num('max');
      if (lo !== undefined && mode !== undefined && hi !== undefined && !(lo <= mode && mode <= hi)) {
        issues.push({ path: `${path}.mode`, message: `expected min ≤ mode ≤ max (${lo} ≤ ? ≤ ${hi}), got ${mode}` });
      }
      break;
    }
    case 'empirical': {
      const values = d.values;
      const weights = d.weights;
      if (Array.isArray(values) && Array.isArray(weights)) {
        if (values.length !== weights.length) {
          issues.push({
            path: `${path}.weights`,
            message: `expected ${values.length} weights (one per value), got ${weights.length}`,
          });
        } else if (
          weights.every((w) => typeof w === 'number') &&
          (weights as number[]).reduce((a, b) => a + b, 0) <= 0
        ) {
          issues.push({ path: `${path}.weights`, message: 'expected weights with a positive sum, got all zero' });
        }
      }
      break;
    }
    case 'normal': {
      const mean = num('mean');
      const sd = num('sd');
      // Truncation at 0 of a normal centred far below 0 leaves almost no mass: a typo, not a model.
      if (mean !== undefined && sd !== undefined && sd > 0 && mean < -6 * sd) {
        issues.push({
          path: `${path}.mean`,
          message: `expected a mean above −6 sd (the law is truncated at 0), got ${mean}`,
        });
      }
      if (mean !== undefined && sd === 0 && mean < 0)
        issues.push({ path: `${path}.mean`, message: `expected ≥ 0 when sd is 0, got ${mean}` });
      break;
    }
    default:
      break;
  }
}
