/**
 * Problem details from the API (RFC 9457 with wardsim's `errors: [{code, path, message}]`) and
 * where each error goes: at the form field its path names, else in a list above the form.
 */
import { normalisePath, pathWithin } from './docPath.js';

export interface FieldProblem {
  code: string;
  path: string;
  message: string;
}

export interface Problem {
  status: number;
  title: string;
  detail: string | null;
  code: string | null;
  errors: FieldProblem[];
}

const isRec = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Reads a problem (or a validate answer's `errors`) from any JSON body; tolerant of missing fields. */
export function problemOf(status: number, body: unknown, fallbackTitle: string): Problem {
  const b = isRec(body) ? body : {};
  const errors = Array.isArray(b.errors) ? b.errors.filter(isRec).map(fieldProblemOf) : [];
  return {
    status,
    title: text(b.title) ?? fallbackTitle,
    detail: text(b.detail),
    code: text(b.code),
    errors,
  };
}

function fieldProblemOf(e: Record<string, unknown>): FieldProblem {
  return { code: text(e.code) ?? '', path: normalisePath(text(e.path) ?? ''), message: text(e.message) ?? '' };
}

export interface PlacedErrors {
  /** Field path → the errors shown at that field. */
  byField: Map<string, FieldProblem[]>;
  /** Errors no field on the form names. */
  other: FieldProblem[];
}

/**
 * An error goes to the field it names or lies within (`…departments[2].staff[1]` → the field
 * `…departments[2].staff[1].staff`'s parent is not a field, so the deepest field containing it);
 * an error about a whole object (`…hourlyProfile`: the shares do not sum to 1) goes to the first
 * field inside it, so it is seen where the user can fix it.
 */
export function placeErrors(errors: readonly FieldProblem[], fieldPaths: readonly string[]): PlacedErrors {
  const byField = new Map<string, FieldProblem[]>();
  const other: FieldProblem[] = [];
  const add = (path: string, e: FieldProblem) => byField.set(path, [...(byField.get(path) ?? []), e]);
  for (const e of errors) {
    const containing = fieldPaths.filter((p) => pathWithin(e.path, p)).sort((a, b) => b.length - a.length)[0];
    if (containing !== undefined) {
      add(containing, e);
      continue;
    }
    const inside = e.path === '' ? undefined : fieldPaths.find((p) => pathWithin(p, e.path));
    if (inside !== undefined) add(inside, e);
    else other.push(e);
  }
  return { byField, other };
}
