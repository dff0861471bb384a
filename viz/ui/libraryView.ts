/**
 * The library: stored scenarios (ward, name, description, parts, options) and floor plans (levels,
 * area, zones, a drawing), each scenario with "open in the editor" and "run"; uploads below.
 */
import { nameIn } from '../i18n/index.js';
import { planIdOf, planSvgUrl } from './apiClient.js';
import type { FloorPlanSummary, ScenarioSummary } from './apiTypes.js';
import type { App } from './app.js';
import { el, on, type ElementLike } from './dom.js';
import { errorBox } from './statusView.js';
import { loadLibrary, openScenario } from './session.js';
import { uploadSection } from './uploadView.js';

export function libraryView(app: App): ElementLike {
  const m = app.ui.library;
  const root = el(
    'section',
    { class: 'view library', 'aria-labelledby': 'library-title' },
    el('h1', { id: 'library-title' }, m.title),
    el('p', { class: 'intro' }, m.intro),
  );
  const body = el('div', { class: 'library-body' }, el('p', { class: 'loading' }, app.ui.common.loading));
  const lists = () => body.replaceChildren(scenarioList(app), planList(app));
  root.append(body, uploadSection(app, lists));
  loadLibrary(app).then(lists, (err: unknown) => body.replaceChildren(errorBox(app, err, () => app.refresh())));
  return root;
}

function scenarioList(app: App): ElementLike {
  const m = app.ui.library;
  const plans = new Map((app.state.floorplans ?? []).map((p) => [p.id, p]));
  const items = (app.state.scenarios ?? []).map((s) => scenarioCard(app, s, plans));
  return el(
    'section',
    { class: 'cards', 'aria-labelledby': 'scenarios-title' },
    el('h2', { id: 'scenarios-title' }, m.scenarios),
    items.length ? el('ul', { class: 'card-list', id: 'scenario-list' }, items) : el('p', {}, m.empty),
  );
}

function scenarioCard(app: App, s: ScenarioSummary, plans: Map<string, FloorPlanSummary>): ElementLike {
  const m = app.ui.library;
  const planId = planIdOf(s.floorplan);
  const plan = planId === null ? undefined : plans.get(planId);
  const titleId = `scenario-${s.id}-title`;
  const open = on(
    el('button', { type: 'button', class: 'primary', 'aria-describedby': titleId }, m.open),
    'click',
    () => app.go({ view: 'editor', id: s.id }),
  );
  const run = on(el('button', { type: 'button', 'aria-describedby': titleId }, m.runNow), 'click', () => {
    void openScenario(app, s.id).then(() => app.go({ view: 'run' }));
  });
  return el(
    'li',
    { class: 'card scenario-card', 'data-id': s.id },
    el('h3', { id: titleId }, nameIn(app.lang, s)),
    el(
      'p',
      { class: 'badges' },
      el('span', { class: `badge source-${s.source}` }, m.source[s.source] ?? s.source),
      s.readOnly && el('span', { class: 'badge' }, m.readOnly),
      s.parts.map((p) => el('span', { class: 'badge part' }, m.parts[p] ?? p)),
      el('span', { class: 'badge' }, m.variants(s.variants)),
      el('span', { class: 'badge' }, plan ? `${m.floorplan}: ${nameIn(app.lang, plan)}` : (planId ?? m.noFloorplan)),
    ),
    s.description && el('p', { class: 'description' }, s.description),
    el('p', { class: 'actions' }, open, run),
  );
}

function planList(app: App): ElementLike {
  const m = app.ui.library;
  const items = (app.state.floorplans ?? []).map((p) =>
    el(
      'li',
      { class: 'card plan-card', 'data-id': p.id },
      el('h3', {}, nameIn(app.lang, p)),
      el(
        'p',
        { class: 'badges' },
        el('span', { class: `badge source-${p.source}` }, m.source[p.source] ?? p.source),
        el('span', { class: 'badge' }, m.levels(p.levels.join(', '))),
        el('span', { class: 'badge' }, m.grossArea(Math.round(p.grossAreaM2).toLocaleString(app.lang))),
        el('span', { class: 'badge' }, m.zones(p.zones)),
      ),
      el('img', {
        class: 'plan-preview',
        src: planSvgUrl(p.id),
        alt: m.preview(nameIn(app.lang, p)),
        loading: 'lazy',
        width: 320,
        height: 200,
      }),
    ),
  );
  return el(
    'section',
    { class: 'cards', 'aria-labelledby': 'plans-title' },
    el('h2', { id: 'plans-title' }, m.floorplans),
    items.length ? el('ul', { class: 'card-list', id: 'plan-list' }, items) : el('p', {}, m.empty),
  );
}
