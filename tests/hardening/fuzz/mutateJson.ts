/**
 * fast-check arbitraries that turn a valid JSON document into a broken one the way users and
 * generators do: keys deleted, values of another type, numbers scaled or made non-finite,
 * prototype keys and reserved ids injected, values nested deep, arrays made huge. The result is
 * text, so mutations JSON cannot express (1e999, 10^4 levels of nesting) are possible.
 */
import fc from 'fast-check';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/** Every path in the document, the root first. */
function pathsOf(doc: Json): Path[] {
  const out: Path[] = [];
  const stack: [Json, Path][] = [[doc, []]];
  while (stack.length > 0) {
    const [value, path] = stack.pop() as [Json, Path];
    out.push(path);
    if (Array.isArray(value)) value.forEach((v, i) => stack.push([v, [...path, i]]));
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) stack.push([v, [...path, k]]);
  }
  return out;
}

function get(doc: Json, path: Path): Json {
  let cur: Json = doc;
  for (const p of path) cur = (cur as Record<string | number, Json>)[p];
  return cur;
}

/** A marker string standing for raw JSON text, spliced in after stringifying. */
const RAW = (i: number) => `\u0000raw${i}\u0000`;

export type Mutation =
  | { op: 'delete'; at: number }
  | { op: 'retype'; at: number; value: Json }
  | { op: 'scale'; at: number; factor: number }
  | { op: 'raw'; at: number; text: string }
  | { op: 'inject-key'; at: number; key: string }
  | { op: 'huge-array'; at: number; length: number }
  | { op: 'duplicate'; at: number; times: number };

const RESERVED = ['__proto__', 'constructor', 'prototype'];

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('delete' as const), at: fc.nat() }) },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('retype' as const),
      at: fc.nat(),
      value: fc.oneof(
        fc.constantFrom<Json>(
          null,
          true,
          false,
          '',
          'x',
          '12',
          [],
          {},
          [1, 2],
          -1,
          0,
          0.5,
          1e300,
          -1e300,
          // 2^53 + 1 on purpose: a literal that no double holds exactly.
          // eslint-disable-next-line no-loss-of-precision
          9007199254740993,
        ),
        fc.constantFrom<Json>(...RESERVED),
        fc.string({ maxLength: 20 }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
      ),
    }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant('scale' as const),
      at: fc.nat(),
      factor: fc.constantFrom(-1, 0, 1e-9, 1e-3, 0.5, 1.5, 10, 1e3, 1e6, 1e9, 1e12),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('raw' as const),
      at: fc.nat(),
      text: fc.oneof(
        fc.constantFrom(
          '1e999',
          '-1e999',
          '1e-400',
          'NaN',
          'Infinity',
          '"\\ud800"',
          '"\\u0000"',
          '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
        ),
        fc.integer({ min: 65, max: 20_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
        fc.integer({ min: 65, max: 5_000 }).map((d) => `${'{"a":'.repeat(d)}1${'}'.repeat(d)}`),
      ),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant('inject-key' as const),
      at: fc.nat(),
      key: fc.constantFrom(...RESERVED, 'unknownField', ''),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant('huge-array' as const),
      at: fc.nat(),
      length: fc.constantFrom(1_000, 20_000, 200_000),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), times: fc.constantFrom(2, 10, 1_000) }),
  },
);

/** The document as text after the mutations (each applied at a path picked by its index). */
export function applyMutations(base: Json, mutations: readonly Mutation[]): string {
  const doc = structuredClone(base);
  const raws: string[] = [];
  const injected: { path: Path; key: string; raw: string }[] = [];
  for (const m of mutations) {
    const paths = pathsOf(doc);
    const path = paths[m.at % paths.length];
    const parentPath = path.slice(0, -1);
    const key = path[path.length - 1];
    const parent = path.length === 0 ? undefined : (get(doc, parentPath) as Record<string | number, Json>);
    const set = (value: Json) => {
      if (parent !== undefined && key !== undefined) parent[key] = value;
    };
    const value = get(doc, path);
    switch (m.op) {
      case 'delete':
        if (parent === undefined || key === undefined) break;
        if (Array.isArray(parent)) parent.splice(key as number, 1);
        else delete parent[key];
        break;
      case 'retype':
        set(m.value);
        break;
      case 'scale':
        if (typeof value === 'number') set(value * m.factor);
        break;
      case 'raw':
        raws.push(m.text);
        set(RAW(raws.length - 1));
        break;
      case 'inject-key':
        if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
          raws.push('{"polluted": true}');
          injected.push({ path, key: m.key, raw: RAW(raws.length - 1) });
          (value as Record<string, Json>)[`\u0001inject${injected.length - 1}`] = RAW(raws.length - 1);
        }
        break;
      case 'huge-array':
        if (Array.isArray(value)) set(Array.from({ length: m.length }, () => value[0] ?? 0));
        break;
      case 'duplicate':
        if (Array.isArray(parent) && typeof key === 'number') {
          for (let i = 0; i < m.times; i++) parent.splice(key, 0, structuredClone(value));
        }
        break;
    }
  }
  let text = JSON.stringify(doc);
  injected.forEach((inj, i) => (text = text.replace(JSON.stringify(`\u0001inject${i}`), JSON.stringify(inj.key))));
  raws.forEach((raw, i) => (text = text.replace(JSON.stringify(RAW(i)), raw)));
  return text;
}

/** One to three mutations. */
export const mutationsArb = fc.array(mutationArb, { minLength: 1, maxLength: 3 });
