import { DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_SIZE_REPLICATIONS } from '../../scenarios/study/studyLimits.js';
import {
  INPUT_OPTIONS,
  inputHelpLines,
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
  seedFlag,
  wordFlag,
  workersFlag,
  workFlags,
} from '../flags.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim size <scenario.json> [options]

Sizes the workplace of a scenario (執務空間の規模算定) and prints the answers with the curves
behind them:
  desks   per zone, the fewest desks such that a shortage happens on at most α of days
          (each zone on its own), and the office as one shared pool;
  spaces  per booth, focus-seat and meeting-room kind, the fewest units such that a request
          that wants it first finds none free with probability at most β;
  sweep   (--sweep) desks needed as the remote share of telework-eligible staff goes from
          0% to 70%, every level on the same simulated people and days.
With a floor plan named in the scenario, today's desks and spaces come from the plan.
The same figures appear in 'wardsim run' (pShortageDayAlone, desksNeeded). Method: docs/workplace.md.

Options:
  --alpha A          share of days with a desk shortage allowed (default ${DEFAULT_ALPHA})
  --beta B           blocking probability allowed for booths and rooms (default ${DEFAULT_BETA})
  --replications N   replications (default ${DEFAULT_SIZE_REPLICATIONS}; each simulates the scenario's working days)
  --seed S           master seed (default: the scenario's, else 1)
  --workers W        worker threads, at most the number of cores (default: all; 0 = this thread)
${redisHelpLine(19)}
  --max-units U      largest number of units tried per space (default max(40, 2 × largest count + 10))
  --sweep            add the telework sweep (0%, 10%, …, 70% of eligible staff remote)
  --curves window|all  where blocked requests are dropped or bookings can be no-shows, the requests
                     depend on the count: simulate the counts that decide the answers (window,
                     default) or every count until one blocks nothing (all; slower)
  --lang ja|en       language of the tables (default en)
  --json             print one JSON document with every curve (kind "workplace-sizing", docs/results.md)
  --out FILE         write to FILE (atomically) instead of standard output
${inputHelpLines(19)}
  -h, --help         this help

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem with its code).
`;

export const size: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        alpha: { type: 'string' },
        beta: { type: 'string' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        redis: { type: 'string' },
        'max-units': { type: 'string' },
        sweep: { type: 'boolean' },
        curves: { type: 'string' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        ...INPUT_OPTIONS,
        force: { type: 'boolean' },
      },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    const [file] = positionals(parsed, 'scenario file', HELP);
    const v = parsed.values;
    const lang = langFlag(v);
    const options = {
      alpha: numberFlag(v, 'alpha', 1e-6, 0.999),
      beta: numberFlag(v, 'beta', 1e-6, 0.999),
      replications: intFlag(v, 'replications', 2, MAX_RUN_REPLICATIONS),
      seed: seedFlag(v),
      workers: workersFlag(v),
      ...workFlags(v, io),
      maxUnits: intFlag(v, 'max-units', 1, 10_000),
      teleworkSweep: v.sweep === true,
      curves: wordFlag(v, 'curves', ['window', 'all'] as const),
    };
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, [file], io);

    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadScenario }, { sizeScenario }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/sizeScenario.js'),
      import('../progress.js'),
    ]);
    const resolved = await loadScenario(file, resolverFor(parsed.values, io), io.cwd);
    const progress = createProgress('size', io);
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderWorkplaceSizing.js'));
    try {
      const study = () => sizeScenario(resolved, { ...options, onProgress: (d, t) => progress.update(d, t) });
      const result = await onRedis(v, io, study);
      progress.stop();
      const text = renderer === undefined ? jsonText(result) : (await renderer).renderWorkplaceSizing(result, lang);
      await emit(text, io, out, [file]);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
