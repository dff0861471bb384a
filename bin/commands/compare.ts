import { MAX_COMPARED } from '../../scenarios/study/studyLimits.js';
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
  studyFlags,
  workFlags,
} from '../flags.js';
import { emit, jsonText, refuseOverwritingInputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim compare <base.json> [variant.json …] [options]

Runs a base scenario and its variants on common random numbers (the same seed and the same
replication indices, so every option sees the same simulated days) and reports, per headline KPI,
the base and variant means with their 95% CIs, the paired difference (variant − base) with its
95% CI, and the unpaired CI beside it. The text leads with a verdict per option: what improves or
worsens with confidence, and whether it meets the scenario's service target.
Variants are further files; with a single file, the "variants" list inside it.

Options:
${RUN_HELP_OPTIONS}
  --part P              only this part: visitors | workplace
  --detail              after the verdict and the differences, every option's full tables

Exit codes: 0 ok, 1 run failed, 2 bad scenarios or options (one line per problem with its code).
`;

export const compare: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      { ...COMMON_RUN_OPTIONS, part: { type: 'string', multiple: true }, detail: { type: 'boolean' } },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    const files = positionals(parsed, 'scenario files', HELP, 1, MAX_COMPARED);
    const v = parsed.values;
    const lang = langFlag(v);
    const options = { ...studyFlags(v), ...workFlags(v, io) };
    const parts = partFlag(v);
    const out = outFlag(v);
    if (out !== undefined) refuseOverwritingInputs(out, files, io);

    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadComparison }, { compareScenarios }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/compareScenarios.js'),
      import('../progress.js'),
    ]);
    const scenarios = await loadComparison(files, resolverFor(parsed.values, io), io.cwd);
    const progress = createProgress('compare', io);
    const renderer = v.json === true ? undefined : preload(import('../../viz/text/renderComparison.js'));
    try {
      const study = () =>
        compareScenarios(scenarios, { ...options, parts, onProgress: (d, t) => progress.update(d, t) });
      const result = await onRedis(v, io, study);
      progress.stop();
      const text =
        renderer === undefined ? jsonText(result) : (await renderer).renderComparison(result, lang, v.detail === true);
      await emit(text, io, out, files);
    } finally {
      progress.stop();
    }
    return 0;
  },
};
