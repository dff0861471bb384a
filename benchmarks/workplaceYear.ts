/**
 * Workplace benchmark (issue 4 targets): the bundled 北区 office — 300 staff, five zones, seven
 * kinds of space — for a year of weekdays (245 days).
 *   1. one replication on one core (target ≤ 200 ms): median of 15 runs after 3 warm-ups, plain
 *      and with the sizing curves (shadow loss systems) switched on;
 *   2. a full desk-and-booth sizing, 100 replications on 2 worker threads (target ≤ 20 s);
 *   3. for reference, the telework sweep (8 levels × 100 desk-only replications);
 *   4. the draws alone (workplaceDrawFloor.ts): each law timed in this process × how often one
 *      replication draws it — the floor under the one-replication figure.
 * Prints a summary, writes benchmarks/results/workplaceYear.json; the last stdout line is one
 * JSON object.
 *
 *   npx tsx benchmarks/workplaceYear.ts        (from source; worker threads start slower)
 *   npm run build && node dist/benchmarks/workplaceYear.js
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runWorkplaceReplication } from '../engine/models/workplace/runWorkplaceReplication.js';
import { DEFAULT_SWEEP, sizeWorkplace } from '../engine/runner/sizing/sizeWorkplace.js';
import { validateScenario } from '../scenarios/validateScenario.js';
import { buildWorkplaceModel } from '../scenarios/workplace/buildWorkplaceModel.js';
import type { WorkplacePart } from '../scenarios/workplace/workplaceSchema.js';
import { timeRuns as time, writeBenchResult } from './benchReport.js';
import { measureDrawFloor } from './workplaceDrawFloor.js';

export async function benchWorkplaceYear(): Promise<Record<string, unknown>> {
  const file = join(process.cwd(), 'scenarios', 'library', 'parts', 'kita-office.json');
  const part = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  const scenario = validateScenario({ name: 'kita office benchmark', workplace: part });
  const { model } = buildWorkplaceModel(scenario.workplace as WorkplacePart);
  const staff = model.departments.reduce(
    (s, d) => s + d.headcount.counter + d.headcount.backOffice + d.headcount.manager + d.headcount.field,
    0,
  );

  const plain = { model };
  const withCurves = { model, sizingMaxUnits: 40 };
  let events = 0;
  let last = runWorkplaceReplication(plain, 1, 0);
  const replication = time(15, 3, (i) => {
    last = runWorkplaceReplication(plain, 1, i);
    events = last.events;
  });
  const drawFloor = measureDrawFloor(model, last);
  const replicationWithCurves = time(15, 3, (i) => void runWorkplaceReplication(withCurves, 1, i));

  const sizing = await sizeWorkplace(model, { replications: 100, workers: 2, seed: 1 });
  const t0 = performance.now();
  const sweep = await sizeWorkplace(model, { replications: 100, workers: 2, seed: 1, sweep: DEFAULT_SWEEP });
  const sizingWithSweepMs = performance.now() - t0;

  const result = {
    staff,
    days: model.days,
    eventsPerReplication: events,
    fromSource: import.meta.url.endsWith('.ts'),
    replication,
    replicationWithCurves,
    eventsPerSecond: Math.round(events / (replication.medianMs / 1000)),
    drawFloor,
    sizing100Replications2Workers: { wallMs: sizing.wallMs, desksNeededTotal: sizing.desks.totalNeeded },
    sizingWithSweep100Replications2Workers: { wallMs: Math.round(sizingWithSweepMs) },
    sweepDesksNeededTotal: sweep.sweep?.rows.map((r) => [r.remoteShare, r.desksNeededTotal]),
    targets: { replicationMs: 200, sizingMs: 20_000 },
    withinTargets: replication.medianMs <= 200 && sizing.wallMs <= 20_000,
  };
  const out = writeBenchResult('workplaceYear', result);
  process.stdout.write(
    [
      `workplaceYear: ${staff} staff, ${model.days} weekdays, ${events.toLocaleString('en-US')} events per replication${result.fromSource ? ' (from TypeScript source)' : ''}`,
      `  one replication, one core        median ${replication.medianMs} ms (min ${replication.minMs}, max ${replication.maxMs}; target ≤ 200 ms)`,
      `  … with sizing curves             median ${replicationWithCurves.medianMs} ms`,
      `  … its draws alone (counts × ns per draw, this process)  ${drawFloor.floorMs} ms`,
      `  sizing, 100 replications, 2 workers   ${sizing.wallMs} ms (target ≤ 20,000 ms)`,
      `  sizing + telework sweep (8 levels)    ${result.sizingWithSweep100Replications2Workers.wallMs} ms`,
      `  written to ${out}`,
      '',
    ].join('\n'),
  );
  process.stdout.write(`${JSON.stringify(result)}\n`);
  return result;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchWorkplaceYear().catch((err: unknown) => {
    process.stderr.write(`${String(err)}\n`);
    process.exitCode = 1;
  });
}
