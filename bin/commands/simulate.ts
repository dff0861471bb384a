import { warmWorkers } from '../../scenarios/study/warmWorkers.js';
import {
  COMMON_RUN_OPTIONS,
  intFlag,
  langFlag,
  MAX_RUN_REPLICATIONS,
  numberFlag,
  onRedis,
  outFlag,
  parseCommandArgs,
  positionals,
  redisHelpLine,
  resolverFor,
  runsLocally,
  seedFlag,
  runWorkersFlag,
  workFlags,
} from '../flags.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim simulate <model.json> [options]

Simulates a queueing-network model file (format: docs/model-format.md) and prints, per
station, the mean wait, P(wait), utilization, queue length, sojourn, abandonment, blocking
and served count, each with its 95% confidence half-width across replications.

Options:
  --replications N      replications to run (default 20; 1–${MAX_RUN_REPLICATIONS}); with --precision the most to run
  --precision R         stop when every station's wait CI half-width ≤ R × mean (e.g. 0.02)
  --min-replications N  with --precision: run at least N (default 10)
  --seed S              master seed (default 1); same model + seed ⇒ same numbers
  --workers W           worker threads, at most the number of cores (default: all; this thread for a single
                        replication; 0 = this thread)
${redisHelpLine()}
  --lang ja|en          language of the table (default en)
  --json                print one JSON document (kind "network-run", docs/results.md)
  --full                with --json: full summaries (n, sd, min, max) per figure
  --out FILE            write to FILE (atomically) instead of standard output
  --force               run even when the estimated work is past the budget (docs/limits.md)
  -h, --help            this help

Exit codes: 0 ok, 1 run failed, 2 bad model or options (one line per problem with its code).
`;

export const simulate: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(args, COMMON_RUN_OPTIONS, HELP, io);
    if (parsed === null) return 0;
    const [file] = positionals(parsed, 'model file', HELP);
    const v = parsed.values;
    const lang = langFlag(v);
    const replications = intFlag(v, 'replications', 1, MAX_RUN_REPLICATIONS) ?? 20;
    const options = {
      seed: seedFlag(v),
      replications,
      maxReplications: replications,
      workers: runWorkersFlag(v, replications),
      precision: numberFlag(v, 'precision', 1e-6, 1),
      minReplications: intFlag(v, 'min-replications', 2, MAX_RUN_REPLICATIONS),
      full: v.full === true,
      ...workFlags(v, io),
    };
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, [file], io);

    if (runsLocally(v, io.env)) warmWorkers(options); // the threads boot while the modules and the model load
    // Imported only now, so that the threads' boot overlaps them.
    const [{ loadNetworkModel }, { simulateNetwork }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadNetworkModel.js'),
      import('../../scenarios/study/simulateModel.js'),
      import('../progress.js'),
    ]);
    const model = await loadNetworkModel(file, resolverFor(parsed.values, io));
    const progress = createProgress('simulate', io);
    // The text renderer loads while the replications run.
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderNetworkRun.js'));
    try {
      const study = () => simulateNetwork(model, { ...options, onProgress: (p) => progress.update(p.done, p.target) });
      const result = await onRedis(v, io, study);
      progress.stop();
      const name = model.name ?? file;
      const text = renderer === undefined ? jsonText(result) : (await renderer).renderNetworkRun(result, name, lang);
      await emit(text, io, out, [file]);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
