/**
 * The one set of Ajv options for input documents: every error (one line per problem), with the
 * failing schema and value (the messages quote them), discriminated unions for distributions.
 * The validators precompiled at build time (scripts/buildValidators.ts) use the same options.
 */
export const INPUT_AJV_OPTIONS = { allErrors: true, verbose: true, discriminator: true, strict: false } as const;

/**
 * File names of the precompiled validator of the schema `$id` (e.g. `urn:wardsim:schema:model` →
 * validators.model.generated.cjs) and of V8's compiled code of it, written by the build after
 * running it (precompiledValidators.ts), next to schemaValidator.js in the build. One file per
 * schema: `simulate` checks a small network model and should not load the scenario's 2 MB.
 */
export function precompiledValidatorFiles(id: string): { code: string; cache: string } {
  const name = id.slice(id.lastIndexOf(':') + 1);
  return { code: `validators.${name}.generated.cjs`, cache: `validators.${name}.generated.v8cache` };
}
