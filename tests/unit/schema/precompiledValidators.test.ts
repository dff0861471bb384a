/**
 * The validators the build precompiles (scripts/buildValidators.ts) judge every document as the
 * schemas compiled at run time do: the same verdict and the same errors, on the library and on
 * every bad scenario and model of the hardening corpus.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';
import { INPUT_AJV_OPTIONS, precompiledValidatorFiles } from '../../../engine/schema/ajvOptions.js';
import { loadValidatorsScript } from '../../../engine/schema/precompiledValidators.js';
import { buildValidators, PRECOMPILED_SCHEMAS, validatorsSource } from '../../../scripts/buildValidators.js';

// Loaded as CommonJS with this file's require (its `ajv/dist/runtime/…` come from node_modules).
const exportsOf: { byId?: Record<string, ValidateFunction> } = {};
new Function('require', 'exports', 'module', validatorsSource())(createRequire(import.meta.url), exportsOf, {
  exports: exportsOf,
});
const byId = exportsOf.byId ?? {};
const ajv = new Ajv(INPUT_AJV_OPTIONS);

const docs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
    .flatMap(({ name, text }) => {
      try {
        return [{ name, doc: JSON.parse(text) as unknown }];
      } catch {
        return []; // not JSON: refused before any schema sees it
      }
    });

const shape = (errors: ErrorObject[] | null | undefined) =>
  (errors ?? []).map((e) => ({ ...e, schema: JSON.stringify(e.schema), parentSchema: JSON.stringify(e.parentSchema) }));

describe('precompiled input validators', () => {
  it('exist for every precompiled schema, by its $id', () => {
    const ids = PRECOMPILED_SCHEMAS.map((s) => (s as { $id: string }).$id);
    expect(Object.keys(byId).sort()).toEqual([...ids].sort());
  });

  const cases: [string, string[]][] = [
    [
      'urn:wardsim:schema:scenario',
      ['tests/hardening/corpus/scenario', 'scenarios/library', 'scenarios/library/wards'],
    ],
    ['urn:wardsim:schema:model', ['tests/hardening/corpus/model', 'examples']],
  ];
  for (const [id, dirs] of cases) {
    it(`give the verdict and errors of the compiled ${id.split(':').pop()} schema`, () => {
      const schema = PRECOMPILED_SCHEMAS.find((s) => (s as { $id: string }).$id === id);
      if (schema === undefined) throw new Error(`no schema ${id}`);
      const compiled = ajv.compile(schema);
      const all = dirs.flatMap(docs);
      expect(all.length).toBeGreaterThan(20);
      let refused = 0;
      for (const { name, doc } of all) {
        const ok = compiled(doc);
        expect(byId[id](doc), name).toBe(ok);
        expect(shape(byId[id].errors), name).toEqual(shape(compiled.errors));
        if (!ok) refused++;
      }
      expect(refused).toBeGreaterThan(10);
    });
  }

  it("load from the build with V8's code cache, which V8 accepts, and judge as without it", () => {
    // Inside the project, so that the generated code's require('ajv/dist/runtime/…') finds node_modules.
    mkdirSync(join('node_modules', '.cache'), { recursive: true });
    const dir = mkdtempSync(resolve('node_modules', '.cache', 'wardsim-validators-'));
    try {
      const id = 'urn:wardsim:schema:scenario';
      const built = buildValidators(dir, 'scenarios/library');
      expect(built.map((b) => b.id).sort()).toEqual(PRECOMPILED_SCHEMAS.map((s) => (s as { $id: string }).$id).sort());
      for (const b of built) expect(b.cacheBytes, b.id).toBeGreaterThan(10_000);
      const files = precompiledValidatorFiles(id);
      const cached = loadValidatorsScript(join(dir, files.code), join(dir, files.cache));
      const plain = loadValidatorsScript(join(dir, files.code), null);
      if (cached === null || plain === null) throw new Error('validators not written');
      expect(cached.cacheUsed).toBe(true);
      expect(plain.cacheUsed).toBe(false);
      // One schema per file: the scenario's file holds the scenario validator only.
      expect(Object.keys(cached.byId)).toEqual([id]);
      for (const { name, doc } of [...docs('tests/hardening/corpus/scenario'), ...docs('scenarios/library')]) {
        expect(cached.byId[id](doc), name).toBe(plain.byId[id](doc));
        expect(shape(cached.byId[id].errors), name).toEqual(shape(plain.byId[id].errors));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
