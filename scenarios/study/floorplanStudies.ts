/**
 * The floor-plan commands' work: check a plan (problems, zones, areas, the space-demand and
 * office-area cross-checks), read a plan for drawing, import a DXF drawing. Files come through
 * the resolver; nothing here writes or draws.
 */
import { ENGINE_VERSION } from '../../engine/version.js';
import { InputError, type CodedIssue } from '../../engine/inputError.js';
import { contentHash } from '../../engine/runner/contentHash.js';
import { FORMAT_VERSION } from '../../engine/results/index.js';
import {
  checkSpaceDemand,
  compareOfficeAreaStandards,
  importDxf,
  planGrossAreaM2,
  polygonAreaM2,
  SpaceDemand,
  StaffByRank,
  validateFloorPlan,
  zoneAreaTable,
  type FloorPlan,
  type FloorPlanGeoJson,
  type OfficeAreaComparison,
  type SpaceCheckRow,
  type ZoneAreaRow,
} from '../../floorplans/index.js';
import { validateWith } from '../../floorplans/validateWith.js';
import { parseJsonText } from '../load/parseJsonText.js';
import { displayUri, type ScenarioResolver } from '../load/resolver.js';

export interface FloorPlanCheckResult {
  kind: 'floorplan-check';
  formatVersion: typeof FORMAT_VERSION;
  engineVersion: string;
  inputHash: string;
  ok: boolean;
  issues: CodedIssue[];
  name: string | null;
  crs: string;
  levels: number[];
  grossAreaM2: number;
  zones: ZoneAreaRow[];
  levelAreas: { level: number; zonesM2: number; publicM2: number; staffM2: number; verticalM2: number }[];
  spaceCheck?: SpaceCheckRow[];
  officeStandards?: OfficeAreaComparison;
}

async function readJson(ref: string, path: string, resolver: ScenarioResolver): Promise<unknown> {
  const source = await resolver.read(ref, undefined, path);
  return parseJsonText(source.text, displayUri(source.uri));
}

export async function checkFloorPlan(
  ref: string,
  options: { demand?: string; staff?: string },
  resolver: ScenarioResolver,
): Promise<FloorPlanCheckResult> {
  const geojson = await readJson(ref, ref, resolver);
  const { plan, issues } = validateFloorPlan(geojson);
  const demand =
    options.demand === undefined
      ? undefined
      : validateWith(SpaceDemand, await readJson(options.demand, '--demand', resolver), 'WSM_DEMAND_INVALID');
  const staff =
    options.staff === undefined
      ? undefined
      : validateWith(StaffByRank, await readJson(options.staff, '--staff', resolver), 'WSM_DEMAND_INVALID');
  const zones = zoneAreaTable(plan);
  const coded = issues.map((i) => ({ code: i.code ?? 'WSM_PLAN_INVALID', path: i.path, message: i.message }));
  const result: FloorPlanCheckResult = {
    kind: 'floorplan-check',
    formatVersion: FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    inputHash: contentHash({ kind: 'floorplan-check', plan: geojson, demand: demand ?? null, staff: staff ?? null }),
    ok: issues.length === 0,
    issues: coded,
    name: plan.nameJa ?? plan.name ?? null,
    crs: plan.crs,
    levels: plan.levels,
    grossAreaM2: planGrossAreaM2(plan),
    zones,
    levelAreas: plan.levels.map((level) => {
      const on = zones.filter((z) => z.level === level);
      const sum = (pred: (z: ZoneAreaRow) => boolean) => on.filter(pred).reduce((s, z) => s + z.areaM2, 0);
      return {
        level,
        zonesM2: sum(() => true),
        publicM2: sum((z) => z.access === 'public'),
        staffM2: sum((z) => z.access === 'staff'),
        verticalM2: plan.verticals
          .filter((v) => v.levels.includes(level))
          .reduce((s, v) => s + polygonAreaM2(v.polygon), 0),
      };
    }),
  };
  if (demand) result.spaceCheck = checkSpaceDemand(plan, demand);
  if (staff) result.officeStandards = compareOfficeAreaStandards(plan, staff);
  return result;
}

/** A plan read for drawing: drawn even with problems (counted), unless it is not a plan at all. */
export async function readFloorPlanForDrawing(
  ref: string,
  level: number | undefined,
  resolver: ScenarioResolver,
): Promise<{ plan: FloorPlan; problems: number }> {
  const { plan, issues } = validateFloorPlan(await readJson(ref, ref, resolver));
  if (issues.some((i) => i.path === '')) throw new InputError(issues, 'WSM_PLAN_INVALID');
  if (level !== undefined && !plan.levels.includes(level)) {
    throw new InputError(
      [{ path: '--level', message: `expected one of the plan's levels (${plan.levels.join(', ')}), got ${level}` }],
      'WSM_FLAG_INVALID',
    );
  }
  return { plan, problems: issues.length };
}

export interface FloorPlanImport {
  plan: FloorPlanGeoJson;
  /** Import warnings and problems found by validating the result (not fatal). */
  notes: CodedIssue[];
  skippedByLayer: Record<string, number>;
}

export async function importFloorPlan(
  dxfRef: string,
  layersRef: string,
  resolver: ScenarioResolver,
): Promise<FloorPlanImport> {
  const layerMap = await readJson(layersRef, '--layers', resolver);
  const text = (await resolver.read(dxfRef, undefined, dxfRef)).text;
  const result = importDxf(text, layerMap);
  const notes = [...result.warnings, ...validateFloorPlan(result.plan).issues].map((i) => ({
    code: i.code ?? 'WSM_PLAN_INVALID',
    path: i.path,
    message: i.message,
  }));
  return { plan: result.plan, notes, skippedByLayer: result.skippedByLayer };
}
