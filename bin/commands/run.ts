import { warmWorkers } from '../../scenarios/study/warmWorkers.js';
import {
  COMMON_RUN_OPTIONS,
  langFlag,
  onRedis,
  outFlag,
  parseCommandArgs,
  partFlag,
  positionals,
  resolverFor,
  runsLocally,
  RUN_HELP_OPTIONS,
  studyFlags,
  workFlags,
} from '../flags.js';
import { preload } from '../preload.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim run <scenario.json | library id> [options]

Simulates every part of a scenario — visitors and counters (来庁者・窓口), the workplace
(執務空間: desks, booths, meeting rooms) — and prints the headline KPIs and every table with 95%
confidence intervals. With a floor plan named in the scenario, walking times and spaces come from
the plan, and the run ends with the area check and the office-area standards.
A library id (e.g. sapporo-kita-peak) runs the bundled scenario of that name.

Options:
${RUN_HELP_OPTIONS}
  --part P              only this part: visitors | workplace

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem with its code).
`;

export const run: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { ...COMMON_RUN_OPTIONS, part: { type: 'string', multiple: true } },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    const [file] = positionals(parsed, 'scenario file', HELP);
    const v = parsed.values;
    const lang = langFlag(v);
    const options = { ...studyFlags(v), ...workFlags(v, io) };
    const parts = partFlag(v);
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, [file], io);

    if (runsLocally(v, io.env)) warmWorkers(options); // the threads boot while the modules and the scenario load
    // Imported only now, so that the threads' boot overlaps them.
    const [{ loadScenario }, { runScenario }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/runScenario.js'),
      import('../progress.js'),
    ]);
    const resolved = await loadScenario(file, resolverFor(parsed.values, io), io.cwd);
    const progress = createProgress('run', io);
    // The text renderer loads while the replications run.
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderScenarioRun.js'));
    try {
      const study = () => runScenario(resolved, { ...options, parts, onProgress: (d, t) => progress.update(d, t) });
      const result = await onRedis(v, io, study);
      progress.stop();
      const text = renderer === undefined ? jsonText(result) : (await renderer).renderScenarioRun(result, lang);
      await emit(text, io, out, [file]);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
