import { MAX_SWEEP_CELLS } from '../../scenarios/study/studyLimits.js';
import {
  COMMON_RUN_OPTIONS,
  langFlag,
  onRedis,
  outFlag,
  parseCommandArgs,
  partFlag,
  positionals,
  resolverFor,
  RUN_HELP_OPTIONS,
  setFlags,
  studyFlags,
  workFlags,
} from '../flags.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim sweep <scenario.json> --set PATH=v1,v2,… [--set PATH=…] [options]

Runs the scenario over a grid of settings: each --set names a field by its JSON path and the
values it takes (e.g. --set visitors.levers.callback.share=0,0.2,0.4
--set visitors.departments[id=koseki-ido].counters=12,14). Every cell is a variant of the
scenario, and every cell runs on the same simulated days (common random numbers). Without --set,
the scenario's "sweep" block is used. At most ${MAX_SWEEP_CELLS} cells.
Values are JSON (numbers, true/false, null, "text"); anything else is taken as text.

Options:
  --set PATH=v1,v2,…    a parameter of the grid (repeat for more)
${RUN_HELP_OPTIONS}
  --part P              only this part: visitors | workplace

Exit codes: 0 ok, 1 run failed, 2 bad scenario, path, value or options (one line per problem with its code).
`;

export const sweep: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { ...COMMON_RUN_OPTIONS, set: { type: 'string', multiple: true }, part: { type: 'string', multiple: true } },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    const [file] = positionals(parsed, 'scenario file', HELP);
    const v = parsed.values;
    const lang = langFlag(v);
    const options = { ...studyFlags(v), ...workFlags(v, io) };
    const fromFlags = setFlags(v);
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, [file], io);

    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadScenario }, { sweepBlockParameters, sweepScenario }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/sweepScenario.js'),
      import('../progress.js'),
    ]);
    const resolved = await loadScenario(file, resolverFor(parsed.values, io), io.cwd);
    const parameters = fromFlags.length > 0 ? fromFlags : sweepBlockParameters(resolved.scenario);
    const progress = createProgress('sweep', io);
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderSweep.js'));
    try {
      const study = () =>
        sweepScenario(resolved, parameters, {
          ...options,
          parts: partFlag(v),
          onProgress: (d, t) => progress.update(d, t),
        });
      const result = await onRedis(v, io, study);
      progress.stop();
      const text = renderer === undefined ? jsonText(result) : (await renderer).renderSweep(result, lang);
      await emit(text, io, out, [file]);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
