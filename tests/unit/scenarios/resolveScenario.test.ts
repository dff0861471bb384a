import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/inputError.js';
import { deepMerge } from '../../../scenarios/load/deepMerge.js';
import { fileResolver, memoryResolver } from '../../../scenarios/load/resolver.js';
import { resolveScenarioValue } from '../../../scenarios/load/resolveScenario.js';
import { loadScenario, userReference } from '../../../scenarios/study/index.js';

const dir = 'tests/fixtures/scenarios/loader';
const planUri = pathToFileURL(resolve('floorplans/library/kita-current.geojson')).href;

describe('resolving scenarios', () => {
  it('extends a base scenario: own fields win, the rest is inherited', async () => {
    const { scenario, plan } = await loadScenario(`${dir}/variant.json`);
    expect(scenario.name).toBe('variant');
    expect(scenario.replications).toBe(20);
    expect(scenario.seed).toBe(7);
    expect(plan?.uri).toBe(planUri);
  });

  it('resolves relative paths against the file that names them, through several levels', async () => {
    const { scenario, plan } = await loadScenario(`${dir}/sub/deeper.json`);
    expect(scenario.name).toBe('deeper');
    expect(plan?.uri).toBe(planUri);
  });

  it('refuses an extends cycle with a clear error instead of looping', async () => {
    await expect(loadScenario(`${dir}/cycle-a.json`)).rejects.toThrow(/extends.*at most 8 levels/s);
  });

  it('names a missing base file, a non-object document and bad fields', async () => {
    await expect(loadScenario(`${dir}/missing-base.json`)).rejects.toThrow(/no such file .*missing\.json/);
    await expect(loadScenario(`${dir}/array.json`)).rejects.toThrow(/expected a JSON object, got an array/);
    const err = await loadScenario(`${dir}/bad-fields.json`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const issues = (err as InputError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(['color', 'seed']);
    expect(new Set(issues.map((i) => i.code))).toEqual(new Set(['WSM_SCENARIO_INVALID']));
  });

  it('deep-merges objects and replaces arrays and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: 2 })).toEqual({ a: { b: 1, c: [3] }, d: 2 });
  });

  it('finds a bundled scenario by its library id, from any folder', async () => {
    expect(userReference('sapporo-kita-peak', '/tmp')).toBe('library:sapporo-kita-peak');
    const { scenario } = await loadScenario('sapporo-kita-peak', fileResolver('/tmp'), '/tmp');
    expect(scenario.id).toBe('sapporo-kita-peak');
  });

  it('reads a scenario held in memory that extends a library one, and refuses relative references there', async () => {
    const resolver = memoryResolver(new Map());
    const r = await resolveScenarioValue(
      { extends: 'library:sapporo-kita-peak', name: 'mine', visitors: { levers: { callback: { share: 0.3 } } } },
      'memory:mine',
      resolver,
    );
    expect(r.scenario.name).toBe('mine');
    expect((r.scenario.visitors as { levers: { callback: { share: number } } }).levers.callback.share).toBe(0.3);
    await expect(resolveScenarioValue({ extends: 'base.json', name: 'x' }, 'memory:x', resolver)).rejects.toThrow(
      /library: reference/,
    );
  });

  it('refuses prototype keys anywhere instead of letting them change the run', async () => {
    const doc = JSON.parse('{"extends":"library:sapporo-kita-peak","__proto__":{"replications":3}}') as unknown;
    const err = await resolveScenarioValue(doc, 'memory:p', memoryResolver(new Map())).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).issues[0]).toMatchObject({ path: '__proto__', code: 'WSM_KEY_RESERVED' });
  });

  it('does not echo the content of a broken referenced file', async () => {
    const resolver = memoryResolver(new Map([['broken', 'secret-password-line\n{']]));
    const err = await resolveScenarioValue({ extends: 'memory:broken', name: 'x' }, 'memory:x', resolver).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).message).not.toContain('secret');
    expect((err as InputError).issues[0].code).toBe('WSM_JSON_INVALID');
  });
});
