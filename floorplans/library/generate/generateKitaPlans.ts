/**
 * Writes the 札幌市北区役所 sample plans to floorplans/library/*.geojson: built in metres
 * (kitaCurrent.ts, kitaOptionA.ts, kitaOptionB.ts), placed at the ward office's approximate
 * location in WGS84 (RFC 7946, so they open in QGIS), and validated before writing.
 *
 *   npx tsx floorplans/library/generate/generateKitaPlans.ts
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues } from '../../../engine/inputError.js';
import { floorPlanToWgs84 } from '../../floorPlanToWgs84.js';
import type { FloorPlanGeoJson } from '../../floorPlanGeoJson.js';
import { validateFloorPlan } from '../../validateFloorPlan.js';
import { KITA_ORIGIN } from './kitaCommon.js';
import { buildKitaCurrent } from './kitaCurrent.js';
import { buildKitaOptionA } from './kitaOptionA.js';
import { buildKitaOptionB } from './kitaOptionB.js';

/** The three sample plans in WGS84, keyed by file name. */
export function kitaPlans(): Record<string, FloorPlanGeoJson> {
  return {
    'kita-current.geojson': floorPlanToWgs84(buildKitaCurrent().toGeoJson(), KITA_ORIGIN),
    'kita-option-a.geojson': floorPlanToWgs84(buildKitaOptionA().toGeoJson(), KITA_ORIGIN),
    'kita-option-b.geojson': floorPlanToWgs84(buildKitaOptionB().toGeoJson(), KITA_ORIGIN),
  };
}

/** One feature per line: diffs stay readable and the files stay small. */
export function formatPlanFile(doc: FloorPlanGeoJson): string {
  const head = JSON.stringify({ type: doc.type, wardsim: doc.wardsim });
  const body = doc.features.map((f) => JSON.stringify(f)).join(',\n');
  return `${head.slice(0, -1)},"features":[\n${body}\n]}\n`;
}

function main(): void {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..');
  let failed = false;
  for (const [file, doc] of Object.entries(kitaPlans())) {
    const { issues } = validateFloorPlan(doc);
    if (issues.length > 0) {
      process.stderr.write(`${file}:\n${formatIssues(issues)}\n`);
      failed = true;
      continue;
    }
    writeFileSync(join(dir, file), formatPlanFile(doc));
    process.stdout.write(`wrote ${file} (${doc.features.length} features)\n`);
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) main();
