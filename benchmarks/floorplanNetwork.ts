/**
 * Walking-network benchmark: a synthetic two-level, 6,000 m² plan with about 210 zones
 * (floorplans/library/generate/syntheticGridPlan.ts). Times building the staff walking network
 * (target ≤ 200 ms) and all zone-to-zone distances (target ≤ 1 s), median of several runs after
 * a warm-up, plus plan validation for reference. Then the 10× case: the same grid on 20 levels
 * (2,100 zones): both networks (staff and visitor) and all their zone-to-zone distances, the
 * whole of what a plan link computes, against the target of 0.5 s. Prints a summary and writes
 * benchmarks/results/floorplanNetwork.json.
 *
 *   npx tsx benchmarks/floorplanNetwork.ts
 */
import { pathToFileURL } from 'node:url';
import { buildWalkingNetwork } from '../floorplans/buildWalkingNetwork.js';
import { syntheticGridPlan } from '../floorplans/library/generate/syntheticGridPlan.js';
import { planGrossAreaM2 } from '../floorplans/planGrossAreaM2.js';
import { validateFloorPlan } from '../floorplans/validateFloorPlan.js';
import { zoneDistanceMatrix } from '../floorplans/zoneDistanceMatrix.js';
import { timeRuns as time, writeBenchResult } from './benchReport.js';

/** The 20-level grid (10× the zones): both networks and all distances, median of 3 after a warm-up. */
function tenTimes() {
  const { plan, issues } = validateFloorPlan(syntheticGridPlan(20));
  if (issues.length > 0) throw new Error(`large synthetic plan is invalid: ${issues[0].path}: ${issues[0].message}`);
  const staff = buildWalkingNetwork(plan, { audience: 'staff' });
  const visitor = buildWalkingNetwork(plan, { audience: 'visitor' });
  const buildStaff = time(3, 1, () => buildWalkingNetwork(plan, { audience: 'staff' }));
  const buildVisitor = time(3, 1, () => buildWalkingNetwork(plan, { audience: 'visitor' }));
  const matrixStaff = time(3, 1, () => zoneDistanceMatrix(staff));
  const matrixVisitor = time(3, 1, () => zoneDistanceMatrix(visitor));
  return {
    zones: plan.zones.length,
    levels: plan.levels.length,
    nodes: staff.nodeCount,
    edges: staff.edgeTarget.length,
    buildStaffMs: buildStaff.medianMs,
    buildVisitorMs: buildVisitor.medianMs,
    matrixStaffMs: matrixStaff.medianMs,
    matrixVisitorMs: matrixVisitor.medianMs,
    allDistancesMs: Math.round(
      buildStaff.medianMs + buildVisitor.medianMs + matrixStaff.medianMs + matrixVisitor.medianMs,
    ),
  };
}

export async function benchFloorplanNetwork(): Promise<Record<string, unknown>> {
  const doc = syntheticGridPlan(2);
  const { plan, issues } = validateFloorPlan(doc);
  if (issues.length > 0) throw new Error(`synthetic plan is invalid: ${issues[0].path}: ${issues[0].message}`);
  const network = buildWalkingNetwork(plan, { audience: 'staff' });
  const build = time(9, 2, () => buildWalkingNetwork(plan, { audience: 'staff' }));
  const matrix = time(7, 2, () => zoneDistanceMatrix(network));
  const validate = time(3, 1, () => validateFloorPlan(doc));
  const large = tenTimes();
  const result = {
    zones: plan.zones.length,
    levels: plan.levels.length,
    grossAreaM2: planGrossAreaM2(plan),
    nodes: network.nodeCount,
    edges: network.edgeTarget.length,
    buildNetwork: build,
    zoneDistanceMatrix: matrix,
    validate,
    large,
    targets: { buildNetworkMs: 200, zoneDistanceMatrixMs: 1000, largeAllDistancesMs: 500 },
    withinTargets: build.medianMs <= 200 && matrix.medianMs <= 1000 && large.allDistancesMs <= 500,
  };
  const file = writeBenchResult('floorplanNetwork', result);
  process.stdout.write(
    [
      `floorplanNetwork: ${result.zones} zones on ${result.levels} levels, ${result.grossAreaM2} m², ${result.nodes} nodes, ${result.edges} directed edges`,
      `  build walking network   median ${build.medianMs} ms (min ${build.minMs}, max ${build.maxMs}; target ≤ 200 ms)`,
      `  zone distance matrix    median ${matrix.medianMs} ms (min ${matrix.minMs}, max ${matrix.maxMs}; target ≤ 1000 ms)`,
      `  validate plan           median ${validate.medianMs} ms`,
      `10× (${large.zones} zones on ${large.levels} levels, ${large.nodes} staff nodes, ${large.edges} edges)`,
      `  build staff + visitor networks  ${large.buildStaffMs} + ${large.buildVisitorMs} ms`,
      `  zone distance matrices          ${large.matrixStaffMs} + ${large.matrixVisitorMs} ms`,
      `  all zone-to-zone distances      ${large.allDistancesMs} ms (target ≤ 500 ms)`,
      `  written to ${file}`,
      '',
    ].join('\n'),
  );
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchFloorplanNetwork().then(
    (result) => console.log(JSON.stringify(result)),
    (err: unknown) => {
      process.stderr.write(`${String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
