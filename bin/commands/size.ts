import { MAX_REPLICATIONS } from '../../engine/runner/runReplications.js';
import { contentHash } from '../../engine/runner/contentHash.js';
import { DEFAULT_ALPHA, DEFAULT_BETA, DEFAULT_SWEEP, sizeWorkplace, type WorkplaceSizingResult } from '../../engine/runner/sizing/sizeWorkplace.js';
import { loadScenario } from '../../scenarios/loadScenario.js';
import { loadPlanInputs } from '../../scenarios/planLink.js';
import { buildWorkplaceModel } from '../../scenarios/workplace/buildWorkplaceModel.js';
import { renderWorkplaceSizing } from '../../scenarios/workplace/renderWorkplaceSizing.js';
import { intFlag, langFlag, numberFlag, parseCommandArgs, seedFlag, UsageError } from '../cliArgs.js';
import { createProgress } from '../progressBar.js';
import type { Command } from './command.js';

const HELP = `wardsim size <scenario.json> [options]

Sizes the workplace of a scenario (執務空間の規模算定) and prints the answers with the curves
behind them:
  desks   per zone, the fewest desks such that a shortage happens on at most α of days
          (each zone on its own), and the office as one shared pool;
  spaces  per booth, focus-seat and meeting-room kind, the fewest units such that a request
          that wants it first finds none free with probability at most β;
  sweep   (--sweep) desks needed as the remote share of telework-eligible staff goes from
          0% to 70%, every level on the same simulated people and days.
With a floor plan named in the scenario, today's desks and spaces come from the plan.
Method: docs/workplace.md.

Options:
  --alpha A          share of days with a desk shortage allowed (default ${DEFAULT_ALPHA})
  --beta B           blocking probability allowed for booths and rooms (default ${DEFAULT_BETA})
  --replications N   replications (default 100; each simulates the scenario's working days)
  --seed S           master seed (default: the scenario's, else 1)
  --workers W        worker threads (default: CPU cores; 0 = this thread)
  --max-units U      largest number of units tried per space (default max(40, 2 × largest count + 10))
  --sweep            add the telework sweep (0%, 10%, …, 70% of eligible staff remote)
  --lang ja|en       language of the tables (default en)
  --json             print one JSON object with every curve (for scripts and charts)
  -h, --help         this help

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem).
`;

export const size: Command = {
  summary: 'size desks per zone, booths and meeting rooms (α, β), with a telework sweep',
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        alpha: { type: 'string' },
        beta: { type: 'string' },
        replications: { type: 'string' },
        seed: { type: 'string' },
        workers: { type: 'string' },
        'max-units': { type: 'string' },
        sweep: { type: 'boolean' },
        lang: { type: 'string' },
        json: { type: 'boolean' },
      },
      HELP,
    );
    if (parsed === null) return 0;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(`expected exactly one scenario file\n\n${HELP}`);
    const v = parsed.values;
    const lang = langFlag(v);
    const alpha = numberFlag(v, 'alpha', 1e-6, 0.999) ?? DEFAULT_ALPHA;
    const beta = numberFlag(v, 'beta', 1e-6, 0.999) ?? DEFAULT_BETA;
    const replications = intFlag(v, 'replications', 2, MAX_REPLICATIONS) ?? 100;
    const workers = intFlag(v, 'workers', 0, 256);
    const maxUnits = intFlag(v, 'max-units', 1, 10_000);

    const { scenario, floorplanFile } = await loadScenario(file);
    if (scenario.workplace === undefined) throw new UsageError('the scenario has no workplace part to size (add "workplace": {...} or a part file)');
    const seed = seedFlag(v, scenario.seed ?? 1);
    const plan = floorplanFile ? await loadPlanInputs(floorplanFile, { departments: scenario.floorplan?.departments }) : undefined;
    const { model, planNotes } = buildWorkplaceModel(scenario.workplace, plan?.workplace, scenario.floorplan?.departments);

    const json = v.json === true;
    const progress = createProgress('size', !json);
    let result: WorkplaceSizingResult;
    try {
      result = await sizeWorkplace(model, {
        seed,
        alpha,
        beta,
        replications,
        workers,
        maxUnits,
        scenarioHash: contentHash(scenario),
        sweep: v.sweep === true ? DEFAULT_SWEEP : undefined,
        onProgress: (done, target) => progress.update(done, target),
      });
    } finally {
      progress.stop();
    }
    const planBlock = plan?.workplace ? { plan: { name: plan.planName, notes: planNotes } } : {};
    if (json) {
      process.stdout.write(`${JSON.stringify({ scenario: scenario.id ?? scenario.name, ...planBlock, ...result }, null, 2)}\n`);
    } else {
      const title = lang === 'ja' ? (scenario.nameJa ?? scenario.name) : scenario.name;
      const planText = plan?.workplace ? `\n${lang === 'ja' ? '平面図' : 'plan'}: ${plan.planName}\n${planNotes.map((n) => `  ${n}`).join('\n')}` : '';
      process.stdout.write(`${title}${planText}\n\n${renderWorkplaceSizing(result, lang)}\n`);
    }
    return 0;
  },
};
