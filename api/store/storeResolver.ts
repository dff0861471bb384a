/**
 * The resolver of documents the API holds: `store:<id>` names a user scenario, `store:floorplans/<id>`
 * a stored plan; `library:` references go to the bundled library files. A stored document is not a
 * file, so a relative reference inside it is refused (scenarios/load/resolver.ts).
 */
import { InputError } from '../../engine/inputError.js';
import { fileResolver, type ScenarioResolver } from '../../scenarios/study/index.js';
import type { FloorPlanStore } from './floorplanStore.js';
import type { ScenarioStore } from './scenarioStore.js';

export const STORE_PREFIX = 'store:';

export function storeResolver(scenarios: ScenarioStore, floorplans: FloorPlanStore): ScenarioResolver {
  // A client names no server file: only the library is readable besides the store.
  const files = fileResolver({ userFiles: false });
  return {
    locate: (ref, fromUri, path) => (ref.startsWith(STORE_PREFIX) ? ref : files.locate(ref, fromUri, path)),
    async read(ref, fromUri, path) {
      if (!ref.startsWith(STORE_PREFIX)) return files.read(ref, fromUri, path);
      const name = ref.slice(STORE_PREFIX.length);
      const text = name.startsWith('floorplans/')
        ? floorplans.geojsonText(name.slice('floorplans/'.length))
        : scenarios.documentText(name);
      if (text === undefined)
        throw new InputError(
          [
            {
              path,
              message: `expected a stored ${name.startsWith('floorplans/') ? 'floor plan' : 'scenario'}, got no ${JSON.stringify(ref)}`,
            },
          ],
          'WSM_REFERENCE_INVALID',
        );
      return { uri: ref, text };
    },
  };
}
