import { packageCommit } from '../../scenarios/load/packageRoot.js';
import type { ReportTable } from '../../viz/report/reportTable.js';
import {
  COMMON_RUN_OPTIONS,
  intFlag,
  langFlag,
  outFlag,
  parseCommandArgs,
  resolverFor,
  RUN_HELP_OPTIONS,
  studyFlags,
  UsageError,
  usageLine,
  workFlags,
} from '../flags.js';
import { emit, emitCsv, emitFile, refuseOutputs } from '../output.js';
import type { Progress } from '../progress.js';
import type { CommandIo } from '../io.js';
import type { Command } from './command.js';

const HELP = `Usage: wardsim report <scenario.json> [--compare other.json …] [options]
       wardsim report --from result.json [--from …] [options]

Writes the study report for reviewers: one self-contained HTML file (no network needed), in
Japanese or English — decisions first (counters and staff, waiting seats, desks, booths and
rooms, building m² against the plan and today's building, each with its CI and target), the
options side by side with paired differences, the charts, the assumptions register, method and
validation (with the STRESS-DES checklist), and the reproducibility stamp. A scenario with
"variants" is reported with them; --compare adds other files as options.
--from renders saved results (the --json output of run or compare, staff, size) without running;
a saved city study (wardsim study --json) is rendered as its own report, a page per ward.

Options:
  --compare FILE        another option to compare (repeat for more)
  --from FILE           a saved result to report (repeat: one run or comparison, staffing plans, one sizing;
                        or one city study)
  --out FILE            the HTML report (default: standard output)
  --pdf FILE            also print the report to PDF (needs Chromium: Debian's chromium package)
  --csv DIR             also write every table as DIR/<table>.csv (UTF-8 with BOM)
  --no-staffing         leave out the staffing optimiser (faster; no staff-required chart)
  --staff-replications N  simulated days per staffing evaluation (default 20)
  --telework-sweep      add the telework sweep of the base's workplace
${RUN_HELP_OPTIONS.split('\n')
  .filter((l) => !/--json|--full|--out FILE/.test(l))
  .join('\n')}

Exit codes: 0 ok, 1 run failed, 2 bad input or options (one line per problem with its code).
`;

const quote = (a: string) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

export const report: Command = {
  async run(args, io) {
    const parsed = parseCommandArgs(
      args,
      {
        ...COMMON_RUN_OPTIONS,
        compare: { type: 'string', multiple: true },
        from: { type: 'string', multiple: true },
        pdf: { type: 'string' },
        csv: { type: 'string' },
        'no-staffing': { type: 'boolean' },
        'staff-replications': { type: 'string' },
        'telework-sweep': { type: 'boolean' },
      },
      HELP,
      io,
    );
    if (parsed === null) return 0;
    const v = parsed.values;
    const lang = langFlag(v);
    const from = (v.from as string[] | undefined) ?? [];
    const others = (v.compare as string[] | undefined) ?? [];
    const files = parsed.positionals;
    if (from.length > 0 === files.length > 0 || files.length > 1)
      throw new UsageError('expected one scenario file, or --from with saved results', usageLine(HELP));
    const out = outFlag(v);
    const pdf = typeof v.pdf === 'string' ? v.pdf : undefined;
    const csv = typeof v.csv === 'string' ? v.csv : undefined;
    const inputs = [...files, ...others, ...from];
    refuseOutputs([out, pdf, csv], inputs, io);

    const resolver = resolverFor(parsed.values, io);
    // Imported only now, so that --help and usage errors load nothing else.
    const [{ loadComparison, loadScenario }, { loadSavedReport, reportStudy }, { createProgress }] = await Promise.all([
      import('../../scenarios/study/loadInputs.js'),
      import('../../scenarios/study/reportStudy.js'),
      import('../progress.js'),
    ]);
    let bar: Progress | undefined;
    let phase = '';
    const onProgress = (p: string, done: number, target: number) => {
      if (p !== phase) {
        bar?.stop();
        bar = createProgress(`report: ${p}`, io, p.startsWith('staff') ? 'simulated days' : 'replications');
        phase = p;
      }
      bar?.update(done, target);
    };
    const ctx = {
      lang,
      command: ['wardsim report', ...args.map(quote)].join(' '),
      generatedAt: new Date().toISOString(),
      commit: packageCommit(),
    };
    let bundle;
    try {
      if (from.length > 0) {
        const saved = await loadSavedReport(from, resolver);
        if ('city' in saved) {
          const { renderCityReport } = await import('../../viz/report/city/renderCityReport.js');
          await writeReport(renderCityReport(saved.city, ctx), io, { out, pdf, csv }, inputs);
          return 0;
        }
        bundle = saved.bundle;
      } else {
        const scenarios =
          others.length > 0
            ? [
                await loadScenario(files[0], resolver, io.cwd),
                ...(await Promise.all(others.map((o) => loadScenario(o, resolver, io.cwd)))),
              ]
            : await loadComparison(files, resolver, io.cwd);
        bundle = await reportStudy(scenarios, {
          ...studyFlags(v),
          ...workFlags(v, io),
          staffReplications: intFlag(v, 'staff-replications', 2, 1000),
          staffing: v['no-staffing'] !== true,
          teleworkSweep: v['telework-sweep'] === true,
          onProgress,
        });
      }
    } finally {
      bar?.stop();
    }
    const { renderReport } = await import('../../viz/report/renderReport.js');
    await writeReport(renderReport(bundle, ctx), io, { out, pdf, csv }, inputs);
    return 0;
  },
};

/** The HTML (file or standard output), and the PDF and the tables' CSV files when asked for. */
async function writeReport(
  rendered: { html: string; tables: ReportTable[] },
  io: CommandIo,
  to: { out?: string; pdf?: string; csv?: string },
  inputs: string[],
): Promise<void> {
  await emit(rendered.html, io, to.out, inputs);
  if (to.pdf !== undefined) {
    const { renderPdf } = await import('../../viz/report/renderPdf.js');
    await emitFile(to.pdf, await renderPdf(rendered.html, io.env), io, inputs);
  }
  if (to.csv !== undefined) {
    const { tableCsv } = await import('../../viz/report/reportTable.js');
    const files = rendered.tables.map((t) => ({ name: `${t.id}.csv`, text: tableCsv(t) }));
    await emitCsv(to.csv, files, io, inputs);
  }
}
