/**
 * The STRESS-DES checklist (Monks et al. 2019) as a table: every item of the guideline with, in
 * our words, what it asks for and how this study answers it — filled from the bundle (scenario
 * names, the comparison, the result blocks, the register, the envelope), so a reviewer can tick
 * the checklist without reading the code.
 */
import type { ReportBundle, ReportContext } from '../../../engine/results/index.js';
import { messages, nameIn } from '../../i18n/index.js';
import type { MethodMessages } from '../../i18n/method.en.js';
import type { ReportTable } from '../reportTable.js';
import {
  counterDepartments,
  counterPositions,
  differingInputs,
  registerCounts,
  type MethodFacts,
} from './methodFacts.js';
import type { PartsUsed } from './methodConcept.js';

/** Bibliographic data of the guideline: a proper name, the same in every language. */
export const STRESS_REFERENCE =
  'Monks T, Currie CSM, Onggo BS, Robinson S, Kunc M, Taylor SJE. Strengthening the reporting of empirical ' +
  'simulation studies: Introducing the STRESS guidelines. Journal of Simulation 13(1):55–67, 2019. ' +
  'doi:10.1080/17477778.2018.1442155';

type Section = keyof MethodMessages['stress']['sections'];
type Item = keyof MethodMessages['stress']['items'];
/** The "this study" texts of some items. */
type Fills<K extends Item> = Pick<Record<Item, string>, K>;

/** The guideline's numbering: section, item number, item. */
const ITEMS: readonly [Section, string, Item][] = [
  ['objectives', '1.1', 'purpose'],
  ['objectives', '1.2', 'outputs'],
  ['objectives', '1.3', 'aims'],
  ['logic', '2.1', 'overview'],
  ['logic', '2.2', 'logic'],
  ['logic', '2.3', 'scenarios'],
  ['logic', '2.4', 'algorithms'],
  ['logic', '2.5.1', 'entities'],
  ['logic', '2.5.2', 'activities'],
  ['logic', '2.5.3', 'resources'],
  ['logic', '2.5.4', 'queues'],
  ['logic', '2.5.5', 'entryExit'],
  ['data', '3.1', 'sources'],
  ['data', '3.2', 'preprocessing'],
  ['data', '3.3', 'inputs'],
  ['data', '3.4', 'assumptions'],
  ['experimentation', '4.1', 'initialisation'],
  ['experimentation', '4.2', 'runLength'],
  ['experimentation', '4.3', 'estimation'],
  ['implementation', '5.1', 'software'],
  ['implementation', '5.2', 'sampling'],
  ['implementation', '5.3', 'execution'],
  ['implementation', '5.4', 'system'],
  ['code', '6.1', 'sharing'],
];

/** Paths listed per variant before "and n more": enough to see what an option changes. */
const MAX_PATHS = 4;

const pct = (x: number) => `${String(Number((100 * x).toPrecision(3)))}%`;

/** What every filler needs: the bundle, the words, and how to join and quote them. */
interface FillContext {
  bundle: ReportBundle;
  ctx: ReportContext;
  m: MethodMessages;
  f: MethodFacts;
  used: PartsUsed;
  /** Sentences in one cell, skipping those that do not apply (false or null). */
  lines: (...xs: (string | null | false)[]) => string;
  name: (o: { name: string; nameJa: string }) => string;
}

function objectives(c: FillContext): Fills<'purpose' | 'outputs' | 'aims'> {
  const { m, f, bundle, lines, name } = c;
  const s = m.stress.fill;
  const kpi = messages(c.ctx.lang).kpi;
  const parts = (['visitors', 'workplace', 'area'] as const).filter((p) => c.used[p]).map((p) => s.purposeParts[p]);
  const descriptions = f.options
    .filter((o) => o.scenario.description !== null && c.ctx.lang === 'en')
    .map((o) => s.description(nameIn(c.ctx.lang, o.scenario), o.scenario.description ?? ''));
  const variants = m.list(f.options.slice(1).map((o) => name(o.scenario)));
  const plan = bundle.staffing[0];
  const sizing = bundle.sizing;
  return {
    purpose: lines(s.purpose({ parts, options: m.list(f.options.map((o) => name(o.scenario))) }), ...descriptions),
    outputs: s.outputs(f.kpiIds.map((id) => kpi[id] ?? id).join(m.concept.listSeparator)),
    aims: lines(
      f.isComparison ? s.aimsCompare({ base: name(f.base.scenario), variants }) : s.aimsSingle(name(f.base.scenario)),
      plan !== undefined &&
        s.aimsStaffing({
          target: pct(plan.target.serviceLevel),
          within: plan.target.withinMin,
          interval: plan.target.intervalMin,
        }),
      sizing !== null &&
        s.aimsSizing({ alpha: pct(sizing.alpha), beta: pct(sizing.beta), sweep: sizing.sweep !== undefined }),
    ),
  };
}

/** How each variant differs from the base: the register paths that differ, and the plan. */
function scenarioLogic(c: FillContext): string[] {
  const { m, f, name } = c;
  const s = m.stress.fill;
  const sep = m.concept.listSeparator;
  if (!f.isComparison) return [s.scenarioSingle];
  return f.options.slice(1).map((o) => {
    const paths = differingInputs(f.base.assumptions, o.assumptions);
    const more = paths.length > MAX_PATHS ? `${sep}${s.more(paths.length - MAX_PATHS)}` : '';
    // The register does not hold the plan, so a variant on another plan says so here.
    const plan = o.plan !== null && o.plan.planHash !== f.base.plan?.planHash ? name(o.plan) : null;
    const shown = paths.slice(0, MAX_PATHS).join(sep) + more;
    return s.scenarioVariant({ name: name(o.scenario), n: paths.length, paths: shown, plan });
  });
}

function logic(c: FillContext): Fills<'overview' | 'logic' | 'scenarios' | 'algorithms'> {
  const { used, lines } = c;
  const s = c.m.stress.fill;
  return {
    overview: lines(s.overview, c.f.options.some((o) => o.planDrawing !== undefined) && s.overviewPlan),
    logic: lines(used.visitors && s.logicVisitors, used.workplace && s.logicWorkplace),
    scenarios: lines(...scenarioLogic(c), used.staffing && s.scenarioStaffing),
    algorithms: lines(
      used.visitors && s.algorithmsVisitors,
      used.staffing && s.algorithmsStaffing,
      used.workplace && s.algorithmsWorkplace,
      used.plan && s.algorithmsPlan,
      s.algorithmsCommon,
    ),
  };
}

function components(c: FillContext): Fills<'entities' | 'activities' | 'resources' | 'queues' | 'entryExit'> {
  const { used, lines } = c;
  const s = c.m.stress.fill;
  const v = c.f.visitors;
  const w = c.f.workplace;
  return {
    entities: lines(
      v !== null && s.entitiesVisitors(Math.round(v.day.expectedVisitors).toLocaleString('en-US')),
      w !== null && s.entitiesWorkplace(w.staff.total),
    ),
    activities: lines(used.visitors && s.activitiesVisitors, used.workplace && s.activitiesWorkplace),
    resources: lines(
      v !== null && s.resourcesVisitors({ departments: counterDepartments(v), positions: counterPositions(v) }),
      w !== null &&
        s.resourcesWorkplace({
          desks: w.zones.reduce((a, z) => a + z.desks, 0),
          zones: w.zones.length,
          units: w.spaces.reduce((a, x) => a + x.count, 0),
        }),
    ),
    queues: lines(used.visitors && s.queuesVisitors, used.workplace && s.queuesWorkplace),
    entryExit: lines(used.visitors && s.entryVisitors, used.workplace && s.entryWorkplace),
  };
}

function data(c: FillContext): Fills<'sources' | 'preprocessing' | 'inputs' | 'assumptions'> {
  const { f, lines } = c;
  const s = c.m.stress.fill;
  const v = f.visitors;
  const w = f.workplace;
  const inputs = [
    v !== null && s.inputsVisitors({ procedures: v.procedures.length, departments: counterDepartments(v) }),
    w !== null && s.inputsWorkplace({ staff: w.staff.total, zones: w.zones.length, spaces: w.spaces.length }),
    f.planZones !== null && s.inputsPlan(f.planZones),
  ].filter((x): x is string => typeof x === 'string');
  const counts = registerCounts(f.base.assumptions);
  return {
    sources: s.sources(counts),
    preprocessing: lines(s.preprocessing, c.used.plan && s.preprocessingPlan),
    inputs: s.inputs(inputs.join(c.m.concept.listSeparator)),
    assumptions: s.assumptions(counts),
  };
}

function experimentation(c: FillContext): Fills<'initialisation' | 'runLength' | 'estimation'> {
  const { bundle, f, lines } = c;
  const s = c.m.stress.fill;
  const env = bundle.main;
  const rule = env.stoppingRule;
  const ruleText =
    rule.type === 'fixed'
      ? s.fixedRule
      : s.precisionRule({ rel: pct(rule.relativeHalfWidth), min: rule.minReplications, max: rule.maxReplications });
  // A fixed count says all there is; a precision rule also says whether it was met.
  const stoppedBy = messages(c.ctx.lang).common.stoppedBy;
  const stopped = rule.type === 'fixed' ? null : (stoppedBy[env.stoppedBy] ?? env.stoppedBy);
  const plan = bundle.staffing[0];
  const sizing = bundle.sizing;
  return {
    initialisation: s.initialisation,
    runLength: lines(
      f.visitors !== null && s.runVisitors({ open: f.visitors.day.open, close: f.visitors.day.close }),
      f.workplace !== null && s.runWorkplace(f.workplace.daysPerReplication),
      s.runReplications({
        reps: env.replications,
        rule: stopped === null ? ruleText : `${ruleText}${c.m.concept.listSeparator}${stopped}`,
        seed: String(env.seed),
      }),
      plan !== undefined && s.runStaffing({ days: plan.replications, evaluations: plan.evaluations }),
      sizing !== null && s.runSizing({ reps: sizing.replications, days: sizing.daysPerReplication }),
    ),
    estimation: lines(s.estimation, f.isComparison && s.estimationCompare),
  };
}

function implementation(c: FillContext): Fills<'software' | 'sampling' | 'execution' | 'system' | 'sharing'> {
  const s = c.m.stress.fill;
  const env = c.bundle.main;
  return {
    software: s.software({ engine: env.engineVersion, format: env.formatVersion }),
    sampling: s.sampling(String(env.seed)),
    execution: s.execution(env.workers),
    // The report may be written from saved results elsewhere: this is the Node.js that wrote it.
    system: s.system({ seconds: (env.wallMs / 1000).toFixed(1), node: process.version }),
    sharing: s.sharing({ hash: env.inputHash, command: c.m.quote(c.ctx.command) }),
  };
}

export function stressTable(
  bundle: ReportBundle,
  ctx: ReportContext,
  m: MethodMessages,
  f: MethodFacts,
  used: PartsUsed,
): ReportTable {
  const t = m.stress;
  const c: FillContext = {
    bundle,
    ctx,
    m,
    f,
    used,
    lines: (...xs) => xs.filter((x): x is string => typeof x === 'string').join(m.sentenceGap),
    name: (o) => m.quote(nameIn(ctx.lang, o)),
  };
  const filled: Record<Item, string> = {
    ...objectives(c),
    ...logic(c),
    ...components(c),
    ...data(c),
    ...experimentation(c),
    ...implementation(c),
  };
  return {
    id: 'method-stress',
    caption: t.caption,
    header: t.header,
    rows: ITEMS.map(([section, no, item]) => [
      { text: no, attrs: { 'data-stress': no, 'data-section': section } },
      t.sections[section],
      t.items[item].label,
      t.items[item].asks,
      filled[item],
    ]),
  };
}
