/**
 * `wardsim floorplan check | show | import`: validate a plan and print its area table, draw it
 * as SVG, or convert a DXF drawing. Thin: parsing and presentation only; the work is in
 * floorplans/.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { InputError, formatIssues, type InputIssue } from '../../engine/inputError.js';
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
  type SpaceCheckRow,
  type ZoneAreaRow,
} from '../../floorplans/index.js';
import { validateWith } from '../../floorplans/validateWith.js';
import { intFlag, MAX_INPUT_BYTES, parseCommandArgs, readJsonFile, UsageError } from '../cliArgs.js';
import type { Command } from './command.js';
import { renderFloorPlanSvg } from '../../viz/floorPlanSvg.js';

const HELP = `Usage: wardsim floorplan <check|show|import> [options]

  check  <plan.geojson> [--json] [--demand demand.json] [--staff staff.json]
         Validate a plan and print its zones, areas and capacities.
  show   <plan.geojson> [--out plan.svg] [--level N]
         Draw the plan (or one level) as SVG.
  import <plan.dxf> --layers map.json [--out plan.geojson]
         Convert closed polylines on mapped DXF layers into a plan.

Run 'wardsim floorplan <sub-command> --help' for details. Format: docs/floorplans.md.
`;

const CHECK_HELP = `Usage: wardsim floorplan check <plan.geojson> [--json] [--demand demand.json] [--staff staff.json]

Validates the plan (geometry, overlaps, outline, doors, security lines, public reach from the
entrance, counter departments with offices) and prints one line per problem naming the feature
(exit 2), or the area table (exit 0).

  --json            Print the result as JSON (issues, zones, totals, checks).
  --demand FILE     Space demand JSON (waitingSeatsP95, counterPositionsByDepartment, desksByZone,
                    desksByDepartment, booths1p, boothsGroup, meetingRoomsBySize, consultationRooms,
                    consultationBooths, focusSeats): adds the surplus/deficit table.
  --staff FILE      Staff by rank JSON (executive, director, sectionChief, deputy, subsectionChief,
                    general): adds the office-area standards cross-check.
`;

const SHOW_HELP = `Usage: wardsim floorplan show <plan.geojson> [--out plan.svg] [--level N]

Draws the plan as SVG: zones coloured by kind and labelled, doors (green public, orange staff),
security lines dashed red. Without --out the SVG goes to standard output.

  --out FILE   Where to write the SVG.
  --level N    Only this level (1 = 1F); default every level.
`;

const IMPORT_HELP = `Usage: wardsim floorplan import <plan.dxf> --layers map.json [--out plan.geojson]

Converts a DXF drawing into a plan in local metres. The layer map says which layer holds which
kind of feature, its level and department, and the drawing units (docs/floorplans.md).
Problems found by validating the result are printed as notes.

  --layers FILE  Layer map JSON (required).
  --out FILE     Where to write the GeoJSON; default standard output.
`;

const fmt = (n: number, digits = 1) => n.toFixed(digits);

function pad(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => [...r[c]].length)));
  return rows.map((r) => r.map((cell, c) => (c === 4 ? cell.padStart(widths[c]) : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

function capacityText(row: ZoneAreaRow): string {
  const c = row.capacity;
  const parts: string[] = [];
  const add = (label: string, key: 'seats' | 'desks' | 'counterPositions' | 'booths' | 'capacityPersons') => {
    const v = c[key];
    if (v !== undefined) parts.push(`${label} ${v}${c.derived.includes(key) ? '*' : ''}`);
  };
  add('seats', 'seats');
  add('desks', 'desks');
  add('positions', 'counterPositions');
  add('booths', 'booths');
  add('persons', 'capacityPersons');
  return parts.join(', ');
}

function zoneTable(rows: ZoneAreaRow[]): string {
  const header = ['level', 'id', 'kind', 'department', 'area m²', 'capacity'];
  const body = [...rows]
    .sort((a, b) => a.level - b.level)
    .map((r) => [`${r.level}F`, r.id, r.kind, r.department ?? '', fmt(r.areaM2), capacityText(r)]);
  return pad([header, ...body]);
}

function demandTable(rows: SpaceCheckRow[]): string {
  const header = ['item', 'scope', 'need', 'have', 'need m²', 'plan m²', 'surplus m²', 'status'];
  return pad([header, ...rows.map((r) => [r.item, r.scope, String(r.demandUnits), String(r.planUnits), fmt(r.needM2), fmt(r.planM2), fmt(r.surplusM2), r.status])]);
}

function requireOne(positionals: string[], what: string, help: string): string {
  if (positionals.length !== 1) throw new UsageError(`expected one ${what}, got ${positionals.length}\n\n${help}`);
  return positionals[0];
}

async function check(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: 'boolean' }, demand: { type: 'string' }, staff: { type: 'string' } }, CHECK_HELP);
  if (parsed === null) return 0;
  const file = requireOne(parsed.positionals, 'plan file', CHECK_HELP);
  const { plan, issues } = validateFloorPlan(await readJsonFile(file));
  const demand = typeof parsed.values.demand === 'string' ? validateWith(SpaceDemand, await readJsonFile(parsed.values.demand), 'space demand') : undefined;
  const staff = typeof parsed.values.staff === 'string' ? validateWith(StaffByRank, await readJsonFile(parsed.values.staff), 'staff by rank') : undefined;
  const zones = zoneAreaTable(plan);
  const grossAreaM2 = planGrossAreaM2(plan);
  const spaceCheck = demand === undefined ? undefined : checkSpaceDemand(plan, demand);
  const officeStandards = staff === undefined ? undefined : compareOfficeAreaStandards(plan, staff);
  if (parsed.values.json === true) {
    const result = { ok: issues.length === 0, issues, name: plan.nameJa ?? plan.name ?? null, crs: plan.crs, levels: plan.levels, grossAreaM2, zones, spaceCheck, officeStandards };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return issues.length === 0 ? 0 : 2;
  }
  if (issues.length > 0) {
    process.stderr.write(`${formatIssues(issues)}\n${file}: ${issues.length} problem${issues.length > 1 ? 's' : ''}\n`);
    return 2;
  }
  const out: string[] = [`${plan.nameJa ?? plan.name ?? file}: ok (${plan.crs}, levels ${plan.levels.join(', ')})`, '', zoneTable(zones), ''];
  for (const level of plan.levels) {
    const onLevel = zones.filter((z) => z.level === level);
    const sum = (pred: (z: ZoneAreaRow) => boolean) => onLevel.filter(pred).reduce((s, z) => s + z.areaM2, 0);
    const verticalM2 = plan.verticals.filter((v) => v.levels.includes(level)).reduce((s, v) => s + polygonAreaM2(v.polygon), 0);
    out.push(
      `${level}F: zones ${fmt(sum(() => true))} m² (public ${fmt(sum((z) => z.access === 'public'))}, staff ${fmt(sum((z) => z.access === 'staff'))}) + stairs/lifts ${fmt(verticalM2)} m²`,
    );
  }
  out.push(`gross floor area (outlines × levels): ${fmt(grossAreaM2)} m²`, '* derived from area by the space standards (docs/floorplans.md)');
  if (spaceCheck !== undefined) out.push('', demandTable(spaceCheck));
  if (officeStandards !== undefined) {
    const o = officeStandards;
    out.push(
      '',
      `office-area standards for ${o.somu.staff} staff (${o.somu.convertedStaff} converted, 総務省 factors):`,
      `  総務省 former standard: ${fmt(o.somu.totalM2)} m² (plan is ${fmt(100 * o.planToSomu)} %)`,
      `  MLIT standard [U]:      ${fmt(o.mlit.totalM2)} m² (plan is ${fmt(100 * o.planToMlit)} %)`,
      `  plan: ${fmt(o.planM2PerStaff)} m² per staff (city halls: 25–35 m²/staff, research §1.3)`,
    );
  }
  process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

async function show(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { out: { type: 'string', short: 'o' }, level: { type: 'string' } }, SHOW_HELP);
  if (parsed === null) return 0;
  const file = requireOne(parsed.positionals, 'plan file', SHOW_HELP);
  const level = intFlag(parsed.values, 'level', -10, 100);
  const { plan, issues } = validateFloorPlan(await readJsonFile(file));
  if (issues.some((i) => i.path === '')) throw new InputError(issues, 'floor plan');
  if (level !== undefined && !plan.levels.includes(level)) {
    throw new InputError([{ path: '--level', message: `expected one of the plan's levels (${plan.levels.join(', ')}), got ${level}` }]);
  }
  if (issues.length > 0) process.stderr.write(`note: ${issues.length} problem(s) in ${file}; drawing anyway (run 'wardsim floorplan check ${file}')\n`);
  const svg = renderFloorPlanSvg(plan, level === undefined ? {} : { level });
  if (typeof parsed.values.out === 'string') await writeFile(parsed.values.out, svg);
  else process.stdout.write(svg);
  return 0;
}

async function importCommand(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { layers: { type: 'string' }, out: { type: 'string', short: 'o' } }, IMPORT_HELP);
  if (parsed === null) return 0;
  const file = requireOne(parsed.positionals, 'DXF file', IMPORT_HELP);
  if (typeof parsed.values.layers !== 'string') throw new UsageError(`expected --layers map.json\n\n${IMPORT_HELP}`);
  const layerMap = await readJsonFile(parsed.values.layers);
  let text: string;
  try {
    const buf = await readFile(file);
    if (buf.byteLength > MAX_INPUT_BYTES) throw new InputError([{ path: file, message: `file is ${buf.byteLength} bytes, the limit is ${MAX_INPUT_BYTES}` }]);
    text = buf.toString('utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    throw new InputError([{ path: file, message: `cannot read file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` }]);
  }
  const result = importDxf(text, layerMap);
  const notes: InputIssue[] = [...result.warnings, ...validateFloorPlan(result.plan).issues];
  const json = `${JSON.stringify(result.plan, null, 1)}\n`;
  if (typeof parsed.values.out === 'string') await writeFile(parsed.values.out, json);
  else process.stdout.write(json);
  const skipped = Object.entries(result.skippedByLayer);
  if (skipped.length > 0) process.stderr.write(`skipped unmapped layers: ${skipped.map(([l, n]) => `${l} (${n})`).join(', ')}\n`);
  if (notes.length > 0) process.stderr.write(`${notes.map((i) => `note: ${i.path || '(root)'}: ${i.message}`).join('\n')}\n`);
  process.stderr.write(`imported ${result.plan.features.length} features from ${file}\n`);
  return 0;
}

export const floorplan: Command = {
  summary: 'check, draw (SVG) and import (DXF) floor plans',
  async run(args: string[]): Promise<number> {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'check':
        return check(rest);
      case 'show':
        return show(rest);
      case 'import':
        return importCommand(rest);
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(HELP);
        return 0;
      case undefined:
        process.stderr.write(HELP);
        return 2;
      default:
        throw new UsageError(`unknown floorplan sub-command ${JSON.stringify(sub)}\n\n${HELP}`);
    }
  },
};
