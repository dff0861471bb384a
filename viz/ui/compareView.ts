/**
 * Comparing runs: pick two or more finished runs to see their headline KPIs side by side
 * (independent runs, so no pairing), and submit a comparison of their stored scenarios on the
 * same simulated days, whose result shows the paired differences (the results page). Finished
 * comparisons and sweeps are listed to open.
 */
import { nameIn } from '../i18n/index.js';
import { api } from './apiClient.js';
import type { RunStatus } from './apiTypes.js';
import type { App } from './app.js';
import { asForm, el, on, type ElementLike } from './dom.js';
import { tableWithCsv } from './figureView.js';
import { kpiComparisonTable } from './kpiTable.js';
import { resultOf } from './resultsView.js';
import { runsTable, watchOf, progressPanel } from './runView.js';
import { errorBox } from './statusView.js';

export function compareView(app: App): ElementLike {
  const m = app.ui.compare;
  const root = el(
    'section',
    { class: 'view compare', 'aria-labelledby': 'compare-title' },
    el('h1', { id: 'compare-title' }, m.title),
    el('p', { class: 'intro' }, m.intro),
  );
  const body = el('div', {}, el('p', { class: 'loading' }, app.ui.common.loading));
  root.append(body);
  api.runs().then(
    (runs) => {
      app.state.runs = runs;
      body.replaceChildren(
        picker(
          app,
          runs.filter((r) => r.status === 'done' && r.kind === 'run'),
        ),
        studies(app, runs),
      );
    },
    (err: unknown) => body.replaceChildren(errorBox(app, err, () => app.refresh())),
  );
  return root;
}

function picker(app: App, runs: RunStatus[]): ElementLike {
  const m = app.ui.compare;
  const names = new Map((app.state.scenarios ?? []).map((s) => [s.id, s]));
  const boxes = runs.map((r) => ({
    r,
    box: asForm(el('input', { type: 'checkbox', id: `pick-${r.id}`, value: r.id })),
  }));
  const table = el('div', { class: 'side-by-side', 'aria-live': 'polite' });
  const message = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const label = (r: RunStatus, scenario?: { name: string; nameJa: string }) =>
    `${scenario ? nameIn(app.lang, scenario) : r.scenarioIds.join(', ')} (${r.id})`;
  const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.r);
  const storedIdOf = (r: RunStatus): string[] => {
    const id = r.scenarioIds[0];
    const stored = id === undefined ? undefined : names.get(id);
    const res = app.state.results.get(r.id);
    return stored && res && 'scenario' in res && res.scenario.name === stored.name ? [stored.id] : [];
  };
  const update = async () => {
    const picked = chosen();
    if (picked.length < 2) return table.replaceChildren();
    const results = await Promise.all(picked.map((r) => resultOf(app, r.id)));
    const columns = results.flatMap((res, i) =>
      res.kind === 'scenario-run' ? [{ label: label(picked[i], res.scenario), kpis: res.kpis }] : [],
    );
    const t = kpiComparisonTable(m.sideBySide, app.msg.compare.header[0], columns, (k) => app.msg.kpi[k] ?? k);
    table.replaceChildren(tableWithCsv(app, 'side-by-side', t));
  };
  for (const b of boxes)
    on(b.box, 'change', () => void update().catch((err: unknown) => table.replaceChildren(errorBox(app, err))));
  const paired = on(el('button', { type: 'button', id: 'compare-paired' }, m.paired), 'click', () => {
    // Only runs of stored scenarios as stored: a run of unsaved edits carries its base's id but not its name.
    const ids = [...new Set(chosen().flatMap((r) => storedIdOf(r)))];
    if (ids.length < 2) return message.replaceChildren(el('p', { class: 'error', role: 'alert' }, m.needTwo));
    const replications = Math.max(...chosen().map((r) => r.replications));
    void api.submitRun({ kind: 'compare', scenarioId: ids[0], compareWith: ids.slice(1), replications }).then(
      (accepted) => {
        if (accepted.cached) return app.go({ view: 'results', id: accepted.id });
        const watch = watchOf(app, accepted.id, { status: accepted.status });
        message.replaceChildren(progressPanel(app, watch));
        watch.subscribe(
          (w) => w.status === 'done' && app.route.view === 'compare' && app.go({ view: 'results', id: accepted.id }),
        );
      },
      (err: unknown) => message.replaceChildren(errorBox(app, err)),
    );
  });
  return el(
    'section',
    { class: 'pick', 'aria-labelledby': 'pick-title' },
    el('h2', { id: 'pick-title' }, m.pick),
    runs.length === 0
      ? el('p', {}, app.ui.run.noRuns)
      : el(
          'ul',
          { class: 'pick-list' },
          boxes.map(({ r, box }) =>
            el('li', {}, box, ' ', el('label', { for: box.id }, label(r, names.get(r.scenarioIds[0] ?? '')))),
          ),
        ),
    el('p', { class: 'actions' }, paired),
    message,
    table,
  );
}

function studies(app: App, runs: RunStatus[]): ElementLike {
  const done = runs.filter((r) => r.status === 'done' && (r.kind === 'compare' || r.kind === 'sweep'));
  return el(
    'section',
    { class: 'studies' },
    el('h2', {}, `${app.ui.run.kinds.compare} / ${app.ui.run.kinds.sweep}`),
    runsTable(app, done),
  );
}
