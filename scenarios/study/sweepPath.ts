/**
 * JSON paths into a scenario, as `wardsim sweep --set` and the `sweep` block write them:
 * `visitors.levers.callback.share`, `visitors.departments[2].counters`, or an array element by
 * its id: `visitors.departments[id=koseki-ido].counters`. A path must name a field the scenario
 * schema has (optional fields may be absent and are created); array elements must exist.
 */
import { InputError } from '../../engine/inputError.js';
import { ScenarioSchema } from '../scenarioSchema.js';
import { FORBIDDEN_KEYS, isPlainObject } from '../load/deepMerge.js';

export type PathSegment = { key: string } | { index: number } | { id: string };

interface JsonSchemaNode {
  type?: string | string[];
  properties?: Record<string, JsonSchemaNode>;
  patternProperties?: Record<string, JsonSchemaNode>;
  additionalProperties?: boolean | JsonSchemaNode;
  items?: JsonSchemaNode;
  anyOf?: JsonSchemaNode[];
  $ref?: string;
}

const SEGMENT = /^([A-Za-z_$][\w$-]*)((?:\[(?:\d+|id=[a-z0-9][a-z0-9-]*)\])*)$/;

/** Splits a path; throws WSM_SWEEP_PATH_UNKNOWN naming it when it is not a path. */
export function parsePath(path: string, where: string): PathSegment[] {
  const out: PathSegment[] = [];
  for (const part of path.split('.')) {
    const m = SEGMENT.exec(part);
    if (!m || FORBIDDEN_KEYS.has(m[1]))
      throw unknownPath(where, path, `"${part}" is not a field name with optional [index] or [id=…]`);
    out.push({ key: m[1] });
    for (const b of m[2].match(/\[[^\]]+\]/g) ?? []) {
      const inner = b.slice(1, -1);
      out.push(inner.startsWith('id=') ? { id: inner.slice(3) } : { index: Number(inner) });
    }
  }
  return out;
}

function unknownPath(where: string, path: string, why: string): InputError {
  return new InputError(
    [{ path: where, message: `expected a field of the scenario, got ${JSON.stringify(path)}: ${why}` }],
    'WSM_SWEEP_PATH_UNKNOWN',
  );
}

const root = ScenarioSchema as unknown as JsonSchemaNode & { $defs?: Record<string, JsonSchemaNode> };

function deref(node: JsonSchemaNode): JsonSchemaNode {
  if (node.$ref?.startsWith('#/$defs/')) return root.$defs?.[node.$ref.slice('#/$defs/'.length)] ?? node;
  return node;
}

/** Subschemas a value at `seg` may follow (several when the parent is a union). */
function childSchemas(node: JsonSchemaNode, seg: PathSegment): JsonSchemaNode[] {
  const n = deref(node);
  if (n.anyOf) return n.anyOf.flatMap((branch) => childSchemas(branch, seg));
  if ('key' in seg) {
    const own = n.properties?.[seg.key];
    if (own) return [own];
    for (const [pattern, schema] of Object.entries(n.patternProperties ?? {}))
      if (new RegExp(pattern).test(seg.key)) return [schema];
    if (typeof n.additionalProperties === 'object') return [n.additionalProperties];
    return [];
  }
  return n.items ? [n.items] : [];
}

/** Checks that the schema has the path (throws naming the first segment it lacks). */
export function checkPathInSchema(segments: readonly PathSegment[], path: string, where: string): void {
  let nodes: JsonSchemaNode[] = [root];
  segments.forEach((seg, i) => {
    nodes = nodes.flatMap((n) => childSchemas(n, seg));
    if (nodes.length === 0)
      throw unknownPath(where, path, `the scenario format has no ${describe(segments.slice(0, i + 1))}`);
  });
}

function describe(segments: readonly PathSegment[]): string {
  return segments
    .map((s, i) => ('key' in s ? `${i === 0 ? '' : '.'}${s.key}` : 'index' in s ? `[${s.index}]` : `[id=${s.id}]`))
    .join('');
}

/** A deep copy of `doc` with `value` at the path; missing objects on the way are created, array elements must exist. */
export function withValueAt(
  doc: Record<string, unknown>,
  segments: readonly PathSegment[],
  value: unknown,
  path: string,
  where: string,
): Record<string, unknown> {
  const copy = structuredClone(doc);
  let node: unknown = copy;
  segments.forEach((seg, i) => {
    const last = i === segments.length - 1;
    const next = segments[i + 1];
    if ('key' in seg) {
      if (!isPlainObject(node))
        throw unknownPath(where, path, `${describe(segments.slice(0, i))} is not an object in this scenario`);
      if (last) node[seg.key] = value;
      else {
        if (node[seg.key] === undefined) {
          if (!('key' in next))
            throw unknownPath(where, path, `${describe(segments.slice(0, i + 1))} is not in this scenario`);
          node[seg.key] = {};
        }
        node = node[seg.key];
      }
      return;
    }
    if (!Array.isArray(node))
      throw unknownPath(where, path, `${describe(segments.slice(0, i))} is not a list in this scenario`);
    const list: unknown[] = node;
    const at = 'index' in seg ? seg.index : list.findIndex((x) => isPlainObject(x) && x.id === seg.id);
    if (at < 0 || at >= list.length)
      throw unknownPath(
        where,
        path,
        `${describe(segments.slice(0, i + 1))} is not in this scenario (it has ${list.length} element(s))`,
      );
    if (last) list[at] = value;
    else node = list[at];
  });
  return copy;
}
