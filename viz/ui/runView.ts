/**
 * Submitting a run of the opened scenario (with its unsaved edits, as a document): what to run,
 * replications and seed, parts, and the options of each kind; then its progress from the event
 * stream with an ETA and a cancel button; below, the recent runs.
 */
import { errorTitleJa } from '../i18n/errorTitles.ja.js';
import { nameIn } from '../i18n/index.js';
import { api } from './apiClient.js';
import type { RunKind, RunStatus } from './apiTypes.js';
import type { App } from './app.js';
import { asForm, browser, el, on, type ElementLike, type FormElementLike } from './dom.js';
import { etaText, percentText } from './eta.js';
import { departmentsOf } from './planLink.js';
import { runRequestOf, type RunForm } from './runRequest.js';
import { RunWatch, type WatchState } from './runWatch.js';
import { draftOf, hasEdits, loadLibrary } from './session.js';
import { problemOf } from './problems.js';
import { errorBox, errorText, problemList } from './statusView.js';

const KINDS: RunKind[] = ['run', 'compare', 'sweep', 'staff', 'size'];

/** The watch of a run, created once per run id (the views come and go, the stream stays). */
export function watchOf(app: App, runId: string, initial?: Partial<RunStatus>): RunWatch {
  let w = app.state.watches.get(runId);
  if (!w) {
    w = new RunWatch(runId, initial);
    app.state.watches.set(runId, w);
  }
  return w;
}

export function runView(app: App): ElementLike {
  const m = app.ui.run;
  const root = el(
    'section',
    { class: 'view run', 'aria-labelledby': 'run-title' },
    el('h1', { id: 'run-title' }, m.title),
  );
  const s = app.state.session;
  if (!s) root.append(el('p', {}, m.none), el('p', {}, el('a', { href: '#library' }, app.ui.nav.library)));
  else root.append(runForm(app));
  const progress = el('div', { id: 'run-progress-area' });
  if (app.state.activeRun) progress.append(progressPanel(app, watchOf(app, app.state.activeRun)));
  root.append(progress, historySection(app));
  return root;
}

function input(
  id: string,
  label: string,
  attrs: Record<string, string | number>,
  value: string,
): { row: ElementLike; box: FormElementLike } {
  const box = asForm(el('input', { id, ...attrs }));
  box.value = value;
  return {
    row: el('div', { class: 'field' }, el('label', { for: id }, label), el('span', { class: 'control' }, box)),
    box,
  };
}

function runForm(app: App): ElementLike {
  const m = app.ui.run;
  const s = app.state.session as NonNullable<typeof app.state.session>;
  const edited = hasEdits(s);
  const scenarioSeed = s.edited.seed;
  const kindBoxes = KINDS.map((k) => {
    const box = asForm(
      el('input', {
        type: 'radio',
        name: 'run-kind',
        id: `run-kind-${k}`,
        value: k,
        'aria-describedby': `run-kind-${k}-help`,
      }),
    );
    box.checked = k === 'run';
    return { k, box };
  });
  const kinds = el(
    'fieldset',
    { class: 'group kinds' },
    el('legend', {}, m.kind),
    kindBoxes.map(({ k, box }) =>
      el(
        'div',
        { class: 'radio' },
        box,
        el('label', { for: box.id }, m.kinds[k] ?? k),
        el('p', { class: 'help', id: `run-kind-${k}-help` }, m.kindHelp[k] ?? ''),
      ),
    ),
  );
  const reps = input(
    'run-replications',
    m.replications,
    { type: 'number', min: 1, max: 5000, step: 1, inputmode: 'numeric' },
    '10',
  );
  const seed = input(
    'run-seed',
    m.seed,
    { type: 'text', maxlength: 200 },
    scenarioSeed === undefined ? '1' : String(scenarioSeed),
  );
  const partBoxes = s.detail.parts.map((p) => {
    const box = asForm(el('input', { type: 'checkbox', id: `run-part-${p}`, value: p }));
    box.checked = true;
    return { p, box };
  });
  const parts = el(
    'fieldset',
    { class: 'group parts' },
    el('legend', {}, m.parts),
    partBoxes.map(({ p, box }) =>
      el('div', { class: 'check' }, box, el('label', { for: box.id }, app.ui.library.parts[p] ?? p)),
    ),
  );
  // Options of each kind, shown when it is chosen.
  const others = (app.state.scenarios ?? []).filter((x) => x.id !== s.detail.id);
  const compareBoxes = others.map((x) => ({
    id: x.id,
    box: asForm(el('input', { type: 'checkbox', id: `compare-${x.id}`, value: x.id })),
  }));
  const compare = el(
    'fieldset',
    { class: 'group kind-options', 'data-kind': 'compare' },
    el('legend', {}, m.compareWith),
    compareBoxes.map(({ id, box }) =>
      el(
        'div',
        { class: 'check' },
        box,
        el('label', { for: box.id }, nameIn(app.lang, others.find((x) => x.id === id) ?? { name: id, nameJa: id })),
      ),
    ),
  );
  const sweepSet = (s.edited.sweep as { set?: Record<string, unknown[]> } | undefined)?.set ?? {
    'visitors.levers.callback.share': [0, 0.2, 0.4],
    'visitors.levers.reservations.share': [0, 0.1],
  };
  const sweepRows = [0, 1].map((i) => {
    const [path, values] = Object.entries(sweepSet)[i] ?? ['', []];
    const p = input(`sweep-path-${i}`, m.sweepPath(i + 1), { type: 'text', spellcheck: 'false' }, path);
    const v = input(
      `sweep-values-${i}`,
      m.sweepValues,
      { type: 'text', spellcheck: 'false' },
      values.map((x) => JSON.stringify(x)).join(', '),
    );
    return { p, v };
  });
  const sweep = el(
    'fieldset',
    { class: 'group kind-options', 'data-kind': 'sweep' },
    el('legend', {}, m.kinds.sweep),
    sweepRows.flatMap((r) => [r.p.row, r.v.row]),
  );
  const target = input('staff-target', m.staffTarget, { type: 'number', min: 1, max: 99.9, step: 1 }, '80');
  const within = input('staff-within', m.staffWithin, { type: 'number', min: 0.1, max: 1440, step: 1 }, '30');
  const staff = el(
    'fieldset',
    { class: 'group kind-options', 'data-kind': 'staff' },
    el('legend', {}, m.kinds.staff),
    target.row,
    within.row,
  );
  const alpha = input('size-alpha', m.alpha, { type: 'number', min: 0.001, max: 0.5, step: 0.01 }, '0.05');
  const beta = input('size-beta', m.beta, { type: 'number', min: 0.001, max: 0.5, step: 0.01 }, '0.1');
  const telework = asForm(el('input', { type: 'checkbox', id: 'size-telework' }));
  const size = el(
    'fieldset',
    { class: 'group kind-options', 'data-kind': 'size' },
    el('legend', {}, m.kinds.size),
    alpha.row,
    beta.row,
    el('div', { class: 'check' }, telework, el('label', { for: telework.id }, m.teleworkSweep)),
  );
  const fresh = asForm(el('input', { type: 'checkbox', id: 'run-fresh' }));
  const options = [compare, sweep, staff, size];
  const kindNow = () => kindBoxes.find((k) => k.box.checked)?.k ?? 'run';
  const showOptions = () => {
    for (const o of options) o.hidden = o.getAttribute('data-kind') !== kindNow();
    parts.hidden = !['run', 'compare', 'sweep'].includes(kindNow());
  };
  for (const { box } of kindBoxes) on(box, 'change', showOptions);
  showOptions();
  const message = el('div', { class: 'form-message', 'aria-live': 'polite' });
  const submit = el('button', { type: 'submit', class: 'primary', id: 'run-submit' }, m.submit);
  const form = el(
    'form',
    { class: 'run-form', novalidate: true },
    el(
      'p',
      { class: 'scenario' },
      m.scenario(nameIn(app.lang, { name: s.name, nameJa: s.nameJa })),
      edited && el('span', { class: 'badge unsaved' }, m.unsaved),
    ),
    kinds,
    el('div', { class: 'fields inline' }, reps.row, seed.row),
    parts,
    options,
    el('div', { class: 'check' }, fresh, el('label', { for: fresh.id }, m.fresh)),
    el('p', { class: 'actions' }, submit),
    message,
  );
  on(form, 'submit', (e) => {
    e.preventDefault();
    const values: RunForm = {
      kind: kindNow(),
      replications: Math.max(1, Math.round(Number(reps.box.value) || 1)),
      seed: seed.box.value,
      parts: partBoxes.filter((p) => p.box.checked).map((p) => p.p),
      compareWith: compareBoxes.filter((c) => c.box.checked).map((c) => c.id),
      sweep: sweepRows.map((r) => ({ path: r.p.box.value, values: r.v.box.value })),
      target: Number(target.box.value) / 100,
      withinMin: Number(within.box.value),
      alpha: Number(alpha.box.value),
      beta: Number(beta.box.value),
      teleworkSweep: telework.checked,
      fresh: fresh.checked,
    };
    const req = runRequestOf(
      values,
      edited ? { scenario: draftOf(s), originalId: s.detail.id } : { originalId: s.detail.id },
    );
    message.replaceChildren();
    void api.submitRun(req).then(
      (accepted) => {
        app.state.runDepartments.set(accepted.id, departmentsOf(s.edited));
        if (accepted.cached) {
          app.announce(m.cached);
          app.go({ view: 'results', id: accepted.id });
          return;
        }
        app.state.activeRun = accepted.id;
        const area = browser().document.getElementById('run-progress-area');
        area?.replaceChildren(progressPanel(app, watchOf(app, accepted.id, { status: accepted.status })));
      },
      (err: unknown) => message.replaceChildren(errorBox(app, err)),
    );
  });
  void loadLibrary(app).catch(() => undefined);
  return form;
}

function progressText(app: App, w: WatchState): string {
  const m = app.ui.run;
  const parts = [m.status[w.status] ?? w.status];
  if (w.status === 'running' || w.status === 'done') parts.push(m.progress(percentText(w.progress)));
  if (w.done !== null && w.target !== null && w.status === 'running') parts.push(`${w.done} / ${w.target}`);
  if (w.status === 'running') parts.push(w.etaMs === null ? m.etaUnknown : m.eta(etaText(w.etaMs, m)));
  return parts.join(' · ');
}

/** The active run: a progress bar, status and ETA, cancel; on done, the results. */
export function progressPanel(app: App, watch: RunWatch): ElementLike {
  const m = app.ui.run;
  const bar = asForm(el('progress', { id: 'run-progress', max: 1, 'aria-label': app.ui.a11y.progress }));
  const text = el('p', { class: 'progress-text', id: 'run-progress-text' });
  const cancel = asForm(el('button', { type: 'button', id: 'run-cancel' }, m.cancel));
  const note = el('div', { class: 'progress-note', role: 'status' });
  on(cancel, 'click', () => {
    cancel.disabled = true;
    void watch.cancel().catch((err: unknown) => note.replaceChildren(errorText(app, err)));
  });
  const panel = el(
    'section',
    { class: 'progress-panel', 'aria-labelledby': 'progress-title', 'data-run': watch.runId },
    el('h2', { id: 'progress-title' }, watch.runId),
    bar,
    text,
    cancel,
    note,
  );
  let announced = false;
  watch.subscribe((w) => {
    bar.value = String(w.progress);
    bar.setAttribute('aria-valuetext', percentText(w.progress));
    text.textContent = progressText(app, w);
    panel.setAttribute('data-status', w.status);
    cancel.disabled = watch.finished;
    if (!watch.finished || announced) return;
    announced = true;
    if (w.status === 'done') {
      app.announce(`${watch.runId}: ${m.status.done}`);
      // Still on this page: go to the charts.
      if (panel.isConnected && app.route.view === 'run') app.go({ view: 'results', id: watch.runId });
    } else {
      const problem = w.error ? problemOf(500, w.error, '') : null;
      const title = problem && app.lang === 'ja' ? (errorTitleJa(problem.code) ?? problem.title) : problem?.title;
      const detail = problem ? [title, problem.detail].filter(Boolean).join(': ') : '';
      note.replaceChildren(w.status === 'failed' ? m.failed : m.cancelled, detail ? ` ${detail}` : '');
      if (problem?.errors.length) note.append(problemList(app.lang, problem.errors));
    }
    void refreshHistory(app);
  });
  return panel;
}

let historyBox: ElementLike | null = null;

function historySection(app: App): ElementLike {
  historyBox = el('div', { class: 'history-body' }, el('p', { class: 'loading' }, app.ui.common.loading));
  void refreshHistory(app);
  return el(
    'section',
    { class: 'history', 'aria-labelledby': 'history-title' },
    el('h2', { id: 'history-title' }, app.ui.run.history),
    historyBox,
  );
}

async function refreshHistory(app: App): Promise<void> {
  const box = historyBox;
  if (!box) return;
  try {
    app.state.runs = await api.runs();
    box.replaceChildren(runsTable(app, app.state.runs));
  } catch (err) {
    box.replaceChildren(errorBox(app, err));
  }
}

export function runsTable(app: App, runs: readonly RunStatus[]): ElementLike {
  const m = app.ui.run;
  if (runs.length === 0) return el('p', {}, m.noRuns);
  const names = new Map((app.state.scenarios ?? []).map((x) => [x.id, nameIn(app.lang, x)]));
  return el(
    'table',
    { class: 'data runs', id: 'runs-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        m.historyHeader.map((h) => el('th', { scope: 'col' }, h)),
        el('th', { scope: 'col' }, ''),
      ),
    ),
    el(
      'tbody',
      {},
      runs.map((r) =>
        el(
          'tr',
          { 'data-run': r.id, 'data-status': r.status },
          el('th', { scope: 'row' }, el('code', {}, r.id)),
          el('td', {}, m.kinds[r.kind] ?? r.kind),
          el('td', {}, r.scenarioIds.map((id) => names.get(id) ?? id).join(', ')),
          el('td', {}, m.status[r.status] ?? r.status),
          el('td', { class: 'num' }, String(r.replications)),
          el('td', {}, r.startedAt ? new Date(r.startedAt).toLocaleString(app.lang) : '—'),
          el('td', { class: 'num' }, r.wallMs === null ? '—' : `${(r.wallMs / 1000).toFixed(1)} s`),
          el(
            'td',
            {},
            r.status === 'done'
              ? on(el('button', { type: 'button', class: 'link' }, m.show), 'click', () =>
                  app.go({ view: 'results', id: r.id }),
                )
              : '',
          ),
        ),
      ),
    ),
  );
}
