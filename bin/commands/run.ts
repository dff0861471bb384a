import { loadScenario } from '../../scenarios/loadScenario.js';
import { partRunners } from '../../scenarios/partRunners.js';
import { loadPlanInputs } from '../../scenarios/planLink.js';
import { MAX_REPLICATIONS } from '../../engine/runner/runReplications.js';
import { intFlag, langFlag, parseCommandArgs, seedFlag, UsageError } from '../cliArgs.js';
import { createProgress } from '../progressBar.js';
import { textTable } from '../../scenarios/textTable.js';
import { areaCheckCells, officeStandardsText } from '../../scenarios/areaCheckText.js';
import { staffByRankOf } from '../../scenarios/staffByRankOf.js';
import type { AreaCheckRow, SpaceDemandInput } from '../../scenarios/planInputs.js';
import type { Command } from './command.js';

const HELP = `wardsim run <scenario.json> [options]

Simulates every part of a scenario — visitors and counters (来庁者・窓口), the workplace
(執務空間: desks, booths, meeting rooms) — and prints a summary with 95% confidence
intervals. With a floor plan named in the scenario, walking times and spaces come from the plan.

Options:
  --replications N   replications (default: the scenario's, else 100)
  --seed S           master seed (default: the scenario's, else 1)
  --workers W        worker threads (default: CPU cores; 0 = this thread)
  --part P           run only this part (visitors | workplace)
  --lang ja|en       language of the summary (default en)
  --json             print one JSON object (for scripts)
  -h, --help         this help

Exit codes: 0 ok, 1 run failed, 2 bad scenario or options (one line per problem).
`;

export const run: Command = {
  summary: 'simulate a ward-office scenario (visitors, counters, workplace)',
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      { replications: { type: 'string' }, seed: { type: 'string' }, workers: { type: 'string' }, part: { type: 'string' }, lang: { type: 'string' }, json: { type: 'boolean' } },
      HELP,
    );
    if (parsed === null) return 0;
    const [file, ...extra] = parsed.positionals;
    if (file === undefined || extra.length > 0) throw new UsageError(`expected exactly one scenario file\n\n${HELP}`);
    const v = parsed.values;
    const lang = langFlag(v);
    const only = v.part as string | undefined;
    if (only !== undefined && !partRunners.some((p) => p.key === only)) {
      throw new UsageError(`--part: expected one of ${partRunners.map((p) => p.key).join(', ')}, got ${JSON.stringify(only)}`);
    }

    const { scenario, floorplanFile } = await loadScenario(file);
    const replications = intFlag(v, 'replications', 1, MAX_REPLICATIONS) ?? scenario.replications ?? 100;
    const workers = intFlag(v, 'workers', 0, 256);
    const seed = seedFlag(v, scenario.seed ?? 1);
    const plan = floorplanFile ? await loadPlanInputs(floorplanFile, { departments: scenario.floorplan?.departments }) : undefined;
    const parts = partRunners.filter((p) => scenario[p.key] !== undefined && (only === undefined || p.key === only));
    if (parts.length === 0) throw new UsageError(`the scenario has no part to run${only ? ` named ${only}` : ''} (expected visitors and/or workplace)`);

    const results: Record<string, unknown> = {};
    const text: string[] = [`${lang === 'ja' ? (scenario.nameJa ?? scenario.name) : scenario.name}${plan ? ` — ${lang === 'ja' ? '平面図' : 'plan'}: ${plan.planName}` : ''}`];
    for (const part of parts) {
      const progress = createProgress(part.title[lang], v.json !== true);
      try {
        results[part.key] = await part.run(scenario, { seed, replications, workers, plan, onProgress: (d, t) => progress.update(d, t) });
      } finally {
        progress.stop();
      }
      text.push('', `== ${part.title[lang]} ==`, part.render(results[part.key], lang));
    }
    // With a plan: hold what the simulation says the building must hold against the plan's areas.
    let areaCheck: AreaCheckRow[] | undefined;
    if (plan) {
      const demand: SpaceDemandInput = Object.assign({}, ...parts.map((p) => p.spaceDemand?.(results[p.key]) ?? {}));
      if (Object.keys(demand).length > 0) {
        areaCheck = plan.checkArea(demand);
        const { header, cells } = areaCheckCells(areaCheck, lang);
        text.push('', lang === 'ja' ? `== 面積チェック（${plan.planName}） ==` : `== Area check (${plan.planName}) ==`, textTable(header, cells));
      }
    }
    // With a plan and staff: the building total against the Japanese office-area standards.
    const ranks = plan ? staffByRankOf(scenario) : undefined;
    const officeStandards = plan && ranks ? { ...plan.checkOfficeStandards(ranks.staff), staffDerivedFromHeadcount: ranks.derived } : undefined;
    if (officeStandards) text.push('', officeStandardsText(officeStandards, lang));
    const json = {
      scenario: scenario.id ?? scenario.name,
      seed,
      replications,
      ...(plan ? { plan: plan.planName } : {}),
      ...results,
      ...(areaCheck ? { areaCheck } : {}),
      ...(officeStandards ? { officeStandards } : {}),
    };
    process.stdout.write(v.json === true ? `${JSON.stringify(json, null, 2)}\n` : `${text.join('\n')}\n`);
    return 0;
  },
};
