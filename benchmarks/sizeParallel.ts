/**
 * `size` for 3,000 staff (issue 15: parallel efficiency ≥ 85 %). The bundled 北区 office scaled
 * tenfold — every headcount, desk, touchdown desk and space count × 10, so the same office
 * pattern at city-hall size — sized by sizeWorkplace (desks, booths and rooms with their
 * simulated curves) on 1 worker thread and on 2, after a warm-up that starts the shared pool.
 * Parallel efficiency = T1 / (2 · T2); the two sizings must agree to the bit.
 * Usage: node dist/benchmarks/sizeParallel.js [replications=20]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { sizeWorkplace } from '../engine/runner/sizing/sizeWorkplace.js';
import { validateScenario } from '../scenarios/validateScenario.js';
import { buildWorkplaceModel } from '../scenarios/workplace/buildWorkplaceModel.js';
import type { WorkplacePart } from '../scenarios/workplace/workplaceSchema.js';
import { writeBenchResult } from './benchReport.js';

const SCALE = 10;

type Json = Record<string, unknown>;

/** The 北区 office part with every count of people and places multiplied by `scale`. */
function scaledOffice(scale: number): unknown {
  const part = JSON.parse(
    readFileSync(join(process.cwd(), 'scenarios', 'library', 'parts', 'kita-office.json'), 'utf8'),
  );
  const times = (n: unknown) => (typeof n === 'number' ? n * scale : n);
  const office = part as Json & { departments: Json[]; zones: Json[]; spaces: Json[] };
  for (const d of office.departments) {
    const h = d.headcount as Record<string, number>;
    for (const role of Object.keys(h)) h[role] = h[role] * scale;
  }
  for (const z of office.zones) z.desks = times(z.desks);
  office.touchdownDesks = times(office.touchdownDesks);
  for (const s of office.spaces) s.count = times(s.count);
  return office;
}

export async function benchSizeParallel(replications: number): Promise<Record<string, unknown>> {
  const scenario = validateScenario({ name: 'kita office ×10', workplace: scaledOffice(SCALE) });
  const { model } = buildWorkplaceModel(scenario.workplace as WorkplacePart);
  const staff = model.departments.reduce(
    (s, d) => s + d.headcount.counter + d.headcount.backOffice + d.headcount.manager + d.headcount.field,
    0,
  );
  await sizeWorkplace(model, { replications: 4, workers: 2, seed: 1 }); // warm-up: the pool's threads start
  const timed = async (workers: number) => {
    const t0 = performance.now();
    const elu0 = performance.eventLoopUtilization();
    const result = await sizeWorkplace(model, { replications, workers, seed: 1 });
    return {
      wallMs: performance.now() - t0,
      // The main thread's busy share (event-loop utilisation; process.cpuUsage would count the workers too).
      mainThreadBusy: performance.eventLoopUtilization(elu0).utilization,
      fingerprint: JSON.stringify({ ...result, wallMs: 0, workers: 0 }),
      desks: result.desks.totalNeeded,
    };
  };
  const one = await timed(1);
  const two = await timed(2);
  const efficiency = one.wallMs / (2 * two.wallMs);
  return {
    staff,
    replications,
    oneWorkerMs: Math.round(one.wallMs),
    twoWorkersMs: Math.round(two.wallMs),
    /** Share of the 2-worker sizing's wall time the main thread was busy (merging results, curves). */
    mainThreadBusyTwoWorkers: +two.mainThreadBusy.toFixed(3),
    parallelEfficiency: +efficiency.toFixed(3),
    meetsTarget: efficiency >= 0.85,
    identicalResults: one.fingerprint === two.fingerprint,
    desksNeeded: two.desks,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchSizeParallel(Number(process.argv[2] ?? 20));
  writeBenchResult('size-parallel', result);
  console.log(JSON.stringify(result));
}
