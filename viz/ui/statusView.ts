/** How the views show a failure: the problem's title and detail, its errors as a list, a retry. */
import type { App } from './app.js';
import { ApiError } from './apiClient.js';
import { el, on, type ElementLike } from './dom.js';
import { errorTitleJa } from '../i18n/errorTitles.ja.js';
import type { Lang } from '../i18n/index.js';
import type { FieldProblem } from './problems.js';

export function errorText(app: App, err: unknown): string {
  if (err instanceof ApiError) {
    if (err.problem.status === 0) return app.ui.common.networkError;
    const title = (app.lang === 'ja' ? errorTitleJa(err.problem.code) : null) ?? err.problem.title;
    const head = app.ui.common.problem(err.problem.status, title);
    return err.problem.detail ? `${head}: ${err.problem.detail}` : head;
  }
  return err instanceof Error ? err.message : String(err);
}

/**
 * One problem as the user reads it: the server's message is English, so in Japanese it comes
 * after the Japanese title of its code (viz/i18n/errorTitles.ja.ts), never as a bare code.
 */
export function problemMessage(lang: Lang, e: FieldProblem): string {
  const title = lang === 'ja' ? errorTitleJa(e.code) : null;
  return title === null ? e.message : `${title}：${e.message}`;
}

export function problemList(lang: Lang, errors: readonly FieldProblem[]): ElementLike {
  return el(
    'ul',
    { class: 'problems' },
    errors.map((e) => el('li', {}, el('code', {}, e.path || '—'), ' ', problemMessage(lang, e))),
  );
}

export function errorBox(app: App, err: unknown, retry?: () => void): ElementLike {
  const errors = err instanceof ApiError ? err.problem.errors : [];
  return el(
    'div',
    { class: 'error-box', role: 'alert' },
    el('p', {}, errorText(app, err)),
    errors.length > 0 && problemList(app.lang, errors),
    retry && on(el('button', { type: 'button' }, app.ui.common.retry), 'click', retry),
  );
}
