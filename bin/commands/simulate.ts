import { validateNetworkModel } from '../../engine/models/network/validateNetworkModel.js';
import { simulateNetwork, type NetworkRunResult } from '../../engine/runner/simulateNetwork.js';
import { MAX_REPLICATIONS } from '../../engine/runner/runReplications.js';
import { intFlag, numberFlag, parseCommandArgs, readJsonFile, seedFlag, UsageError } from '../cliArgs.js';
import { createProgress } from '../progressBar.js';
import { meanCi, textTable } from '../../scenarios/textTable.js';
import type { Command } from './command.js';

const HELP = `wardsim simulate <model.json> [options]

Simulates a queueing-network model file (format: docs/model-format.md) and prints, per
station, the mean wait, P(wait), utilization, queue length, sojourn, abandonment, blocking
and served count, each with its 95% confidence half-width across replications.

Options:
  --replications N      replications to run (default 20; 1–${MAX_REPLICATIONS})
  --seed S              master seed (default 1); same model + seed ⇒ same numbers
  --workers W           worker threads (default: CPU cores; 0 = this thread)
  --precision R         stop when every station's wait CI half-width ≤ R × mean
                        (e.g. 0.02); --replications is then the maximum
  --min-replications N  with --precision: run at least N (default 10)
  --json                print one JSON object (for scripts)
  --full                with --json: full summaries (sd, percentiles) per figure
  -h, --help            this help

Exit codes: 0 ok, 1 run failed, 2 bad model or options (one line per problem).
`;

export const simulate: Command = {
  summary: 'simulate a queueing-network model file (validation, power users)',
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        replications: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        precision: { type: 'string' },
        'min-replications': { type: 'string' },
        json: { type: 'boolean' },
        full: { type: 'boolean' },
      },
      HELP,
    );
    if (parsed === null) return 0;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(`expected exactly one model file\n\n${HELP}`);
    const v = parsed.values;
    const replications = intFlag(v, 'replications', 1, MAX_REPLICATIONS) ?? 20;
    const workers = intFlag(v, 'workers', 0, 256);
    const precision = numberFlag(v, 'precision', 1e-6, 1);
    const minReplications = intFlag(v, 'min-replications', 2, MAX_REPLICATIONS);
    const seed = seedFlag(v, 1);
    const json = v.json === true;

    const model = validateNetworkModel(await readJsonFile(file));
    const progress = createProgress('simulate', !json);
    let result: NetworkRunResult;
    try {
      result = await simulateNetwork(model, {
        seed,
        replications,
        workers,
        precision,
        minReplications,
        maxReplications: replications,
        full: v.full === true,
        onProgress: (p) => progress.update(p.done, p.target),
      });
    } finally {
      progress.stop();
    }
    process.stdout.write(json ? `${JSON.stringify(result, null, 2)}\n` : `${renderText(result, model.name ?? file)}\n`);
    return 0;
  },
};

type Ci = { mean: number | null; ci95: number | null };

function renderText(r: NetworkRunResult, name: string): string {
  const rows = Object.entries(r.stations as Record<string, Record<string, Ci>>).map(([id, s]) => [
    id,
    meanCi(s.waitMin),
    meanCi(s.pWait, 3),
    meanCi(s.utilization, 3),
    meanCi(s.queueLength),
    meanCi(s.sojournMin),
    meanCi(s.pAbandon, 3),
    meanCi(s.pBlocked, 3),
    meanCi(s.served, 0),
  ]);
  const header = ['station', 'wait min', 'P(wait)', 'utilization', 'queue', 'sojourn min', 'P(abandon)', 'P(blocked)', 'served'];
  const sys = r.system as Record<string, Ci>;
  return [
    `${name}: ${r.replications} replications (seed ${r.seed}, ${r.stoppedBy}), ${r.events.toLocaleString('en-US')} events, ${r.wallMs} ms on ${r.workers} worker(s)`,
    `statistics after warm-up ${r.warmupMin} min; ± is the 95% confidence half-width across replications`,
    '',
    textTable(header, rows),
    '',
    `system: time in system ${meanCi(sys.sojournMin)} min, in system ${meanCi(sys.inSystem)}, throughput ${meanCi(sys.throughputPerMin, 3)} per min`,
  ].join('\n');
}
