/**
 * Adding a scenario or a floor plan by drag and drop (or the file picker, the keyboard's way):
 * GeoJSON goes to POST /api/floorplans, a DXF drawing (dropped with its layer map, a JSON file)
 * as `{dxf, layers, name}`, any other JSON object to POST /api/scenarios. Each is checked first
 * (POST /api/floorplans/validate, /api/scenarios/validate: 200 with its problems), so a refusal
 * is an answer, not a failed request. A refusal is shown on an outline of the document, each
 * error at the key it names (a DXF drawing, which has no JSON outline: as a list).
 */
import { api, ApiError } from './apiClient.js';
import type { App } from './app.js';
import { asForm, el, on, type DragEventLike, type ElementLike, type FileLike } from './dom.js';
import { errorOutline } from './errorOutline.js';
import { problemOf, type FieldProblem } from './problems.js';
import { loadLibrary } from './session.js';
import { errorText, problemList, problemMessage } from './statusView.js';

const MAX_BYTES = 16 * 1024 * 1024;

export function uploadSection(app: App, onAdded?: () => void): ElementLike {
  const m = app.ui.library.upload;
  const status = el('div', { class: 'upload-status', 'aria-live': 'polite' });
  const input = asForm(
    el('input', {
      multiple: true,
      type: 'file',
      id: 'upload-file',
      accept: '.json,.geojson,.dxf,application/json,application/geo+json',
      class: 'file-input',
    }),
  );
  const zone = el(
    'div',
    { class: 'dropzone', id: 'dropzone' },
    el('p', {}, m.hint),
    el('label', { for: 'upload-file', class: 'button' }, m.choose),
    input,
  );
  const handle = (files: ArrayLike<FileLike> | null | undefined) => {
    const list = Array.from(files ?? []);
    // A DXF drawing comes with its layer map (a JSON file dropped with it).
    const dxf = list.find((f) => /\.dxf$/i.test(f.name));
    const file = dxf ?? list[0];
    if (file)
      void send(app, file, status, onAdded, dxf ? list.find((f) => f !== dxf && /\.json$/i.test(f.name)) : undefined);
  };
  on(input, 'change', () => handle(input.files));
  const over = (e: DragEventLike) => {
    e.preventDefault();
    if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    zone.classList.add('drag');
  };
  on(zone, 'dragenter', over);
  on(zone, 'dragover', over);
  on(zone, 'dragleave', () => zone.classList.remove('drag'));
  on(zone, 'drop', (e) => {
    e.preventDefault();
    zone.classList.remove('drag');
    handle(e.dataTransfer?.files);
  });
  return el(
    'section',
    { class: 'upload', 'aria-labelledby': 'upload-title' },
    el('h2', { id: 'upload-title' }, m.title),
    zone,
    status,
  );
}

async function send(
  app: App,
  file: FileLike,
  status: ElementLike,
  onAdded?: () => void,
  layerFile?: FileLike,
): Promise<void> {
  const m = app.ui.library.upload;
  const say = (...nodes: (ElementLike | string)[]) => status.replaceChildren(...nodes);
  if (file.size > MAX_BYTES) return say(el('p', { class: 'error', role: 'alert' }, m.tooLarge(file.name)));
  say(el('p', {}, m.reading(file.name)));
  const text = await file.text();
  let doc: unknown;
  let body: unknown;
  let plan: boolean;
  if (/\.dxf$/i.test(file.name)) {
    plan = true;
    doc = null;
    let layers: unknown;
    try {
      layers = layerFile ? (JSON.parse(await layerFile.text()) as unknown) : undefined;
    } catch {
      return say(el('p', { class: 'error', role: 'alert' }, m.notJson(layerFile?.name ?? '')));
    }
    body = { dxf: text, layers, name: file.name.replace(/\.dxf$/i, '') };
  } else {
    try {
      doc = JSON.parse(text) as unknown;
    } catch {
      return say(el('p', { class: 'error', role: 'alert' }, m.notJson(file.name)));
    }
    plan = typeof doc === 'object' && doc !== null && (doc as { type?: unknown }).type === 'FeatureCollection';
    body = doc;
  }
  say(el('p', {}, m.sending(file.name)));
  try {
    const refused = plan ? await planProblems(body) : await scenarioProblems(body);
    if (refused.length > 0) return say(...refusal(app, file.name, doc, refused));
    const added = plan ? await api.createFloorplan(body) : await api.createScenario(body);
    await loadLibrary(app, true);
    say(el('p', { class: 'ok' }, `${m.added(`${plan ? m.kindPlan : m.kindScenario} ${added.id}`)}`));
    onAdded?.();
  } catch (err) {
    if (err instanceof ApiError && err.problem.errors.length > 0)
      say(...refusal(app, file.name, doc, err.problem.errors));
    else say(el('p', { class: 'error', role: 'alert' }, errorText(app, err)));
  }
}

/** The problems of a plan upload as POST /api/floorplans would find them (none: it is accepted). */
async function planProblems(body: unknown): Promise<FieldProblem[]> {
  const check = await api.validateFloorplan(body);
  return check.ok ? [] : check.issues;
}

async function scenarioProblems(body: unknown): Promise<FieldProblem[]> {
  const check = await api.validate(body);
  return check.valid ? [] : check.errors;
}

/** What a refusal shows: the count, then the errors on the document's outline (a DXF drawing: a list). */
function refusal(app: App, name: string, doc: unknown, errors: readonly FieldProblem[]): ElementLike[] {
  const m = app.ui.library.upload;
  return [
    el('p', { class: 'error', role: 'alert' }, m.refused(name, errors.length)),
    doc === null ? problemList(app.lang, errors) : outline(app, doc, problemOf(400, { errors }, '').errors),
  ];
}

function outline(app: App, doc: unknown, errors: readonly FieldProblem[]): ElementLike {
  const rows = errorOutline(doc, errors);
  return el(
    'ul',
    { class: 'outline', 'aria-label': app.ui.library.upload.document },
    rows.map((r) =>
      el(
        'li',
        { class: r.errors.length ? 'has-error' : undefined, style: `--depth:${r.depth}`, 'data-path': r.path },
        el('code', { class: 'key' }, r.key || app.ui.library.upload.document),
        ' ',
        el('span', { class: 'preview' }, r.preview),
        r.errors.map((e) => el('p', { class: 'field-error' }, problemMessage(app.lang, e))),
      ),
    ),
  );
}
