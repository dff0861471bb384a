/**
 * `kind: "city-study"` — every option of every ward of a study file as ONE study
 * (studyRunner.runStudy: one replication job, each replication index simulating every distinct
 * input on the streams of (seed, index, name)), so all wards and options see common random
 * numbers and every comparison with a ward's baseline is paired; then, per option, the figures
 * behind its KPIs, its building programme and the verdict 増・減・維持 (docs/city-study.md).
 */
import { contentHash } from '../../engine/runner/contentHash.js';
import { ENGINE_VERSION } from '../../engine/version.js';
import { FORMAT_VERSION, type CityOption, type CityStudyResult, type CityWard } from '../../engine/results/index.js';
import { compileScenario, type CompiledScenario } from '../compile/compileScenario.js';
import type { ResolvedScenario } from '../load/resolveScenario.js';
import type { ScenarioResolver } from '../load/resolver.js';
import { buildProgramme } from '../programme/buildProgramme.js';
import { DEFAULT_BAND_SHARE } from '../programme/programmeRules.js';
import { cityStudyInputs, type CityStudyInputs } from './city/cityStudyInputs.js';
import { explainOption } from './city/explainOption.js';
import { lineFigures } from './city/lineFigures.js';
import { builtIn1970s, partsAddUp, type WardFact, type WardFacts } from './city/wardFacts.js';
import { ruleKey } from './inputHashes.js';
import { compareKpi } from './pairedDifference.js';
import { scenarioRunPart } from './scenarioRunPart.js';
import { serviceTargetCheck } from './serviceTarget.js';
import type { StudyOptions } from './studyOptions.js';
import { runStudy } from './studyRunner.js';

export interface CityStudyOptions extends StudyOptions {
  /** Only these wards of the study (ids), in the study's order. */
  wards?: string[];
}

/** Replications when neither the options nor the study file say (docs/city-study.md#precision). */
export const DEFAULT_CITY_REPLICATIONS = 100;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 === 1 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function factsBlock(f: WardFact): CityWard['facts'] {
  return {
    printed: { ...f.printed },
    built: f.read.built,
    builtPlanned: f.read.builtPlanned,
    builtIn1970s: builtIn1970s(f),
    totalM2: f.read.totalM2,
    wardOfficeM2: f.read.wardOfficeM2,
    healthCentreM2: f.read.healthCentreM2,
    wardCentreM2: f.read.wardCentreM2,
    otherM2: f.read.otherM2,
    partsAddUp: partsAddUp(f),
    readingNote: f.readingNote,
    population: f.population,
    households: f.households,
  };
}

function centreRules(inputs: CityStudyInputs, facts: WardFacts) {
  const p = inputs.block.programme ?? {};
  return {
    healthCentre: p.healthCentre ?? 'given',
    wardCentre: p.wardCentre ?? 'given',
    healthCentrePerResidentM2: median(facts.wards.map((w) => w.read.healthCentreM2 / w.population)),
    wardCentrePerResidentM2: median(facts.wards.map((w) => w.read.wardCentreM2 / w.population)),
  };
}

export async function cityStudy(
  study: ResolvedScenario,
  resolver: ScenarioResolver,
  options: CityStudyOptions = {},
): Promise<CityStudyResult> {
  const started = performance.now();
  const inputs = await cityStudyInputs(study, resolver, options.wards);
  const flat = inputs.wards.flatMap((w) => w.options.map((o) => ({ ward: w, ...o })));
  const compiled: CompiledScenario[] = flat.map((o) => compileScenario(o.resolved));
  const seed = options.seed ?? study.scenario.seed ?? 1;
  const replications = options.replications ?? study.scenario.replications ?? DEFAULT_CITY_REPLICATIONS;
  const run = await runStudy(compiled, { ...options, seed, replications });
  const info = { ...run.outcome, wallMs: performance.now() - started };
  const parts = run.runs.map((r) => scenarioRunPart(r, info, options.full));
  const centres = centreRules(inputs, inputs.facts);
  const bandShare = inputs.block.programme?.bandShare ?? DEFAULT_BAND_SHARE;

  let k = 0;
  const wards: CityWard[] = inputs.wards.map((w) => {
    const first = k;
    const options: CityOption[] = w.options.map(({ option }, j) => {
      const i = k++;
      const c = compiled[i];
      const part = parts[i];
      const lines = c.visitors ? lineFigures(c.visitors.input, c.visitors.labels, part) : [];
      const shared = run.runs[first].kpis.filter((kpi) => run.runs[i].kpis.some((x) => x.id === kpi.id));
      const versus =
        j === 0
          ? null
          : Object.fromEntries(
              shared.map((kpi) => [
                kpi.id,
                compareKpi(run.runs[first].columns[kpi.id], run.runs[i].columns[kpi.id], kpi),
              ]),
            );
      const programme = buildProgramme({
        run: part,
        deskRule: option.deskRule,
        today: { ...w.fact.read, complexM2: w.fact.read.totalM2, partsAddUp: partsAddUp(w.fact) },
        population: w.fact.population,
        centres,
        bandShare,
        staffByRank: c.staffByRank?.staff,
      });
      const desks = programme.rows
        .filter((r) => r.item === 'desks' || r.item === 'touchdown')
        .reduce((a, r) => a + (r.unitsPlanned ?? 0), 0);
      const staff = part.workplace?.staff.total ?? 0;
      return {
        id: option.id,
        name: option.name,
        nameJa: option.nameJa,
        deskRule: option.deskRule,
        scenario: part.scenario,
        plan: part.plan,
        kpis: part.kpis,
        replicationKpis: part.replicationKpis,
        serviceTarget: serviceTargetCheck(part),
        desks: { staff, desks, perStaff: staff > 0 ? desks / staff : 0 },
        versusBaseline: versus,
        lines,
        findings: [],
        programme,
        areaCheck: part.areaCheck ?? [],
        planDrawing: part.planDrawing ?? null,
      };
    });
    // Findings need the baseline's lines: filled once the ward's options are built.
    options.forEach((o, j) => {
      if (o.versusBaseline)
        o.findings = explainOption(
          { run: parts[first], lines: options[0].lines },
          { run: parts[first + j], lines: o.lines },
          o.versusBaseline,
        );
    });
    return { id: w.fact.id, name: w.fact.name, nameJa: w.fact.nameJa, facts: factsBlock(w.fact), options };
  });

  const inputHash = contentHash({
    kind: 'city-study',
    scenarios: compiled.map((c) => c.inputHash),
    wards: inputs.wards.map((w) => ({ fact: w.fact, options: w.options.map((o) => o.option) })),
    programme: { bandShare, ...centres },
    rule: ruleKey(run.stoppingRule),
    full: options.full === true,
  });
  return {
    kind: 'city-study',
    formatVersion: FORMAT_VERSION,
    engineVersion: ENGINE_VERSION,
    inputHash,
    seed: run.seed,
    replications: run.outcome.replications,
    stoppingRule: run.stoppingRule,
    stoppedBy: run.outcome.stoppedBy as CityStudyResult['stoppedBy'],
    wallMs: Math.round(performance.now() - started),
    workers: run.outcome.workers,
    study: {
      id: study.scenario.id ?? null,
      name: study.scenario.name,
      nameJa: study.scenario.nameJa ?? study.scenario.name,
      description: study.scenario.description ?? null,
    },
    wards,
  };
}
