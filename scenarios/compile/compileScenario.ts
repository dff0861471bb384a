/**
 * From a resolved scenario to everything a study needs: the model inputs of its parts (visitor
 * day, workplace year), the compiled plan, the names of what is measured (for Japanese and
 * English output), and the scenario's inputHash — the hash of the fully resolved document with
 * each reference replaced by the content it stands for, so the same input on another machine
 * or through the API gets the same hash.
 */
import { ONE_STOP_ID } from '../../engine/models/visitors/compileVisitorModel.js';
import type { VisitorInput } from '../../engine/models/visitors/visitorInput.js';
import type { WorkplaceModel } from '../../engine/models/workplace/workplaceModel.js';
import { contentHash } from '../../engine/runner/contentHash.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import type { StaffByRankInput } from '../planInputs.js';
import type { Scenario } from '../scenarioSchema.js';
import { toVisitorInput } from '../visitors/toVisitorInput.js';
import type { VisitorPart } from '../visitors/visitorSchema.js';
import { buildWorkplaceModel, type PlanNote } from '../workplace/buildWorkplaceModel.js';
import type { WorkplacePart } from '../workplace/workplaceSchema.js';
import { compilePlan, type CompiledPlan, type CompilePlanOptions } from './compilePlan.js';
import { staffByRankOf } from './staffByRankOf.js';
import { visitorLabels, type VisitorLabels } from './visitorLabels.js';
import { workplaceLabels, type Labels } from './workplaceLabels.js';

export interface ScenarioIdentityData {
  id: string | null;
  name: string;
  nameJa: string;
  description: string | null;
}

export interface CompiledScenario {
  identity: ScenarioIdentityData;
  scenario: Scenario;
  plan?: CompiledPlan;
  visitors?: { input: VisitorInput; labels: VisitorLabels };
  workplace?: { model: WorkplaceModel; planNotes: PlanNote[]; labels: Labels };
  staffByRank?: { staff: StaffByRankInput; derived: boolean };
  /** Hash of the resolved scenario (plan included, file locations left out). */
  inputHash: string;
}

export function compileScenario(resolved: ResolvedScenario): CompiledScenario {
  const { scenario } = resolved;
  const departmentMap = scenario.floorplan?.departments ?? {};
  const visitorPart = scenario.visitors as VisitorPart | undefined;
  const workplacePart = scenario.workplace as WorkplacePart | undefined;
  const plan =
    resolved.plan === undefined
      ? undefined
      : compilePlanCached(resolved.plan.geojson, {
          visitorDepartments: [...(visitorPart?.departments.map((d) => d.id) ?? []), ONE_STOP_ID],
          departments: departmentMap,
        });

  const out: CompiledScenario = {
    identity: {
      id: scenario.id ?? null,
      name: scenario.name,
      nameJa: scenario.nameJa ?? scenario.name,
      description: scenario.description ?? null,
    },
    scenario,
    inputHash: scenarioHash(scenario, plan),
  };
  if (plan) out.plan = plan;
  if (visitorPart) {
    const input = toVisitorInput(visitorPart, plan?.walking);
    out.visitors = { input, labels: visitorLabels(visitorPart, input) };
  }
  if (workplacePart) {
    const { model, planNotes } = buildWorkplaceModel(workplacePart, plan?.workplace, departmentMap);
    out.workplace = { model, planNotes, labels: workplaceLabels(workplacePart, model, plan) };
  }
  const ranks = staffByRankOf(scenario);
  if (ranks) out.staffByRank = { staff: ranks.staff, derived: ranks.derived };
  return out;
}

/** Sweep cells and variants share a plan document: compile it once per set of departments. */
const planCache = new WeakMap<object, Map<string, CompiledPlan>>();

function compilePlanCached(geojson: unknown, options: CompilePlanOptions): CompiledPlan {
  if (typeof geojson !== 'object' || geojson === null) return compilePlan(geojson, options);
  const key = JSON.stringify([options.visitorDepartments, options.departments ?? {}]);
  let byOptions = planCache.get(geojson);
  if (byOptions === undefined) planCache.set(geojson, (byOptions = new Map()));
  let plan = byOptions.get(key);
  if (plan === undefined) byOptions.set(key, (plan = compilePlan(geojson, options)));
  return plan;
}

/** The scenario as it determines numbers: no file locations, no study blocks, the plan by its hash. */
export function scenarioHash(scenario: Scenario, plan: CompiledPlan | undefined): string {
  const doc: Record<string, unknown> = { ...scenario };
  delete doc.$schema;
  delete doc.variants;
  delete doc.sweep;
  if (scenario.floorplan)
    doc.floorplan = { departments: scenario.floorplan.departments ?? {}, planHash: plan?.planHash ?? null };
  return contentHash(doc);
}
