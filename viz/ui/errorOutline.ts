/**
 * An uploaded document that was refused, drawn as an outline that shows each error at the key
 * it names: only the top-level keys and the branches that lead to an error, so a large GeoJSON
 * stays readable. Errors whose path the document lacks sit at the deepest key that exists.
 */
import { formatPath, getPath, parsePath, type PathSegment } from './docPath.js';
import type { FieldProblem } from './problems.js';

export interface OutlineRow {
  path: string;
  depth: number;
  key: string;
  preview: string;
  errors: FieldProblem[];
}

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MAX_PREVIEW = 60;

export function previewOf(v: unknown): string {
  if (Array.isArray(v)) return `[${v.length}]`;
  if (isRec(v)) return `{${Object.keys(v).length}}`;
  const t = v === undefined ? '' : JSON.stringify(v);
  return t.length > MAX_PREVIEW ? `${t.slice(0, MAX_PREVIEW - 1)}…` : t;
}

export function errorOutline(doc: unknown, errors: readonly FieldProblem[]): OutlineRow[] {
  const rows = new Map<string, OutlineRow>();
  const order: string[] = [];
  const addRow = (segments: readonly PathSegment[]) => {
    const path = formatPath(segments);
    if (rows.has(path) || segments.length === 0) return;
    const last = segments[segments.length - 1];
    rows.set(path, {
      path,
      depth: segments.length - 1,
      key: typeof last === 'number' ? `[${last}]` : last,
      preview: previewOf(getPath(doc, segments)),
      errors: [],
    });
    order.push(path);
  };
  if (isRec(doc)) for (const k of Object.keys(doc)) addRow([k]);
  const rootErrors: FieldProblem[] = [];
  for (const e of errors) {
    const segments = existingPrefix(doc, parsePath(e.path));
    for (let i = 1; i <= segments.length; i++) addRow(segments.slice(0, i));
    const row = rows.get(formatPath(segments));
    if (row) row.errors.push(e);
    else rootErrors.push(e);
  }
  // Document order: sort by the path's segments as they appear (keys by position, indices by number).
  const sorted = order.map((p) => rows.get(p) as OutlineRow).sort((a, b) => comparePaths(doc, a.path, b.path));
  return rootErrors.length
    ? [{ path: '', depth: 0, key: '', preview: previewOf(doc), errors: rootErrors }, ...sorted]
    : sorted;
}

function existingPrefix(doc: unknown, segments: PathSegment[]): PathSegment[] {
  const out: PathSegment[] = [];
  for (const s of segments) {
    if (getPath(doc, [...out, s]) === undefined) break;
    out.push(s);
  }
  return out;
}

function comparePaths(doc: unknown, a: string, b: string): number {
  const sa = parsePath(a);
  const sb = parsePath(b);
  for (let i = 0; i < Math.min(sa.length, sb.length); i++) {
    if (sa[i] === sb[i]) continue;
    const parent = getPath(doc, sa.slice(0, i));
    const rank = (s: PathSegment) => (typeof s === 'number' ? s : isRec(parent) ? Object.keys(parent).indexOf(s) : 0);
    return rank(sa[i]) - rank(sb[i]);
  }
  return sa.length - sb.length;
}
