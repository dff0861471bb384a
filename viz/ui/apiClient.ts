/**
 * The API over fetch: JSON in and out, problem details turned into an ApiError the views show
 * (at the fields the errors name). Same origin: the server that serves the UI serves the API.
 */
import type {
  FloorPlanCheck,
  FloorPlanSummary,
  RunAccepted,
  RunRequest,
  RunStatus,
  ScenarioDetail,
  ScenarioSummary,
  StudyResult,
  ValidateAnswer,
} from './apiTypes.js';
import { problemOf, type Problem } from './problems.js';

export class ApiError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail ? `${problem.title}: ${problem.detail}` : problem.title);
  }
}

/** status 0: the request never reached the server. */
const unreachable = (): ApiError =>
  new ApiError({ status: 0, title: 'network error', detail: null, code: null, errors: [] });

async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (signal?.aborted) throw err;
    throw unreachable();
  }
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    json = null;
  }
  if (!res.ok) throw new ApiError(problemOf(res.status, json, res.statusText || `HTTP ${res.status}`));
  return json as T;
}

export const api = {
  scenarios: () => request<{ scenarios: ScenarioSummary[] }>('GET', '/api/scenarios').then((r) => r.scenarios),
  scenario: (id: string) => request<ScenarioDetail>('GET', `/api/scenarios/${encodeURIComponent(id)}`),
  createScenario: (doc: unknown) => request<ScenarioSummary>('POST', '/api/scenarios', doc),
  replaceScenario: (id: string, doc: unknown) =>
    request<ScenarioSummary>('PUT', `/api/scenarios/${encodeURIComponent(id)}`, doc),
  validate: (doc: unknown, signal?: AbortSignal) =>
    request<ValidateAnswer>('POST', '/api/scenarios/validate', doc, signal),
  floorplans: () => request<{ floorplans: FloorPlanSummary[] }>('GET', '/api/floorplans').then((r) => r.floorplans),
  floorplan: (id: string) => request<unknown>('GET', `/api/floorplans/${encodeURIComponent(id)}`),
  createFloorplan: (body: unknown) => request<FloorPlanSummary>('POST', '/api/floorplans', body),
  validateFloorplan: (body: unknown) => request<FloorPlanCheck>('POST', '/api/floorplans/validate', body),
  submitRun: (req: RunRequest) => request<RunAccepted>('POST', '/api/runs', req),
  runs: (limit = 50) => request<{ runs: RunStatus[] }>('GET', `/api/runs?limit=${limit}`).then((r) => r.runs),
  run: (id: string) => request<RunStatus>('GET', `/api/runs/${encodeURIComponent(id)}`),
  cancelRun: (id: string) => request<unknown>('DELETE', `/api/runs/${encodeURIComponent(id)}`),
  result: (id: string) => request<StudyResult>('GET', `/api/runs/${encodeURIComponent(id)}/result`),
};

export const eventsUrl = (runId: string): string => `/api/runs/${encodeURIComponent(runId)}/events`;
export const reportUrl = (runId: string, lang: string, format: 'html' | 'pdf'): string =>
  `/api/runs/${encodeURIComponent(runId)}/report?lang=${lang}&format=${format}`;
export const planSvgUrl = (planId: string): string => `/api/floorplans/${encodeURIComponent(planId)}/svg`;

/** The plan id of a reference `library:floorplans/<id>` or `store:floorplans/<id>`. */
export function planIdOf(ref: string | null | undefined): string | null {
  const m = ref ? /^(?:library|store):floorplans\/(.+)$/.exec(ref) : null;
  return m ? m[1] : null;
}

/** The reference a scenario's `floorplan.file` takes for a stored plan. */
export const planRefOf = (plan: FloorPlanSummary): string =>
  `${plan.source === 'library' ? 'library' : 'store'}:floorplans/${plan.id}`;

/** The reference a new scenario `extends`. */
export const scenarioRefOf = (s: ScenarioSummary): string => `${s.source === 'library' ? 'library' : 'store'}:${s.id}`;
