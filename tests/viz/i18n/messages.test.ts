import { describe, expect, it } from 'vitest';
import { en } from '../../../viz/i18n/en.js';
import { ja } from '../../../viz/i18n/ja.js';
import { KPI_IDS } from '../../../engine/results/index.js';

/** Every key path of a message table (functions and strings are leaves; arrays keep their length). */
function keyPaths(node: unknown, prefix = ''): string[] {
  if (Array.isArray(node)) return [`${prefix}[${node.length}]`];
  if (typeof node === 'object' && node !== null)
    return Object.entries(node).flatMap(([k, v]) => keyPaths(v, prefix === '' ? k : `${prefix}.${k}`));
  return [`${prefix}:${typeof node}`];
}

describe('the message tables', () => {
  it('hold the same keys in English and Japanese, with the same kind of value', () => {
    expect(keyPaths(ja).sort()).toEqual(keyPaths(en).sort());
  });

  it('name every headline KPI in both languages', () => {
    for (const id of KPI_IDS) {
      expect(en.kpi[id], id).toBeTruthy();
      expect(ja.kpi[id], id).toBeTruthy();
      expect(ja.kpi[id], id).not.toBe(en.kpi[id]);
    }
  });

  it('write no English words in Japanese messages (ids and units aside)', () => {
    const texts = keyPaths(ja)
      .filter((p) => p.endsWith(':string'))
      .map((p) => p.replace(/:string$/, ''))
      .map((path) => path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], ja) as string);
    // Allowed: file and field names a user types (docs/…, staffByRank, scenario, wardsim size).
    const stripped = (t: string) => t.replace(/docs\/\S+|--[a-z-]+|staffByRank|scenario|wardsim size/g, '');
    for (const t of texts) expect(stripped(t), t).not.toMatch(/\b[a-z]{4,}\b/);
    expect(texts.length).toBeGreaterThan(100);
  });
});
