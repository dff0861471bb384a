/**
 * Writes the city study's ward files: scenarios/library/wards/** (parts and option scenarios) and
 * floorplans/library/wards/*.geojson (the generated plans, validated first), from the 北区 parts
 * and scenarios/library/wards/sapporo-wards.json.
 *
 *   npx tsx scenarios/study/city/writeWardLibrary.ts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues } from '../../../engine/inputError.js';
import { floorPlanToWgs84, validateFloorPlan } from '../../../floorplans/index.js';
import { buildWardPlan } from '../../../floorplans/library/generate/buildWardPlan.js';
import { formatPlanFile } from '../../../floorplans/library/generate/generateKitaPlans.js';
import { packageRoot } from '../../load/packageRoot.js';
import type { VisitorPart } from '../../visitors/visitorSchema.js';
import type { WorkplacePart } from '../../workplace/workplaceSchema.js';
import { validateWardFacts } from './wardFacts.js';
import { buildWardLibrary } from './wardLibrary.js';

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

/** Every ward file as it should be on disk: path relative to the package root → text. */
export function wardLibraryFiles(root = packageRoot()): Record<string, string> {
  const lib = join(root, 'scenarios', 'library');
  const facts = validateWardFacts(readJson(join(lib, 'wards', 'sapporo-wards.json')), 'sapporo-wards.json');
  const base = {
    visitors: readJson(join(lib, 'parts', 'kita-visitors-peak.json')) as VisitorPart,
    office: readJson(join(lib, 'parts', 'kita-office.json')) as WorkplacePart,
  };
  const built = buildWardLibrary(facts, base);
  const out: Record<string, string> = {};
  for (const [path, doc] of Object.entries(built.documents))
    out[`scenarios/library/wards/${path}`] = `${JSON.stringify(doc, null, 2)}\n`;
  for (const [file, spec] of Object.entries(built.plans)) {
    const doc = floorPlanToWgs84(buildWardPlan(spec).toGeoJson(), spec.origin);
    const { issues } = validateFloorPlan(doc);
    if (issues.length > 0) throw new Error(`${file}:\n${formatIssues(issues)}`);
    out[`floorplans/library/wards/${file}`] = formatPlanFile(doc);
  }
  return out;
}

function main(): void {
  const root = packageRoot();
  for (const [path, text] of Object.entries(wardLibraryFiles(root))) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
    process.stdout.write(`wrote ${path}\n`);
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
