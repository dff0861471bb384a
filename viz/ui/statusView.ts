/** How the views show a failure: the problem's title and detail, its errors as a list, a retry. */
import type { App } from './app.js';
import { ApiError } from './apiClient.js';
import { el, on, type ElementLike } from './dom.js';
import type { FieldProblem } from './problems.js';

export function errorText(app: App, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.problem.status === 0) return app.ui.common.networkError;
    const head = app.ui.common.problem(err.problem.status, err.problem.title);
    return err.problem.detail ? `${head}: ${err.problem.detail}` : head;
  }
  return err instanceof Error ? err.message : String(err);
}

export function problemList(errors: readonly FieldProblem[]): ElementLike {
  return el(
    'ul',
    { class: 'problems' },
    errors.map((e) => el('li', {}, el('code', {}, e.path || '—'), ' ', e.message)),
  );
}

export function errorBox(app: App, err: unknown, retry?: () => void): ElementLike {
  const errors = err instanceof ApiError ? err.problem.errors : [];
  return el(
    'div',
    { class: 'error-box', role: 'alert' },
    el('p', {}, errorText(app, err)),
    errors.length > 0 && problemList(errors),
    retry && on(el('button', { type: 'button' }, app.ui.common.retry), 'click', retry),
  );
}
