/**
 * What the editor sends: a new scenario that `extends` the one it started from and states only
 * what changed. Objects merge key by key under `extends` while arrays are replaced whole
 * (scenarios/load/deepMerge.ts), so a changed array element carries its whole array.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of JSON values (key order ignored). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  if (isRecord(a) && isRecord(b)) {
    const ka = Object.keys(a).filter((k) => a[k] !== undefined);
    const kb = Object.keys(b).filter((k) => b[k] !== undefined);
    return ka.length === kb.length && ka.every((k) => jsonEqual(a[k], b[k]));
  }
  return false;
}

/**
 * The smallest document that, merged over `base` like `extends`, gives `edited`; undefined when
 * they are equal. A key `edited` lacks cannot be removed through a merge: it is set to null,
 * which the schema then judges (the editor never removes keys, so this is a guard).
 */
export function overrideOf(base: unknown, edited: unknown): Record<string, unknown> | undefined {
  if (!isRecord(base) || !isRecord(edited)) return undefined;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(edited)) {
    if (v === undefined) continue;
    const b = base[k];
    if (jsonEqual(b, v)) continue;
    const nested = isRecord(b) && isRecord(v) ? overrideOf(b, v) : undefined;
    out[k] = nested ?? v;
  }
  for (const k of Object.keys(base)) if (base[k] !== undefined && edited[k] === undefined) out[k] = null;
  return Object.keys(out).length ? out : undefined;
}

/** Keys that belong to the file that states them and are never inherited (resolveScenario.ts). */
const OWN_KEYS = new Set(['variants', 'sweep', 'extends', '$schema', 'id']);

export interface DraftInput {
  /** `library:<id>` or `store:<id>`: the scenario the edits start from. */
  extendsRef: string;
  /** The resolved scenario as the API returned it (GET /api/scenarios/:id `resolved`). */
  base: Record<string, unknown>;
  /** The base with the edits applied. */
  edited: Record<string, unknown>;
  name: string;
  nameJa: string;
}

/** The document for validate, save-as-new and runs of unsaved edits. */
export function draftDocument(d: DraftInput): Record<string, unknown> {
  const strip = (doc: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(doc).filter(([k]) => !OWN_KEYS.has(k)));
  const over = overrideOf(strip(d.base), strip(d.edited)) ?? {};
  delete over.name;
  delete over.nameJa;
  return { extends: d.extendsRef, name: d.name, ...(d.nameJa ? { nameJa: d.nameJa } : {}), ...over };
}

/**
 * The stored document of a user scenario with the edits merged in (for PUT): merging the
 * override over the stored document resolves to the edited scenario because the merge is
 * associative. A part stored as a file reference is replaced by its resolved content first, so
 * merging into it cannot drop the rest of the part.
 */
export function replacedDocument(
  stored: Record<string, unknown>,
  base: Record<string, unknown>,
  edited: Record<string, unknown>,
): Record<string, unknown> {
  const doc: Record<string, unknown> = { ...stored };
  for (const part of ['visitors', 'workplace']) if (typeof doc[part] === 'string') doc[part] = base[part];
  const over = overrideOf(base, edited) ?? {};
  for (const k of OWN_KEYS) delete over[k];
  return merge(doc, over);
}

function merge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const prev = out[k];
    out[k] = isRecord(prev) && isRecord(v) ? merge(prev, v) : v;
  }
  return out;
}
