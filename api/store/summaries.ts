/** Summaries of scenarios and plans for listings, from their validated forms. */
import type { ResolvedScenario } from '../../scenarios/study/index.js';
import type { FloorPlan } from '../../floorplans/index.js';
import { planGrossAreaM2 } from '../../floorplans/index.js';
import type { FloorPlanSummary } from './floorplanStore.js';
import type { ScenarioSummary } from './scenarioStore.js';

/** `library:floorplans/x` or `store:floorplans/x` for a plan URI the resolver gave. */
export function planReference(uri: string | undefined): string | null {
  if (uri === undefined) return null;
  const lib = /\/floorplans\/library\/([^/]+)\.geojson$/.exec(uri);
  if (lib) return `library:floorplans/${lib[1]}`;
  return uri.startsWith('store:') ? uri : null;
}

export function scenarioSummary(id: string, source: 'library' | 'user', r: ResolvedScenario): ScenarioSummary {
  const s = r.scenario;
  return {
    id,
    name: s.name,
    nameJa: s.nameJa ?? s.name,
    description: s.description ?? null,
    source,
    parts: (['visitors', 'workplace'] as const).filter((p) => s[p] !== undefined),
    floorplan: planReference(r.plan?.uri),
    variants: s.variants?.length ?? 0,
    readOnly: source === 'library',
  };
}

export function floorPlanSummary(id: string, source: 'library' | 'user', plan: FloorPlan): FloorPlanSummary {
  return {
    id,
    name: plan.name ?? plan.nameJa ?? id,
    nameJa: plan.nameJa ?? plan.name ?? id,
    source,
    levels: plan.levels,
    grossAreaM2: planGrossAreaM2(plan),
    zones: plan.zones.length,
    readOnly: source === 'library',
  };
}
