/**
 * A finished run's result, by kind: a run's KPIs and charts (wait fan, waiting area, service
 * level, the plan heatmap, desks and booths), a comparison's paired differences and each
 * option's charts, a sweep's heatmap with a KPI picker, a staffing plan, a workplace sizing;
 * every chart with its table and CSV, and the study report to download.
 */
import type {
  ComparisonResult,
  ScenarioRunPart,
  ScenarioRunResult,
  StaffingPlanResult,
  SweepResult,
  WorkplaceSizingResult,
} from '../../engine/results/index.js';
import { nameIn } from '../i18n/index.js';
import { api, reportUrl } from './apiClient.js';
import type { RunStatus, StudyResult } from './apiTypes.js';
import type { App } from './app.js';
import { asForm, browser, el, on, type ElementLike } from './dom.js';
import { figureElement, tableDetails, tableWithCsv } from './figureView.js';
import { heatmapFigure } from './heatmapView.js';
import { kpiComparisonTable } from './kpiTable.js';
import { departmentsOf } from './planLink.js';
import {
  comparisonFigure,
  runFigures,
  sizingFigures,
  staffingFigure,
  sweepFigure,
  sweepKpis,
  type ChartContext,
  type SweepView,
} from './resultCharts.js';
import { metricsTable, sizingTables, staffingTable, sweepCellsTable } from './resultTables.js';
import { progressPanel, runsTable, watchOf } from './runView.js';
import { errorBox } from './statusView.js';

export function resultsView(app: App): ElementLike {
  const m = app.ui.results;
  const root = el(
    'section',
    { class: 'view results', 'aria-labelledby': 'results-title' },
    el('h1', { id: 'results-title' }, m.title),
  );
  const id = app.route.id;
  const body = el('div', {}, el('p', { class: 'loading' }, app.ui.common.loading));
  root.append(body);
  if (id === undefined) {
    body.replaceChildren(el('p', {}, m.none));
    void api.runs().then(
      (runs) =>
        body.append(
          runsTable(
            app,
            runs.filter((r) => r.status === 'done'),
          ),
        ),
      (err: unknown) => body.append(errorBox(app, err)),
    );
    return root;
  }
  api
    .run(id)
    .then(async (status) => {
      if (status.status === 'done') return showResult(app, status, await resultOf(app, id), body);
      // Not finished: its progress here, and the result once it is done.
      const watch = watchOf(app, id, status);
      body.replaceChildren(progressPanel(app, watch));
      watch.subscribe((w) => {
        if (w.status === 'done' && body.isConnected) app.refresh();
      });
    })
    .catch((err: unknown) => body.replaceChildren(errorBox(app, err, () => app.refresh())));
  return root;
}

export async function resultOf(app: App, runId: string): Promise<StudyResult> {
  const cached = app.state.results.get(runId);
  if (cached) return cached;
  const r = await api.result(runId);
  app.state.results.set(runId, r);
  return r;
}

const chartWidth = () =>
  Math.max(480, Math.min(960, (browser().document.getElementById('main')?.clientWidth ?? 1000) - 48));

async function showResult(app: App, status: RunStatus, result: StudyResult, body: ElementLike): Promise<void> {
  const m = app.ui.results;
  const ctx: ChartContext = { lang: app.lang, idPrefix: 'chart', widthPx: chartWidth() };
  const name = 'scenario' in result ? nameIn(app.lang, result.scenario) : nameIn(app.lang, result.base);
  const head = el(
    'header',
    { class: 'result-head' },
    el('h2', { id: 'result-title' }, m.of(name, m.kind[result.kind] ?? result.kind)),
    el(
      'p',
      { class: 'stamp' },
      app.msg.common.stamp({
        engine: result.engineVersion,
        hash: result.inputHash,
        seed: String(result.seed),
        replications: result.replications,
        rule: result.stoppingRule.type,
        ms: result.wallMs,
        workers: result.workers,
      }),
    ),
    reportLinks(app, status, result),
    el('p', { class: 'hint', id: 'chart-keys-hint' }, m.tipHint, ' ', app.ui.a11y.chartKeys),
  );
  const parts: ElementLike[] = [head];
  const departments = app.state.runDepartments.get(status.id) ?? (await storedDepartments(app, status));
  if (result.kind === 'scenario-run') parts.push(...(await runSection(app, status, result, ctx, departments)));
  else if (result.kind === 'comparison') parts.push(...comparisonSection(app, result, ctx, departments));
  else if (result.kind === 'sweep') parts.push(sweepSection(app, result, ctx));
  else if (result.kind === 'staffing-plan') parts.push(...(await staffingSection(app, status, result, ctx)));
  else parts.push(...sizingSection(app, result, ctx));
  body.replaceChildren(...parts);
}

/** The plan department map of the run's stored scenario (the heatmap's counters), {} when unknown. */
async function storedDepartments(app: App, status: RunStatus): Promise<Record<string, string>> {
  const id = status.scenarioIds[0];
  if (!id || !(app.state.scenarios ?? []).some((s) => s.id === id)) return {};
  try {
    return departmentsOf((await api.scenario(id)).resolved);
  } catch {
    return {};
  }
}

function reportLinks(app: App, status: RunStatus, result: StudyResult): ElementLike {
  const m = app.ui.results;
  if (result.kind !== 'scenario-run' && result.kind !== 'comparison') return el('p', { class: 'note' }, m.noReport);
  const langs = app.lang === 'ja' ? (['ja', 'en'] as const) : (['en', 'ja'] as const);
  return el(
    'p',
    { class: 'report-links' },
    `${m.report}: `,
    langs.flatMap((lang) =>
      (['html', 'pdf'] as const).map((format) =>
        el(
          'a',
          {
            href: reportUrl(status.id, lang, format),
            download: `wardsim-${status.id}-${lang}.${format}`,
            class: `report report-${format}`,
            'data-lang': lang,
          },
          `${format === 'html' ? m.reportHtml : m.reportPdf} (${m.reportLang[lang]})`,
        ),
      ),
    ),
  );
}

function kpiSection(app: App, run: ScenarioRunPart, id: string): ElementLike {
  const m = app.ui.results;
  const table = kpiComparisonTable(
    m.kpis,
    m.kpiHeader[0],
    [{ label: m.kpiHeader[1], kpis: run.kpis }],
    (k) => app.msg.kpi[k] ?? k,
  );
  return el('section', { class: 'kpis' }, tableWithCsv(app, id, table));
}

/** Done runs of `kind` about the same stored scenarios whose result is about the same scenario input. */
async function related<T extends StudyResult>(
  app: App,
  status: RunStatus,
  kind: RunStatus['kind'],
  hash: string,
): Promise<T | undefined> {
  const runs = app.state.runs ?? (await api.runs().catch(() => [] as RunStatus[]));
  const candidates = runs
    .filter((r) => r.kind === kind && r.status === 'done' && r.scenarioIds.join() === status.scenarioIds.join())
    .slice(0, 5);
  for (const c of candidates) {
    const r = await resultOf(app, c.id).catch(() => undefined);
    if (r && 'scenario' in r && r.scenario.inputHash === hash) return r as T;
  }
  return undefined;
}

async function runSection(
  app: App,
  status: RunStatus,
  run: ScenarioRunPart,
  ctx: ChartContext,
  departments: Record<string, string>,
): Promise<ElementLike[]> {
  const staffing = run.visitors
    ? await related<StaffingPlanResult>(app, status, 'staff', run.scenario.inputHash)
    : undefined;
  return [kpiSection(app, run, 'kpi-table'), ...optionCharts(app, run, ctx, departments, staffing)];
}

function optionCharts(
  app: App,
  run: ScenarioRunPart,
  ctx: ChartContext,
  departments: Record<string, string>,
  staffing?: StaffingPlanResult,
): ElementLike[] {
  const figures = runFigures(run, ctx, staffing).map((f) => figureElement(app, f.id, f.chart));
  const heatmap = heatmapFigure(app, run, departments, ctx.idPrefix, ctx.widthPx);
  const out = [
    ...figures.slice(0, 3),
    heatmap ?? el('p', { class: 'note' }, app.ui.results.heatmap.noPlan),
    ...figures.slice(3),
  ];
  return [el('div', { class: 'figures' }, out)];
}

function comparisonSection(
  app: App,
  c: ComparisonResult,
  ctx: ChartContext,
  departments: Record<string, string>,
): ElementLike[] {
  const m = app.ui.compare;
  const forest = comparisonFigure(c, ctx, m);
  const tables = c.variants.map((_, i) => {
    const t = metricsTable(c, i, app.lang);
    return el('section', { class: 'metrics' }, tableWithCsv(app, `metrics-${i}`, t));
  });
  const names = [nameIn(app.lang, c.base), ...c.variants.map((v) => nameIn(app.lang, v))];
  const picker = asForm(
    el(
      'select',
      { id: 'option-picker' },
      names.map((n, i) => el('option', { value: i }, n)),
    ),
  );
  const charts = el('div', { class: 'option-charts' });
  const draw = () => {
    const i = Number(picker.value);
    const run = c.runs[i];
    if (run)
      charts.replaceChildren(
        kpiSection(app, run, `kpi-table-${i}`),
        ...optionCharts(app, run, { ...ctx, idPrefix: `chart-o${i}` }, i === 0 ? departments : {}),
      );
  };
  on(picker, 'change', draw);
  draw();
  return [
    figureElement(app, forest.id, forest.chart),
    ...tables,
    el(
      'section',
      { class: 'options' },
      el('p', { class: 'field' }, el('label', { for: picker.id }, app.ui.results.option), ' ', picker),
      charts,
    ),
  ];
}

function sweepSection(app: App, s: SweepResult, ctx: ChartContext): ElementLike {
  const m = app.ui.compare;
  const kpis = sweepKpis(s);
  const view: SweepView = {
    kpiId: kpis.includes('waitMeanMin') ? 'waitMeanMin' : (kpis[0] ?? ''),
    x: 0,
    y: s.parameters.length > 1 ? 1 : -1,
    fixed: {},
  };
  const select = (id: string, label: string, options: [string, string][], value: string, set: (v: string) => void) => {
    const box = asForm(
      el(
        'select',
        { id },
        options.map(([v, t]) => el('option', { value: v }, t)),
      ),
    );
    box.value = value;
    on(box, 'change', () => {
      set(box.value);
      draw();
    });
    return el('span', { class: 'field' }, el('label', { for: id }, label), ' ', box);
  };
  const params = s.parameters.map((p, i): [string, string] => [String(i), p.path]);
  const controls = el('div', { class: 'sweep-controls' });
  const holder = el('div', {});
  const draw = () => {
    const fixedControls = s.parameters
      .map((p, i) => ({ p, i }))
      .filter(({ i }) => i !== view.x && i !== view.y)
      .map(({ p, i }) =>
        select(
          `sweep-fixed-${i}`,
          m.fixed(p.path),
          p.values.map((v, k): [string, string] => [String(k), JSON.stringify(v)]),
          String(view.fixed[i] ?? 0),
          (v) => (view.fixed[i] = Number(v)),
        ),
      );
    controls.replaceChildren(
      select(
        'sweep-kpi',
        m.kpi,
        kpis.map((k): [string, string] => [k, app.msg.kpi[k] ?? k]),
        view.kpiId,
        (v) => (view.kpiId = v),
      ),
      select('sweep-x', m.xParam, params, String(view.x), (v) => (view.x = Number(v))),
      ...(s.parameters.length > 1
        ? [select('sweep-y', m.yParam, params, String(view.y), (v) => (view.y = Number(v)))]
        : []),
      ...fixedControls,
    );
    const f = sweepFigure(s, view, ctx, m);
    const cells = sweepCellsTable(s, view.kpiId, app.lang, m);
    holder.replaceChildren(
      figureElement(app, f.id, f.chart),
      tableDetails(app, 'sweep-cells', cells, `${app.ui.common.table}: ${m.cellsHeader[0]}`),
    );
  };
  draw();
  return el('section', { class: 'sweep' }, el('h3', {}, m.sweepTitle), controls, holder);
}

async function staffingSection(
  app: App,
  status: RunStatus,
  p: StaffingPlanResult,
  ctx: ChartContext,
): Promise<ElementLike[]> {
  const m = app.ui.results;
  const run = await related<ScenarioRunResult>(app, status, 'run', p.scenario.inputHash);
  const f = staffingFigure(p, ctx, run?.visitors);
  const t = staffingTable(p, app.lang, m);
  return [
    el('p', { class: 'note' }, run ? m.staffingFrom(nameIn(app.lang, run.scenario)) : m.staffingNoRun),
    figureElement(app, f.id, f.chart),
    el('section', {}, tableWithCsv(app, 'staffing-groups', t)),
  ];
}

function sizingSection(app: App, s: WorkplaceSizingResult, ctx: ChartContext): ElementLike[] {
  const tables = sizingTables(s, app.lang, app.ui.results).map((t, i) =>
    el('section', {}, tableWithCsv(app, `sizing-${i}`, t)),
  );
  return [
    ...tables,
    el(
      'div',
      { class: 'figures' },
      sizingFigures(s, ctx).map((f) => figureElement(app, f.id, f.chart)),
    ),
  ];
}
