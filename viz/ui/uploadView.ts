/**
 * Adding a scenario or a floor plan by drag and drop (or the file picker, the keyboard's way):
 * GeoJSON goes to POST /api/floorplans, a DXF drawing (dropped with its layer map, a JSON file)
 * as `{dxf, layers, name}`, any other JSON object to
 * POST /api/scenarios (checked with POST /api/scenarios/validate first). A refusal is shown on
 * an outline of the document, each error at the key it names.
 */
import { api, ApiError } from './apiClient.js';
import type { App } from './app.js';
import { asForm, el, on, type DragEventLike, type ElementLike, type FileLike } from './dom.js';
import { errorOutline } from './errorOutline.js';
import { problemOf } from './problems.js';
import { loadLibrary } from './session.js';
import { errorText } from './statusView.js';

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
  let plan = false;
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
    // A scenario is checked first (200 with its errors), so a refusal is an answer, not a failed request.
    if (!plan) {
      const check = await api.validate(body);
      if (!check.valid) {
        const problem = problemOf(400, check, m.refused(file.name, check.errors.length));
        return say(
          el('p', { class: 'error', role: 'alert' }, m.refused(file.name, problem.errors.length)),
          outline(app, doc, new ApiError(problem)),
        );
      }
    }
    const added = plan ? await api.createFloorplan(body) : await api.createScenario(body);
    await loadLibrary(app, true);
    say(el('p', { class: 'ok' }, `${m.added(`${plan ? m.kindPlan : m.kindScenario} ${added.id}`)}`));
    onAdded?.();
  } catch (err) {
    if (err instanceof ApiError && err.problem.errors.length > 0) {
      say(
        el('p', { class: 'error', role: 'alert' }, m.refused(file.name, err.problem.errors.length)),
        outline(app, doc, err),
      );
    } else say(el('p', { class: 'error', role: 'alert' }, errorText(app, err)));
  }
}

function outline(app: App, doc: unknown, err: ApiError): ElementLike {
  const rows = errorOutline(doc, err.problem.errors);
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
        r.errors.map((e) => el('p', { class: 'field-error' }, e.message)),
      ),
    ),
  );
}
