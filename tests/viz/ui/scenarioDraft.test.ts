import { describe, expect, it } from 'vitest';
import { deepMerge } from '../../../scenarios/load/deepMerge.js';
import { draftDocument, jsonEqual, overrideOf, replacedDocument } from '../../../viz/ui/scenarioDraft.js';
import { setPath } from '../../../viz/ui/docPath.js';

const base = {
  id: 'base',
  name: 'Base',
  seed: 1,
  variants: ['x.json'],
  visitors: {
    demand: { visitorsPerDay: 100, hourlyProfile: [{ from: '9:00', to: '10:00', share: 1 }] },
    departments: [
      { id: 'a', counters: 1 },
      { id: 'b', counters: 2 },
    ],
  },
  workplace: { zones: [{ id: 'z', desks: 10 }] },
};

describe('the document the edits make', () => {
  it('states only what changed, arrays whole, and merges back to the edited scenario', () => {
    const edited = setPath(setPath(base, 'visitors.demand.visitorsPerDay', 120), 'visitors.departments[1].counters', 3);
    const over = overrideOf(base, edited) as Record<string, unknown>;
    expect(over).toEqual({
      visitors: {
        demand: { visitorsPerDay: 120 },
        departments: [
          { id: 'a', counters: 1 },
          { id: 'b', counters: 3 },
        ],
      },
    });
    expect(jsonEqual(deepMerge(base, over), edited)).toBe(true);
    expect(overrideOf(base, base)).toBeUndefined();
  });

  it('extends the opened scenario with its new names and without the keys a file keeps to itself', () => {
    const edited = setPath(base, 'workplace.zones[0].desks', 8);
    const doc = draftDocument({
      extendsRef: 'library:base',
      base,
      edited,
      name: 'Base (edited)',
      nameJa: 'ベース（変更案）',
    });
    expect(doc).toEqual({
      extends: 'library:base',
      name: 'Base (edited)',
      nameJa: 'ベース（変更案）',
      workplace: { zones: [{ id: 'z', desks: 8 }] },
    });
    expect(doc).not.toHaveProperty('id');
    expect(doc).not.toHaveProperty('variants');
  });

  it('replaces a stored user scenario: edits merged into its document, a part reference inlined first', () => {
    const stored = { extends: 'library:base', name: 'Mine', visitors: 'parts/v.json' };
    const edited = setPath(base, 'visitors.demand.visitorsPerDay', 90);
    const doc = replacedDocument(stored, base, edited);
    expect(doc.extends).toBe('library:base');
    expect(doc.visitors).toEqual({ ...base.visitors, demand: { ...base.visitors.demand, visitorsPerDay: 90 } });
  });
});
