/**
 * Loading what a study runs, by reference: a scenario file, a bundled library scenario (`library:id`,
 * or just its id), the variants a scenario lists (a network model file: loadNetworkModel.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { isPlainObject } from '../load/deepMerge.js';
import { resolveScenario, resolveVariant, type ResolvedScenario } from '../load/resolveScenario.js';
import { fileResolver, LIBRARY_PREFIX, libraryFile, type ScenarioResolver } from '../load/resolver.js';

/** `sapporo-kita-peak` → `library:sapporo-kita-peak` when no such file exists but the library has it. */
export function userReference(ref: string, cwd = process.cwd()): string {
  if (ref.startsWith(LIBRARY_PREFIX) || existsSync(resolve(cwd, ref))) return ref;
  if (/^[a-z0-9][a-z0-9-]*$/.test(ref) && existsSync(libraryFile(ref))) return `${LIBRARY_PREFIX}${ref}`;
  return ref;
}

export async function loadScenario(
  ref: string,
  resolver: ScenarioResolver = fileResolver(),
  cwd = process.cwd(),
): Promise<ResolvedScenario> {
  return resolveScenario(userReference(ref, cwd), resolver);
}

/**
 * The scenarios of a comparison: the files given; or, when one file is given, it and the variants
 * it lists (files named in `variants`, or changes merged over it like extends).
 */
export async function loadComparison(
  refs: readonly string[],
  resolver: ScenarioResolver = fileResolver(),
  cwd = process.cwd(),
): Promise<ResolvedScenario[]> {
  const out: ResolvedScenario[] = [];
  for (const ref of refs) out.push(await loadScenario(ref, resolver, cwd));
  if (refs.length === 1) {
    const base = out[0];
    for (const [i, v] of (base.scenario.variants ?? []).entries()) {
      if (typeof v === 'string') out.push(await resolveScenario(v, resolver, base.uri));
      else if (isPlainObject(v)) out.push(await resolveVariant(base, v, resolver, `variants[${i}]`));
    }
  }
  return out;
}
