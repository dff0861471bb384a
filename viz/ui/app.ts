/**
 * What every view shares: the language and its words, what has been loaded from the API, the
 * scenario being edited, and the runs being watched. Views read it and call `go` or `refresh`;
 * only main.ts renders the shell.
 */
import type { Lang, Messages } from '../i18n/index.js';
import type { UiMessages } from '../i18n/ui.en.js';
import type { FloorPlanSummary, RunStatus, ScenarioDetail, ScenarioSummary, StudyResult } from './apiTypes.js';
import type { Route } from './route.js';
import type { RunWatch } from './runWatch.js';

/** The scenario opened in the editor: the API's copy and the edits on top. */
export interface Session {
  detail: ScenarioDetail;
  /** The resolved scenario with the edits applied (equal to detail.resolved when nothing changed). */
  edited: Record<string, unknown>;
  name: string;
  nameJa: string;
}

export interface AppState {
  lang: Lang;
  scenarios: ScenarioSummary[] | null;
  floorplans: FloorPlanSummary[] | null;
  session: Session | null;
  runs: RunStatus[] | null;
  /** The run last submitted from the run form (its progress is shown there). */
  activeRun: string | null;
  /** Runs followed through their event stream, by id. */
  watches: Map<string, RunWatch>;
  /** Results already fetched, by run id (a result never changes). */
  results: Map<string, StudyResult>;
  /** The scenario → plan department map a run used, when the UI sent it (drafts have no stored id). */
  runDepartments: Map<string, Record<string, string>>;
}

export interface App {
  state: AppState;
  readonly lang: Lang;
  readonly ui: UiMessages;
  readonly msg: Messages;
  route: Route;
  go(route: Route): void;
  /** Renders the current view again (after a language switch or a change of data). */
  refresh(): void;
  /** Says something to screen readers (a polite live region). */
  announce(text: string): void;
}

export function initialState(lang: Lang): AppState {
  return {
    lang,
    scenarios: null,
    floorplans: null,
    session: null,
    runs: null,
    activeRun: null,
    watches: new Map(),
    results: new Map(),
    runDepartments: new Map(),
  };
}
