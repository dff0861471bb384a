import { packageCommit } from '../../scenarios/load/packageRoot.js';
import {
  INPUT_OPTIONS,
  inputHelpLines,
  langFlag,
  onRedis,
  outFlag,
  parseCommandArgs,
  positionals,
  redisHelpLine,
  resolverFor,
  studyFlags,
  workFlags,
  type Values,
} from '../flags.js';
import { emit, jsonText, refuseOutputs } from '../output.js';
import { preload } from '../preload.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim study <study.json | library id> [options]

Runs a city study (a study file with a cityStudy block, e.g. scenarios/library/sapporo-city.json):
every option of every ward as one study on common random numbers, then per ward and option the
building programme — m² by function, each from a simulated demand with its 95% CI or a named
standard — against today's floor area, with the verdict 増・減・維持. Prints the city table (ward ×
option: m² needed ± CI, today's m², change, verdict, service level, mean wait, desks) and why an
option does not move a KPI; writes the report (HTML, a page per ward). docs/city-study.md.

Options:
  --wards LIST          only these wards (ids, comma-separated or repeated), e.g. --wards kita,higashi
  --report FILE         the HTML report (default: <study id>-report.html in the working folder)
  --no-report           do not write the report
  --replications N      replications (default: the study file's, else 100); with --precision the most to run
  --precision R         add replications until every watched KPI's 95% half-width is within R × its mean
  --min-replications N  with --precision: run at least N (default 10)
  --seed S              master seed (default: the study file's, else 1); same study + seed ⇒ same numbers
  --workers W           worker threads, at most the number of cores (default: all; 0 = this thread)
  --lang ja|en          language of the text and the report (default en)
  --json                print one JSON document (kind "city-study", docs/results.md)
  --full                with --json: full summaries (n, sd, min, max) for every figure
  --out FILE            write the text or JSON to FILE (atomically) instead of standard output
${redisHelpLine()}
${inputHelpLines()}
  -h, --help            this help

Exit codes: 0 ok, 1 run failed, 2 bad study file or options (one line per problem with its code).
`;

const OPTIONS = {
  ...INPUT_OPTIONS,
  force: { type: 'boolean' },
  redis: { type: 'string' },
  wards: { type: 'string', multiple: true },
  report: { type: 'string' },
  'no-report': { type: 'boolean' },
  replications: { type: 'string' },
  precision: { type: 'string' },
  'min-replications': { type: 'string' },
  seed: { type: 'string' },
  workers: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  full: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
} as const;

const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** `--wards a,b --wards c` → ['a', 'b', 'c'] (undefined when absent). */
function wardsFlag(values: Values): string[] | undefined {
  const raw = values.wards;
  if (raw === undefined) return undefined;
  return (Array.isArray(raw) ? raw : [String(raw)])
    .flatMap((x) => String(x).split(','))
    .map((x) => x.trim())
    .filter((x) => x !== '');
}

export const study: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(args, { ...OPTIONS }, HELP, io);
    if (parsed === null) return 0;
    const [file] = positionals(parsed, 'study file', HELP);
    const v = parsed.values;
    const lang = langFlag(v);
    const options = { ...studyFlags(v), ...workFlags(v, io) };
    const out = outFlag(v);
    const wards = wardsFlag(v);
    const resolver = resolverFor(v, io);
    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadScenario }, { cityStudy }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/cityStudy.js'),
      import('../progress.js'),
    ]);
    const resolved = await loadScenario(file, resolver, io.cwd);
    const report =
      v['no-report'] === true
        ? undefined
        : typeof v.report === 'string'
          ? v.report
          : `${resolved.scenario.id ?? 'city-study'}-report.html`;
    refuseOutputs([out, report], [file], io);

    const progress = createProgress('study', io);
    // The presenters load while the study runs.
    const text = v.json === true ? undefined : preload(import('../../viz/text/renderCityStudy.js'));
    const html = report === undefined ? undefined : preload(import('../../viz/report/city/renderCityReport.js'));
    let result;
    try {
      const run = () =>
        cityStudy(resolved, resolver, { ...options, wards, onProgress: (d, t) => progress.update(d, t) });
      result = await onRedis(v, io, run);
    } finally {
      progress.stop();
    }
    await emit(text === undefined ? jsonText(result) : (await text).renderCityStudy(result, lang), io, out, [file]);
    if (report !== undefined && html !== undefined) {
      const ctx = {
        lang,
        command: ['wardsim study', ...args.map(quote)].join(' '),
        generatedAt: new Date().toISOString(),
        commit: packageCommit(),
      };
      await emit((await html).renderCityReport(result, ctx).html, io, report, [file]);
    }
    return 0;
  },
};
