/**
 * `wardsim floorplan check | show | import`: validate a plan and print its area table, draw it
 * as SVG, or convert a DXF drawing. Parsing and presentation only; the work is in the study layer.
 */
import { intFlag, langFlag, outFlag, parseCommandArgs, positionals, UsageError, usageLine } from '../flags.js';
import type { CommandIo } from '../io.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim floorplan <check|show|import> [options]

  check  <plan.geojson> [--json] [--demand demand.json] [--staff staff.json] [--lang ja|en]
         Validate a plan and print its zones, areas and capacities.
  show   <plan.geojson> [--out plan.svg] [--level N]
         Draw the plan (or one level) as SVG.
  import <plan.dxf> --layers map.json [--out plan.geojson]
         Convert closed polylines on mapped DXF layers into a plan.

Run 'wardsim floorplan <sub-command> --help' for details. Format: docs/floorplans.md.
`;

const CHECK_HELP = `Usage: wardsim floorplan check <plan.geojson> [--json] [--demand demand.json] [--staff staff.json] [--lang ja|en]

Validates the plan (geometry, overlaps, outline, doors, security lines, public reach from the
entrance, counter departments with offices) and prints one line per problem naming the feature
(exit 2), or the area table (exit 0).

  --json            Print the result as JSON (kind "floorplan-check": issues, zones, totals, checks).
  --demand FILE     Space demand JSON (waitingSeatsP95, counterPositionsByDepartment, desksByZone,
                    desksByDepartment, booths1p, boothsGroup, meetingRoomsBySize, consultationRooms,
                    consultationBooths, focusSeats): adds the surplus/deficit table.
  --staff FILE      Staff by rank JSON (executive, director, sectionChief, deputy, subsectionChief,
                    general): adds the office-area standards cross-check.
  --lang ja|en      Language of the tables (default en).
  -h, --help        This help.
`;

const SHOW_HELP = `Usage: wardsim floorplan show <plan.geojson> [--out plan.svg] [--level N]

Draws the plan as SVG: zones coloured by kind and labelled, doors (green public, orange staff),
security lines dashed red. Without --out the SVG goes to standard output.

  --out FILE   Where to write the SVG (atomically; never over the plan itself).
  --level N    Only this level (1 = 1F); default every level.
  -h, --help   This help.
`;

const IMPORT_HELP = `Usage: wardsim floorplan import <plan.dxf> --layers map.json [--out plan.geojson]

Converts a DXF drawing into a plan in local metres. The layer map says which layer holds which
kind of feature, its level and department, and the drawing units (docs/floorplans.md).
Problems found by validating the result are printed as notes.

  --layers FILE  Layer map JSON (required).
  --out FILE     Where to write the GeoJSON (atomically; never over an input); default standard output.
  -h, --help     This help.
`;

/** The floor-plan studies and a resolver of files under `cwd`, imported once the arguments are parsed. */
async function studies(cwd: string) {
  const [floorplanStudies, { fileResolver }] = await Promise.all([
    import('../../scenarios/study/floorplanStudies.js'),
    import('../../scenarios/load/resolver.js'),
  ]);
  return { ...floorplanStudies, resolver: fileResolver(cwd) };
}

async function check(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { json: { type: 'boolean' }, demand: { type: 'string' }, staff: { type: 'string' }, lang: { type: 'string' } },
    CHECK_HELP,
    io,
  );
  if (parsed === null) return 0;
  const [file] = positionals(parsed, 'plan file', CHECK_HELP);
  const lang = langFlag(parsed.values);
  const str = (k: string) => (typeof parsed.values[k] === 'string' ? (parsed.values[k] as string) : undefined);
  const { checkFloorPlan, resolver } = await studies(io.cwd);
  const result = await checkFloorPlan(file, { demand: str('demand'), staff: str('staff') }, resolver);
  if (parsed.values.json === true) io.stdout.write(jsonText(result));
  else {
    const { renderFloorPlanCheck } = await import('../../viz/text/renderFloorPlanCheck.js');
    (result.ok ? io.stdout : io.stderr).write(`${renderFloorPlanCheck(result, file, lang)}\n`);
  }
  return result.ok ? 0 : 2;
}

async function show(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { out: { type: 'string', short: 'o' }, level: { type: 'string' } },
    SHOW_HELP,
    io,
  );
  if (parsed === null) return 0;
  const [file] = positionals(parsed, 'plan file', SHOW_HELP);
  const level = intFlag(parsed.values, 'level', -10, 100);
  const out = outFlag(parsed.values);
  if (out !== undefined) refuseOverwritingInputs(out, [file], io);
  const { readFloorPlanForDrawing, resolver } = await studies(io.cwd);
  const { plan, problems } = await readFloorPlanForDrawing(file, level, resolver);
  if (problems > 0)
    io.stderr.write(
      `note: ${problems} problem(s) in ${file}; drawing anyway (run 'wardsim floorplan check ${file}')\n`,
    );
  const { renderFloorPlanSvg } = await import('../../viz/floorPlanSvg.js');
  await emit(renderFloorPlanSvg(plan, level === undefined ? {} : { level }), io, out, [file]);
  return 0;
}

async function importCommand(args: string[], io: CommandIo): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { layers: { type: 'string' }, out: { type: 'string', short: 'o' } },
    IMPORT_HELP,
    io,
  );
  if (parsed === null) return 0;
  const [file] = positionals(parsed, 'DXF file', IMPORT_HELP);
  const layers = parsed.values.layers;
  if (typeof layers !== 'string') throw new UsageError('expected --layers map.json', usageLine(IMPORT_HELP));
  const out = outFlag(parsed.values);
  if (out !== undefined) refuseOverwritingInputs(out, [file, layers], io);
  const { importFloorPlan, resolver } = await studies(io.cwd);
  const result = await importFloorPlan(file, layers, resolver);
  await emit(JSON.stringify(result.plan, null, 1), io, out, [file, layers]);
  const skipped = Object.entries(result.skippedByLayer);
  if (skipped.length > 0)
    io.stderr.write(`skipped unmapped layers: ${skipped.map(([l, n]) => `${l} (${n})`).join(', ')}\n`);
  if (result.notes.length > 0)
    io.stderr.write(`${result.notes.map((i) => `note: ${i.path || '(root)'}: ${i.message} [${i.code}]`).join('\n')}\n`);
  io.stderr.write(`imported ${result.plan.features.length} features from ${file}\n`);
  return 0;
}

export const floorplan: Command = {
  async run(args, io) {
    const [sub, ...rest] = args;
    switch (sub) {
      case 'check':
        return check(rest, io);
      case 'show':
        return show(rest, io);
      case 'import':
        return importCommand(rest, io);
      case '--help':
      case '-h':
      case 'help':
        io.stdout.write(HELP);
        return 0;
      case undefined:
        io.stderr.write(HELP);
        return 2;
      default:
        throw new UsageError(
          `unknown floorplan sub-command ${JSON.stringify(sub)} (check, show or import)`,
          usageLine(HELP),
        );
    }
  },
};
