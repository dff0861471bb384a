/** What the corpus and the fuzzers hand to a case worker, and what comes back. */
export type CaseRequest =
  | { kind: 'cli'; args: string[]; cwd: string; env?: Record<string, string> }
  | { kind: 'api'; method: 'GET' | 'POST' | 'PUT' | 'DELETE'; url: string; body?: string; contentType?: string };

export interface CaseOutcome {
  /** The CLI's exit code, or the HTTP status; -1 when the dispatcher itself threw. */
  exit: number;
  stdout: string;
  stderr: string;
  ms?: number;
}

/** A case that did not come back: killed after the time limit, or its thread died. */
export interface CaseFailure {
  failure: 'hang' | 'crash';
  detail: string;
}

export type CaseResult = CaseOutcome | CaseFailure;

export const isFailure = (r: CaseResult): r is CaseFailure => 'failure' in r;

/** The error codes an outcome names: `[WSM_…]` on standard error, or `code` fields of JSON output. */
export function codesOf(outcome: CaseOutcome): string[] {
  const found = new Set<string>();
  for (const m of `${outcome.stderr}\n${outcome.stdout}`.matchAll(/\b(WSM_[A-Z_]+)\b/g)) found.add(m[1]);
  return [...found];
}
