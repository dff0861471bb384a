/**
 * Paths into a scenario document, written the way the API and the sweep name them
 * (`visitors.departments[2].counters`), read and written without mutating the document: the
 * editor keeps the resolved scenario untouched and derives every edited copy from it.
 */

export type PathSegment = string | number;

/** `a.b[2].c` → ['a', 'b', 2, 'c']; `[id=x]` selectors are kept as text (resolved by the caller's document). */
export function parsePath(path: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]|\[([^\]]*)\]/g)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push(`[${m[3]}]`);
  }
  return out;
}

export function formatPath(segments: readonly PathSegment[]): string {
  return segments.reduce<string>(
    (acc, s) => (typeof s === 'number' ? `${acc}[${s}]` : acc === '' ? s : `${acc}.${s}`),
    '',
  );
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path`, or undefined when any step is missing. */
export function getPath(doc: unknown, path: string | readonly PathSegment[]): unknown {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  let node: unknown = doc;
  for (const s of segments) {
    if (typeof s === 'number') node = Array.isArray(node) ? node[s] : undefined;
    else node = isRecord(node) ? node[s] : undefined;
    if (node === undefined) return undefined;
  }
  return node;
}

/**
 * A copy of `doc` with `value` at `path`: only the objects and arrays on the path are copied, so
 * the rest stays shared with the original. Missing objects on the way are created.
 */
export function setPath<T>(doc: T, path: string | readonly PathSegment[], value: unknown): T {
  const segments = typeof path === 'string' ? parsePath(path) : path;
  return setAt(doc, segments, 0, value) as T;
}

function setAt(node: unknown, segments: readonly PathSegment[], i: number, value: unknown): unknown {
  if (i === segments.length) return value;
  const s = segments[i];
  if (typeof s === 'number') {
    const arr = Array.isArray(node) ? [...node] : [];
    arr[s] = setAt(arr[s], segments, i + 1, value);
    return arr;
  }
  const obj: Record<string, unknown> = isRecord(node) ? { ...node } : {};
  const next = setAt(obj[s], segments, i + 1, value);
  if (next === undefined) delete obj[s];
  else obj[s] = next;
  return obj;
}

/**
 * An error path as the API writes it, in the editor's form: JSON pointers (`/visitors/demand`),
 * a leading `$.` and a document name in front (`memory:draft: visitors.hours`) are accepted.
 */
export function normalisePath(path: string): string {
  let p = path.trim();
  const named = /^[a-z]+:[^\s]*:\s+(.*)$/i.exec(p);
  if (named) p = named[1];
  if (p.startsWith('$')) p = p.replace(/^\$\.?/, '');
  if (p.startsWith('/')) {
    const parts = p
      .slice(1)
      .split('/')
      .filter((x) => x !== '')
      .map((x) => x.replace(/~1/g, '/').replace(/~0/g, '~'));
    return formatPath(parts.map((x) => (/^\d+$/.test(x) ? Number(x) : x)));
  }
  return formatPath(parsePath(p));
}

/** True when `inner` is `outer` or lies below it (`a.b[1]` is within `a.b`, `a.bc` is not). */
export function pathWithin(inner: string, outer: string): boolean {
  if (outer === '') return true;
  return inner === outer || inner.startsWith(`${outer}.`) || inner.startsWith(`${outer}[`);
}
