/** The page's place as a hash (`#results/run-…`): back and forward work, and a link can be shared. */

export type View = 'library' | 'editor' | 'run' | 'results' | 'compare';
export const VIEWS: readonly View[] = ['library', 'editor', 'run', 'results', 'compare'];

export interface Route {
  view: View;
  /** results: the run shown; editor: the scenario opened. */
  id?: string;
}

export function parseRoute(hash: string): Route {
  const [view, ...rest] = hash.replace(/^#\/?/, '').split('/');
  const id = rest.length ? decodeURIComponent(rest.join('/')) : undefined;
  const known = (VIEWS as readonly string[]).includes(view) ? (view as View) : 'library';
  return id === undefined ? { view: known } : { view: known, id };
}

export function routeHash(r: Route): string {
  return r.id === undefined ? `#${r.view}` : `#${r.view}/${encodeURIComponent(r.id)}`;
}
