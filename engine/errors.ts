/**
 * The catalogue of input-problem codes. Every problem wardsim reports about its input carries
 * one of these codes besides its path and message, so scripts, the HTTP API and the browser UI
 * can react to a kind of problem without parsing English. Codes are stable: a code is never
 * renamed or reused for another meaning; new codes are added at the end of their group.
 *
 * docs/errors.md lists the same codes (a test keeps the two in step); the HTTP API maps each to
 * the status given here.
 */

export interface ErrorCodeInfo {
  /** HTTP status the API answers with. */
  status: 400 | 401 | 404 | 409 | 413 | 429 | 503;
  /** One line: what kind of problem the code stands for. */
  title: string;
}

export const ERROR_CODES = {
  // The command line and files.
  WSM_USAGE: { status: 400, title: 'bad command line: unknown option, missing or extra argument' },
  WSM_FLAG_INVALID: { status: 400, title: 'an option value of the wrong type or out of its range' },
  WSM_FILE_UNREADABLE: { status: 404, title: 'a file that does not exist or cannot be read' },
  WSM_FILE_TOO_LARGE: { status: 413, title: 'a file or body larger than the input limit' },
  WSM_JSON_INVALID: { status: 400, title: 'text that is not valid JSON' },
  WSM_REFERENCE_INVALID: { status: 400, title: 'an extends, part or plan reference that cannot be followed' },
  WSM_NUMBER_NOT_FINITE: { status: 400, title: 'a number too large for a double (it would read as Infinity)' },
  WSM_KEY_RESERVED: { status: 400, title: 'a key or id named __proto__, constructor or prototype' },
  WSM_REFERENCE_OUTSIDE: { status: 400, title: "a reference to a file outside the scenario's folder and the library" },
  // Documents.
  WSM_MODEL_INVALID: { status: 400, title: 'a queueing-network model file that breaks its schema or rules' },
  WSM_SCENARIO_INVALID: { status: 400, title: 'a scenario that breaks its schema or rules' },
  WSM_PART_MISSING: { status: 400, title: 'a scenario without the part a command needs' },
  WSM_PLAN_INVALID: { status: 400, title: 'a floor plan with bad geometry or properties' },
  WSM_PLAN_UNREACHABLE: { status: 400, title: 'a public zone of a floor plan that visitors cannot reach' },
  WSM_DXF_INVALID: { status: 400, title: 'a DXF drawing or layer map that cannot be imported' },
  WSM_DEMAND_INVALID: { status: 400, title: 'a space-demand or staff-by-rank document that breaks its schema' },
  // Studies.
  WSM_COMPARE_INVALID: { status: 400, title: 'a comparison without two scenarios that share a part' },
  WSM_SWEEP_PATH_UNKNOWN: { status: 400, title: 'a sweep path that names no field of the scenario' },
  WSM_SWEEP_VALUE_INVALID: { status: 400, title: 'a sweep value of the wrong type or out of range for its field' },
  WSM_SWEEP_TOO_MANY_CELLS: { status: 400, title: 'a sweep grid with more cells than the limit' },
  WSM_RESULT_INVALID: { status: 400, title: 'a saved result that is not a wardsim result of a known kind and version' },
  WSM_LIMIT_EXCEEDED: { status: 413, title: 'a size or amount of work beyond its documented limit' },
  WSM_STUDY_INVALID: {
    status: 400,
    title: 'a city-study file that breaks its rules: ward facts, wards and their options',
  },
  WSM_WORK_BUDGET: {
    status: 413,
    title: 'a run whose estimated work exceeds the budget (give --force to run it anyway)',
  },
  // The HTTP API.
  WSM_NOT_FOUND: { status: 404, title: 'no scenario, floor plan or run with that id' },
  WSM_READ_ONLY: { status: 409, title: 'a library scenario or floor plan, which cannot be changed' },
  WSM_RUN_STATE: { status: 409, title: 'a run in a state that does not allow this (not done yet, or already ended)' },
  WSM_UNAUTHORIZED: { status: 401, title: 'a write without the bearer token the server requires' },
  WSM_RATE_LIMITED: { status: 429, title: 'too many requests from one client in a minute' },
  WSM_ID_TAKEN: { status: 409, title: 'an id that a stored scenario or floor plan already has' },
  // Distributed runs (docs/distributed.md).
  WSM_REDIS_UNREACHABLE: { status: 503, title: 'a Redis server (--redis, WARDSIM_REDIS_URL) that does not answer' },
} as const satisfies Record<string, ErrorCodeInfo>;

export type ErrorCode = keyof typeof ERROR_CODES;

/** Every code, in catalogue order. */
export const ERROR_CODE_LIST = Object.keys(ERROR_CODES) as ErrorCode[];

export function isErrorCode(code: string): code is ErrorCode {
  return Object.hasOwn(ERROR_CODES, code);
}
