import { compareScenarios, MAX_COMPARED } from '../../scenarios/study/compareScenarios.js';
import { loadComparison } from '../../scenarios/study/loadInputs.js';
import { renderComparison } from '../../viz/text/renderComparison.js';
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
import { createProgress } from '../progress.js';
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

    const scenarios = await loadComparison(files, resolverFor(parsed.values, io), io.cwd);
    const progress = createProgress('compare', io);
    try {
      const study = () =>
        compareScenarios(scenarios, { ...options, parts, onProgress: (d, t) => progress.update(d, t) });
      const result = await onRedis(v, io, study);
      progress.stop();
      await emit(
        v.json === true ? jsonText(result) : renderComparison(result, lang, v.detail === true),
        io,
        out,
        files,
      );
    } finally {
      progress.stop();
    }
    return 0;
  },
};
