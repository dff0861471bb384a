import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../../engine/inputError.js';
import { deepMerge, loadScenario } from '../../../scenarios/loadScenario.js';

const dir = 'tests/fixtures/scenarios/loader';

describe('loading scenarios', () => {
  it('extends a base scenario: own fields win, the rest is inherited', async () => {
    const { scenario, floorplanFile } = await loadScenario(`${dir}/variant.json`);
    expect(scenario.name).toBe('variant');
    expect(scenario.replications).toBe(20);
    expect(scenario.seed).toBe(7);
    expect(floorplanFile).toBe(resolve('floorplans/library/kita-current.geojson'));
  });

  it('resolves relative paths against the file that names them, through several levels', async () => {
    const { scenario, floorplanFile } = await loadScenario(`${dir}/sub/deeper.json`);
    expect(scenario.name).toBe('deeper');
    expect(floorplanFile).toBe(resolve('floorplans/library/kita-current.geojson'));
  });

  it('refuses an extends cycle with a clear error instead of looping', async () => {
    await expect(loadScenario(`${dir}/cycle-a.json`)).rejects.toThrow(/extends.*at most 8 levels/s);
  });

  it('names a missing base file, a non-object document and bad fields', async () => {
    await expect(loadScenario(`${dir}/missing-base.json`)).rejects.toThrow(/cannot read .*missing\.json/);
    await expect(loadScenario(`${dir}/array.json`)).rejects.toThrow(/expected a JSON object, got an array/);
    const err = await loadScenario(`${dir}/bad-fields.json`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    const paths = (err as InputError).issues.map((i) => i.path).sort();
    expect(paths).toEqual(['color', 'seed']);
  });

  it('deep-merges objects and replaces arrays and scalars', () => {
    expect(deepMerge({ a: { b: 1, c: [1, 2] }, d: 1 }, { a: { c: [3] }, d: 2 })).toEqual({ a: { b: 1, c: [3] }, d: 2 });
  });
});
