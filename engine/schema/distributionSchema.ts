/**
 * JSON Schema of a distribution (all values in minutes), shared by the model file, the
 * scenario format and the API. A `oneOf` with a discriminator on `dist`: editors offer the
 * right fields, and validators report errors of the named law only.
 */
import { Type } from '@sinclair/typebox';
import type { DistributionSpec } from '../core/distribution.js';

const positive = { type: 'number', exclusiveMinimum: 0 };
const nonNegative = { type: 'number', minimum: 0 };
/** Largest number of values an empirical distribution may list (explicit size limit). */
export const MAX_EMPIRICAL_VALUES = 100_000;

const laws = [
  law('deterministic', 'A fixed duration.', { value: nonNegative }),
  law('exponential', 'Exponential with the given mean (memoryless).', { mean: positive }),
  law('uniform', 'Uniform on [min, max].', { min: nonNegative, max: nonNegative }),
  law('triangular', 'Triangular on [min, max] with the given mode.', {
    min: nonNegative,
    mode: nonNegative,
    max: nonNegative,
  }),
  law('normal', 'Normal(mean, sd) truncated at 0 (mean and sd are those before truncation).', {
    mean: { type: 'number' },
    sd: nonNegative,
  }),
  law('lognormal', 'Lognormal with the given mean and coefficient of variation.', { mean: positive, cv: nonNegative }),
  law('gamma', 'Gamma with the given mean and coefficient of variation.', { mean: positive, cv: nonNegative }),
  law('erlang', 'Erlang-k (sum of k exponentials) with the given mean.', {
    k: { type: 'integer', minimum: 1, maximum: 1000 },
    mean: positive,
  }),
  {
    type: 'object',
    description: 'Discrete values drawn with the given weights (equal weights when omitted).',
    properties: {
      dist: { const: 'empirical' },
      values: { type: 'array', items: nonNegative, minItems: 1, maxItems: MAX_EMPIRICAL_VALUES },
      weights: { type: 'array', items: nonNegative, minItems: 1, maxItems: MAX_EMPIRICAL_VALUES },
    },
    required: ['dist', 'values'],
    additionalProperties: false,
  },
];

function law(name: string, description: string, params: Record<string, object>): object {
  return {
    type: 'object',
    description,
    properties: { dist: { const: name }, ...params },
    required: ['dist', ...Object.keys(params)],
    additionalProperties: false,
  };
}

/** Names of the supported laws, for error messages. */
export const DISTRIBUTION_NAMES = [
  'deterministic',
  'exponential',
  'uniform',
  'triangular',
  'normal',
  'lognormal',
  'gamma',
  'erlang',
  'empirical',
];

/** The distribution schema (TypeBox-typed as DistributionSpec). */
export const DistributionSchema = Type.Unsafe<DistributionSpec>({
  type: 'object',
  description: 'A probability distribution of a duration in minutes, chosen by `dist`.',
  required: ['dist'],
  properties: { dist: { enum: DISTRIBUTION_NAMES } },
  discriminator: { propertyName: 'dist' },
  oneOf: laws,
});

/**
 * Reference to the distribution schema from inside another schema; that schema must carry
 * `$defs: { Distribution: DistributionSchema }` at its root.
 */
export const DistributionRef = Type.Unsafe<DistributionSpec>({ $ref: '#/$defs/Distribution' });
