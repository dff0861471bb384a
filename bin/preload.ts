/**
 * A dynamic import started early and awaited later (e.g. a renderer that loads while the run
 * goes on). The no-op handler keeps a failed import from being reported as an unhandled
 * rejection before the caller awaits it; awaiting the returned promise still throws.
 */
export function preload<T>(loading: Promise<T>): Promise<T> {
  loading.catch(() => undefined);
  return loading;
}
