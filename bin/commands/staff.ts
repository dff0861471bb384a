import { DEFAULT_STAFF_REPLICATIONS } from '../../scenarios/study/studyLimits.js';
import {
  choiceFlag,
  INPUT_OPTIONS,
  inputHelpLines,
  intFlag,
  langFlag,
  numberFlag,
  onRedis,
  outFlag,
  parseCommandArgs,
  positionals,
  redisHelpLine,
  resolverFor,
  seedFlag,
  workersFlag,
  workFlags,
} from '../flags.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim staff <scenario.json> [options]

Finds the fewest counter staff per interval for each department (and the one-stop desk) so that
a share of visitors is served within a time in EVERY interval, with an occupancy cap, by
simulation: the backlog of one interval carries into the next. Starts from the per-interval
Erlang C estimate and shows both side by side. Shifts respect the scenario's minimum shift length
and lunch rule. Staff at a counter never exceed its positions (the scenario's counters, or the
floor plan's counter positions when fewer): where the targets need more, the plan is the best
service level with the counters there are, and the shortfall lists each missed interval with its
service level (95 % CI) and the positions the targets would need. Method: docs/visitors.md
("Staffing optimiser").

Options:
  --target P        share served within the time, 0–1 (default: the scenario's, else 0.8)
  --within M        minutes (default: the scenario's, else 15 on normal days, 30 on peak days)
  --interval N      15, 30 or 60 minutes (default: the scenario's, else 15)
  --occupancy C     busy ÷ at-counter staff time at most C per interval (default 0.85)
  --replications R  simulated days per evaluation, the same days for every plan (default ${DEFAULT_STAFF_REPLICATIONS})
  --seed S          master seed (default: the scenario's, else 1)
  --workers W       worker threads (default 2; 0 = this thread); results do not depend on it
${redisHelpLine(18)}
  --lang ja|en      language of the table (default en)
  --json            print one JSON document (kind "staffing-plan", docs/results.md)
  --out FILE        write to FILE (atomically) instead of standard output
${inputHelpLines(18)}
  -h, --help        this help

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem with its code).
`;

export const staff: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        target: { type: 'string' },
        within: { type: 'string' },
        interval: { type: 'string' },
        occupancy: { type: 'string' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        redis: { type: 'string' },
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
    const interval = choiceFlag(v, 'interval', [15, 30, 60] as const);
    const options = {
      target: numberFlag(v, 'target', 0.01, 0.999),
      withinMin: numberFlag(v, 'within', 0.1, 1440),
      intervalMin: interval,
      maxOccupancy: numberFlag(v, 'occupancy', 0.05, 1),
      replications: intFlag(v, 'replications', 2, 1000),
      seed: seedFlag(v),
      workers: workersFlag(v),
      ...workFlags(v, io),
    };
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, [file], io);

    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadScenario }, { staffScenario }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/staffScenario.js'),
      import('../progress.js'),
    ]);
    const resolved = await loadScenario(file, resolverFor(parsed.values, io), io.cwd);
    const progress = createProgress(lang === 'ja' ? '人員算定' : 'staff', io, 'simulated days');
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderStaffingPlan.js'));
    try {
      const study = () => staffScenario(resolved, { ...options, onProgress: (d, t) => progress.update(d, t) });
      const result = await onRedis(v, io, study);
      progress.stop();
      const text = renderer === undefined ? jsonText(result) : (await renderer).renderStaffingPlan(result, lang);
      await emit(text, io, out, [file]);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
