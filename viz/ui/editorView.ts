/**
 * The scenario editor: the main levers of the opened scenario, each with unit and valid range.
 * Every change is checked locally (range) and, debounced, by POST /api/scenarios/validate on the
 * document the edits make (it `extends` the opened scenario); errors appear at the field they
 * name. "Save as new" stores that document; "save" replaces a user scenario (never a library one).
 */
import { nameIn } from '../i18n/index.js';
import { api, ApiError } from './apiClient.js';
import type { App, Session } from './app.js';
import { normalisePath } from './docPath.js';
import { asForm, el, on, type ElementLike } from './dom.js';
import { fieldView, inputText, type FieldHandle } from './fieldView.js';
import { applyField, leverGroups, parseFieldInput, type FieldGroup } from './leverFields.js';
import { planLinkGroup } from './planLinkView.js';
import { placeErrors, type FieldProblem } from './problems.js';
import { overrideOf, replacedDocument } from './scenarioDraft.js';
import { draftOf, loadLibrary, openScenario } from './session.js';
import { errorBox, errorText, problemList, problemMessage } from './statusView.js';

const VALIDATE_AFTER_MS = 400;

export function editorView(app: App): ElementLike {
  const m = app.ui.editor;
  const root = el(
    'section',
    { class: 'view editor', 'aria-labelledby': 'editor-title' },
    el('h1', { id: 'editor-title' }, m.title),
  );
  const id = app.route.id ?? app.state.session?.detail.id;
  if (id === undefined) {
    root.append(el('p', {}, m.none), el('p', {}, el('a', { href: '#library' }, app.ui.nav.library)));
    return root;
  }
  const body = el('div', {}, el('p', { class: 'loading' }, app.ui.common.loading));
  root.append(body);
  Promise.all([openScenario(app, id), loadLibrary(app)]).then(
    ([s]) => body.replaceChildren(new EditorForm(app, s).element),
    (err: unknown) => body.replaceChildren(errorBox(app, err, () => app.refresh())),
  );
  return root;
}

class EditorForm {
  readonly element: ElementLike;
  private readonly fields = new Map<string, FieldHandle>();
  private readonly local = new Map<string, string>();
  private readonly status = el('p', { class: 'status', id: 'editor-status', 'aria-live': 'polite' });
  private readonly others = el('div', { class: 'other-problems', hidden: true });
  private readonly profileSum = el('p', { class: 'sum', id: 'profile-sum', 'aria-live': 'polite' });
  private timer: ReturnType<typeof setTimeout> | undefined;
  private pending: AbortController | undefined;
  private serverErrors: FieldProblem[] = [];

  constructor(
    private readonly app: App,
    private readonly s: Session,
  ) {
    const m = app.ui.editor;
    const groups = leverGroups(s.edited, m, app.msg.org, app.lang);
    const user = s.detail.source === 'user';
    const button = (text: string, cls: string, act: () => void) =>
      on(el('button', { type: 'button', class: cls }, text), 'click', act);
    const actions = el(
      'p',
      { class: 'actions' },
      button(m.saveAsNew, 'primary', () => void this.saveAsNew()),
      user && button(m.save, '', () => void this.save()),
      button(m.revert, '', () => {
        s.edited = s.detail.resolved;
        app.refresh();
      }),
      button(m.runThis, '', () => app.go({ view: 'run' })),
    );
    this.element = el(
      'form',
      { class: 'editor-form', novalidate: true, 'aria-describedby': 'editor-status' },
      el('p', { class: 'from' }, m.from(nameIn(app.lang, s.detail))),
      !user && el('p', { class: 'note' }, m.readOnlyNote),
      this.identity(),
      el('div', { class: 'sticky-bar' }, this.status, actions),
      this.others,
      groups.map((g) => this.group(g)),
      planLinkGroup(app, s, () => this.changed()),
    );
    on(this.element, 'submit', (e) => e.preventDefault());
    this.updateStatus('idle');
    this.updateProfileSum();
    this.schedule();
  }

  private identity(): ElementLike {
    const m = this.app.ui.editor;
    const input = (id: 'name' | 'nameJa', label: string) => {
      const box = asForm(el('input', { type: 'text', id: `scenario-${id}`, maxlength: 300, required: id === 'name' }));
      box.value = this.s[id];
      const err = el('p', { class: 'field-error', id: `scenario-${id}-error`, hidden: true });
      box.setAttribute('aria-describedby', err.id);
      on(box, 'input', () => {
        this.s[id] = box.value;
        this.changed();
      });
      const row = el(
        'div',
        { class: 'field field-text', 'data-path': id },
        el('label', { for: box.id }, label),
        el('span', { class: 'control' }, box),
        err,
      );
      this.fields.set(id, {
        // Registered like a lever so that errors about the names land here; its input is handled above.
        spec: { path: id, label, kind: 'select' },
        row,
        input: box,
        setErrors: (msgs) => {
          err.replaceChildren(msgs.join(' · '));
          err.hidden = msgs.length === 0;
          row.classList.toggle('invalid', msgs.length > 0);
        },
        refreshHint: () => undefined,
      });
      return row;
    };
    return el(
      'fieldset',
      { class: 'group identity' },
      el('legend', {}, m.identity),
      input('name', m.name),
      input('nameJa', m.nameJa),
    );
  }

  private group(g: FieldGroup): ElementLike {
    const fields = g.fields.map((spec) => {
      const h = fieldView(spec, this.s.edited, this.app.ui, (handle) => this.input(handle));
      this.fields.set(spec.path, h);
      return h.row;
    });
    return el(
      'fieldset',
      { class: `group group-${g.id}`, id: `group-${g.id}` },
      el('legend', {}, g.title),
      el('p', { class: 'help' }, g.help),
      g.note && el('p', { class: 'note' }, g.note),
      el('div', { class: g.id === 'profile' ? 'fields profile' : 'fields' }, fields),
      g.id === 'profile' && this.profileSum,
    );
  }

  private input(h: FieldHandle): void {
    const res = parseFieldInput(h.spec, inputText(h), this.app.ui.editor.localErrors);
    if ('error' in res) {
      this.local.set(h.spec.path, res.error);
      this.showErrors();
      this.updateStatus('invalid');
      return;
    }
    this.local.delete(h.spec.path);
    this.s.edited = applyField(this.s.edited, h.spec, res.value);
    for (const f of this.fields.values()) f.refreshHint(this.s.edited);
    this.changed();
  }

  private changed(): void {
    this.updateProfileSum();
    this.updateStatus('checking');
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.validate(), VALIDATE_AFTER_MS);
  }

  private async validate(): Promise<void> {
    this.pending?.abort();
    const controller = new AbortController();
    this.pending = controller;
    try {
      const answer = await api.validate(draftOf(this.s), controller.signal);
      if (controller.signal.aborted) return;
      this.serverErrors = placeable(answer.errors);
      this.showErrors();
      this.updateStatus(this.serverErrors.length || this.local.size ? 'invalid' : 'valid');
    } catch (err) {
      if (controller.signal.aborted) return;
      this.status.textContent = errorText(this.app, err);
    }
  }

  private showErrors(): void {
    const placed = placeErrors(this.serverErrors, [...this.fields.keys()]);
    for (const [path, f] of this.fields) {
      const local = this.local.get(path);
      f.setErrors([
        ...(local ? [local] : []),
        ...(placed.byField.get(path) ?? []).map((e) => problemMessage(this.app.lang, e)),
      ]);
    }
    this.others.hidden = placed.other.length === 0;
    this.others.replaceChildren(
      el('p', {}, this.app.ui.editor.otherProblems),
      problemList(this.app.lang, placed.other),
    );
  }

  private updateStatus(state: 'idle' | 'checking' | 'valid' | 'invalid'): void {
    const m = this.app.ui.editor;
    const changes = countChanges(this.s);
    const n = this.serverErrors.length + this.local.size;
    const text =
      state === 'checking' ? m.checking : state === 'valid' ? m.valid : state === 'invalid' ? m.invalid(n) : '';
    this.status.textContent = [m.changes(changes), text].filter(Boolean).join(' · ');
    this.status.setAttribute('data-state', state);
  }

  private updateProfileSum(): void {
    const v = this.s.edited.visitors as { demand?: { hourlyProfile?: { share?: unknown }[] } } | undefined;
    const pieces = v?.demand?.hourlyProfile ?? [];
    const sum = pieces.reduce((a, p) => a + (typeof p.share === 'number' ? p.share : 0), 0);
    const pct = `${(Math.round(sum * 1000) / 10).toFixed(1)} %`;
    const off = Math.abs(sum - 1) > 1e-6;
    this.profileSum.textContent = off
      ? this.app.ui.editor.fields.profileSumOff(pct)
      : this.app.ui.editor.fields.profileSum(pct);
    this.profileSum.classList.toggle('off', off);
  }

  private async saveAsNew(): Promise<void> {
    await this.store(() => api.createScenario(draftOf(this.s)));
  }

  private async save(): Promise<void> {
    const doc = {
      ...replacedDocument(this.s.detail.document, this.s.detail.resolved, this.s.edited),
      name: this.s.name,
      nameJa: this.s.nameJa,
    };
    await this.store(() => api.replaceScenario(this.s.detail.id, doc));
  }

  private async store(send: () => Promise<{ id: string; name: string; nameJa: string }>): Promise<void> {
    try {
      const saved = await send();
      await loadLibrary(this.app, true);
      this.app.state.session = null;
      await openScenario(this.app, saved.id);
      this.app.announce(this.app.ui.editor.saved(nameIn(this.app.lang, saved)));
      // Still in the editor (the user may have moved on meanwhile): show the stored scenario.
      if (this.app.route.view === 'editor') this.app.go({ view: 'editor', id: saved.id });
    } catch (err) {
      if (err instanceof ApiError && err.problem.errors.length) {
        this.serverErrors = placeable(err.problem.errors);
        this.showErrors();
        this.updateStatus('invalid');
      } else this.status.textContent = errorText(this.app, err);
    }
  }
}

/** Edited fields: leaves of the override (an array counts as one). */
function countChanges(s: Session): number {
  const over = overrideOf(s.detail.resolved, s.edited);
  const leaves = (v: unknown): number =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? Object.values(v).reduce<number>((a, x) => a + leaves(x), 0)
      : 1;
  return over ? leaves(over) : 0;
}

// The validate answer's paths in the form's spelling (JSON pointers and document names removed).
const placeable = (errors: readonly FieldProblem[]): FieldProblem[] =>
  errors.map((e) => ({ ...e, path: normalisePath(e.path) }));
