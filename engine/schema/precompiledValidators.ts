/**
 * Loads the validators the build precompiled (scripts/buildValidators.ts) with V8's code cache.
 *
 * Why a cache: the generated code is about 2 MB; V8 parses it on load and compiles each
 * function on its first call, about 0.1 s of CPU before the first scenario is checked. The
 * build runs every validator over the library and then saves V8's compiled code beside the
 * file, so a command loads it ready (about 15 ms). V8 rejects a cache made by another V8 version
 * or for other source; the code is then compiled as usual, with the same results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Script } from 'node:vm';
import type { ValidateFunction } from 'ajv';

export interface LoadedValidators {
  byId: Record<string, ValidateFunction>;
  /** The script, whose createCachedData() the build saves once the validators have run. */
  script: Script;
  /** A cache was found and V8 took it. */
  cacheUsed: boolean;
}

/** `file`'s validators (CommonJS source), with `cacheFile`'s compiled code when it is usable. */
export function loadValidatorsScript(path: string, cacheFile: string | null): LoadedValidators | null {
  const file = resolve(path);
  if (!existsSync(file)) return null;
  const source = `(function (exports, require, module) {${readFileSync(file, 'utf8')}\n})`;
  const cachedData = cacheFile !== null && existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(source, { filename: file, cachedData });
  const module = { exports: {} as { byId?: Record<string, ValidateFunction> } };
  const run = script.runInThisContext() as (exports: object, require: NodeJS.Require, module: object) => void;
  run(module.exports, createRequire(file), module);
  if (module.exports.byId === undefined) throw new Error(`${file}: expected exports.byId`);
  return { byId: module.exports.byId, script, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}
