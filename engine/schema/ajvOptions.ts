/**
 * The one set of Ajv options for input documents: every error (one line per problem), with the
 * failing schema and value (the messages quote them), discriminated unions for distributions.
 * The validators precompiled at build time (scripts/buildValidators.ts) use the same options.
 */
export const INPUT_AJV_OPTIONS = { allErrors: true, verbose: true, discriminator: true, strict: false } as const;

/** File name of the precompiled validators, next to schemaValidator.js in the build. */
export const PRECOMPILED_VALIDATORS_FILE = 'validators.generated.cjs';
/** V8's compiled code of that file, written by the build after running it (precompiledValidators.ts). */
export const PRECOMPILED_VALIDATORS_CACHE_FILE = 'validators.generated.v8cache';
