/**
 * Loads the bundled library into the store at every start (so an upgrade brings its library):
 * each scenario of scenarios/library and scenarios/library/wards (the ten wards and their options)
 * as a read-only scenario, each floorplans/library/*.geojson as a
 * read-only plan. Library documents are resolved from the files themselves (library:<id>).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadFloorPlan } from '../../floorplans/index.js';
import { fileResolver, loadScenario } from '../../scenarios/study/index.js';
import { packageRoot } from '../../scenarios/load/packageRoot.js';
import type { FloorPlanStore } from './floorplanStore.js';
import type { ScenarioStore } from './scenarioStore.js';
import { floorPlanSummary, scenarioSummary } from './summaries.js';

export async function preloadLibrary(
  scenarios: ScenarioStore,
  floorplans: FloorPlanStore,
): Promise<{ scenarios: number; floorplans: number }> {
  const root = packageRoot();
  const planDir = join(root, 'floorplans', 'library');
  const planFiles = readdirSync(planDir).filter((f) => f.endsWith('.geojson'));
  for (const f of planFiles) {
    const text = readFileSync(join(planDir, f), 'utf8');
    floorplans.put(
      floorPlanSummary(f.replace(/\.geojson$/, ''), 'library', loadFloorPlan(JSON.parse(text) as unknown)),
      text,
    );
  }
  let count = 0;
  for (const dir of [join(root, 'scenarios', 'library'), join(root, 'scenarios', 'library', 'wards')]) {
    for (const f of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
      const doc = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>;
      if (!runnable(doc)) continue;
      const id = f.replace(/\.json$/, '');
      const resolved = await loadScenario(`library:${id}`, fileResolver(root), root);
      scenarios.put(scenarioSummary(id, 'library', resolved), doc);
      count++;
    }
  }
  return { scenarios: count, floorplans: planFiles.length };
}

/**
 * Scenarios the API runs: with a part of their own or from the file they extend. A city-study
 * file (cityStudy, run by `wardsim study`) and the ward-facts table are not scenarios to run.
 */
function runnable(doc: Record<string, unknown>): boolean {
  return (
    doc.cityStudy === undefined &&
    (doc.visitors !== undefined || doc.workplace !== undefined || doc.extends !== undefined)
  );
}
