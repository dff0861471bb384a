/**
 * Where two results differ, bit for bit in every number that can be seen: numbers compare with
 * Object.is (so -0 ≠ 0 and NaN = NaN — a NaN's payload bits are not a number anyone sees, and
 * V8 may change them), typed arrays by kind and element, objects by keys in order. Null when equal.
 */
export function firstDifference(a: unknown, b: unknown, path = '$'): string | null {
  const differ = () => `${path}: ${show(a)} vs ${show(b)}`;
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b) ? null : differ();
  if (ArrayBuffer.isView(a) || ArrayBuffer.isView(b)) {
    if (!ArrayBuffer.isView(a) || !ArrayBuffer.isView(b) || a.constructor !== b.constructor) return differ();
    return firstDifference(numbersOf(a), numbersOf(b), path);
  }
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return a === b ? null : differ();
  if (Array.isArray(a) !== Array.isArray(b)) return differ();
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.join('\u0000') !== kb.join('\u0000')) return `${path}: keys [${ka.join(', ')}] vs [${kb.join(', ')}]`;
  for (const k of ka) {
    const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) return d;
  }
  return null;
}

const numbersOf = (view: ArrayBufferView) => Array.from(view as unknown as ArrayLike<number>);

function kind(x: unknown): string {
  if (x === null) return 'null';
  if (ArrayBuffer.isView(x)) return x.constructor.name;
  return Array.isArray(x) ? 'array' : typeof x;
}

function show(x: unknown): string {
  if (typeof x === 'number') return Object.is(x, -0) ? '-0' : String(x);
  return `${kind(x)} ${JSON.stringify(x)?.slice(0, 80)}`;
}
