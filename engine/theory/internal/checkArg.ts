/** Constraints for one numeric argument (all bounds inclusive unless marked exclusive). */
export interface ArgRule {
  min?: number;
  /** When true, `min` is a strict lower bound (value > min). */
  minExclusive?: boolean;
  max?: number;
  /** When true, `max` is a strict upper bound (value < max). */
  maxExclusive?: boolean;
  integer?: boolean;
  /** Accept +Infinity (e.g. an infinite mean patience); NaN and -Infinity are never accepted. */
  allowInfinity?: boolean;
}

/**
 * Throws a RangeError naming the function, the argument and its value when `value`
 * breaks `rule`, e.g. `erlangC: servers must be an integer >= 1, got 2.5`.
 */
export function checkArg(fn: string, name: string, value: number, rule: ArgRule = {}): void {
  const fail = (expected: string): never => {
    throw new RangeError(`${fn}: ${name} must be ${expected}, got ${String(value)}`);
  };
  if (typeof value !== 'number' || Number.isNaN(value)) fail('a number');
  if (value === Infinity && !rule.allowInfinity) fail('finite');
  if (value === -Infinity) fail('finite');
  if (rule.integer && !Number.isInteger(value)) fail(describe(rule));
  if (rule.min !== undefined && (rule.minExclusive ? !(value > rule.min) : !(value >= rule.min))) {
    fail(describe(rule));
  }
  if (rule.max !== undefined && (rule.maxExclusive ? !(value < rule.max) : !(value <= rule.max))) {
    fail(describe(rule));
  }
}

function describe(rule: ArgRule): string {
  const parts: string[] = [];
  if (rule.min !== undefined) parts.push(`${rule.minExclusive ? '>' : '>='} ${rule.min}`);
  if (rule.max !== undefined) parts.push(`${rule.maxExclusive ? '<' : '<='} ${rule.max}`);
  const kind = rule.integer ? 'an integer' : 'a number';
  return parts.length === 0 ? kind : `${kind} ${parts.join(' and ')}`;
}
