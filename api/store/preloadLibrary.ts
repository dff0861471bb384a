/**
 * Loads the bundled library into the store at every start (so an upgrade brings its library):
 * each scenarios/library/*.json as a read-only scenario, each floorplans/library/*.geojson as a
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

export async function preloadLibrary(scenarios: ScenarioStore, floorplans: FloorPlanStore): Promise<{ scenarios: number; floorplans: number }> {
  const root = packageRoot();
  const planDir = join(root, 'floorplans', 'library');
  const planFiles = readdirSync(planDir).filter((f) => f.endsWith('.geojson'));
  for (const f of planFiles) {
    const text = readFileSync(join(planDir, f), 'utf8');
    floorplans.put(floorPlanSummary(f.replace(/\.geojson$/, ''), 'library', loadFloorPlan(JSON.parse(text) as unknown)), text);
  }
  const scenarioDir = join(root, 'scenarios', 'library');
  const scenarioFiles = readdirSync(scenarioDir).filter((f) => f.endsWith('.json'));
  for (const f of scenarioFiles) {
    const id = f.replace(/\.json$/, '');
    const resolved = await loadScenario(`library:${id}`, fileResolver(root), root);
    scenarios.put(scenarioSummary(id, 'library', resolved), JSON.parse(readFileSync(join(scenarioDir, f), 'utf8')) as unknown);
  }
  return { scenarios: scenarioFiles.length, floorplans: planFiles.length };
}
