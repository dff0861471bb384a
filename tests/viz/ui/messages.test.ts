import { describe, expect, it } from 'vitest';
import { uiEn } from '../../../viz/i18n/ui.en.js';
import { uiJa } from '../../../viz/i18n/ui.ja.js';

/** Every key path of a message table (functions and strings are leaves; arrays keep their length). */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return [`${prefix}[${node.length}]`];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  return [`${prefix}:${typeof node}`];
}

function strings(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function') return [String((node as (...a: unknown[]) => unknown)('X', 'Y', 'Z'))];
  if (Array.isArray(node)) return node.flatMap(strings);
  if (typeof node === 'object' && node !== null) return Object.values(node).flatMap(strings);
  return [];
}

describe('the UI’s message tables', () => {
  it('hold the same keys in English and Japanese, with the same kind of value', () => {
    expect(keyPaths(uiJa).sort()).toEqual(keyPaths(uiEn).sort());
  });

  it('write no English words in Japanese (names of the products, formats and fields a user types aside)', () => {
    const allowed =
      /wardsim( serve)?|organisation\.oneStop|English|HTTP|CSV|HTML|PDF|DXF|JSON|GeoJSON|geojson|json|dxf/g;
    const texts = strings(uiJa).map((t) => t.replace(allowed, ''));
    expect(texts.length).toBeGreaterThan(200);
    for (const t of texts) expect(t, t).not.toMatch(/\b[a-z]{4,}\b/i);
  });
});
