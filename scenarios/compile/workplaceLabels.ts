/**
 * Names of the workplace's departments, zones and spaces in both languages. A linked plan's
 * zones are named by the plan (in English after their department when the plan names them only
 * in Japanese); zones the scenario keeps, spaces and departments by the scenario.
 */
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import type { WorkplacePart } from '../workplace/workplaceSchema.js';
import type { CompiledPlan } from './compilePlan.js';

export interface Name {
  name: string;
  nameJa: string;
}

export interface Labels {
  departments: Record<string, Name>;
  zones: Record<string, Name>;
  spaces: Record<string, Name>;
}

const named = (id: string, name: string | undefined, nameJa: string | undefined): Name => ({
  name: name ?? nameJa ?? id,
  nameJa: nameJa ?? name ?? id,
});

export function workplaceLabels(part: WorkplacePart, model: WorkplaceModel, plan: CompiledPlan | undefined): Labels {
  const departments = Object.fromEntries(part.departments.map((d) => [d.id, named(d.id, d.name, d.nameJa)]));
  const zones: Record<string, Name> = Object.fromEntries(part.zones.map((z) => [z.id, named(z.id, z.name, z.nameJa)]));
  const spaces = Object.fromEntries((part.spaces ?? []).map((s) => [s.id, named(s.id, s.name, s.nameJa)]));
  for (const z of plan?.drawing.zones ?? []) {
    if (!model.zones.some((m) => m.id === z.id)) continue;
    const dept = model.departments.find((d) => d.zone === z.id);
    const english =
      z.name !== z.nameJa || dept === undefined
        ? z.name
        : `${departments[dept.id]?.name ?? dept.id} office (${z.level}F)`;
    zones[z.id] = { name: english, nameJa: z.nameJa };
  }
  // A scenario zone kept beside a plan's zones carries "-scenario".
  for (const z of model.zones)
    zones[z.id] ??= zones[z.id.replace(/-scenario$/, '')] ?? named(z.id, undefined, undefined);
  return { departments, zones, spaces };
}
