/**
 * Loading what the views show (the library lists, a scenario into the editor) and the document
 * the edits stand for, shared by the editor and the run form.
 */
import { uiEn } from '../i18n/ui.en.js';
import { uiJa } from '../i18n/ui.ja.js';
import { api, scenarioRefOf } from './apiClient.js';
import type { App, Session } from './app.js';
import { draftDocument, overrideOf } from './scenarioDraft.js';

export async function loadLibrary(app: App, force = false): Promise<void> {
  if (!force && app.state.scenarios && app.state.floorplans) return;
  const [scenarios, floorplans] = await Promise.all([api.scenarios(), api.floorplans()]);
  app.state.scenarios = scenarios;
  app.state.floorplans = floorplans;
}

/** Opens a stored scenario for editing; the new scenario's names default to "<name> (edited)". */
export async function openScenario(app: App, id: string): Promise<Session> {
  if (app.state.session?.detail.id === id) return app.state.session;
  const detail = await api.scenario(id);
  const session: Session = {
    detail,
    edited: detail.resolved,
    // A user scenario keeps its names (save replaces it); a copy of another gets "(edited)".
    name: detail.source === 'user' ? detail.name : uiEn.editor.defaultName(detail.name),
    nameJa: detail.source === 'user' ? detail.nameJa : uiJa.editor.defaultName(detail.nameJa),
  };
  app.state.session = session;
  return session;
}

export const hasEdits = (s: Session): boolean => overrideOf(s.detail.resolved, s.edited) !== undefined;

/** The new scenario the edits make: it extends the opened one and states only the changes. */
export function draftOf(s: Session): Record<string, unknown> {
  return draftDocument({
    extendsRef: scenarioRefOf(s.detail),
    base: s.detail.resolved,
    edited: s.edited,
    name: s.name,
    nameJa: s.nameJa,
  });
}
