import { describe, expect, it } from 'vitest';
import { errorOutline, previewOf } from '../../../viz/ui/errorOutline.js';

describe('the outline of a refused upload', () => {
  it('shows the top-level keys and the branch to each error, in document order, errors at their key', () => {
    const doc = {
      name: 'x',
      visitors: { hours: { open: '8:45' }, demand: { visitorsPerDay: -5 } },
      workplace: { zones: [{ desks: 1 }, { desks: -1 }] },
    };
    const rows = errorOutline(doc, [
      { code: 'A', path: 'workplace.zones[1].desks', message: 'expected >= 0' },
      { code: 'B', path: 'visitors.demand.visitorsPerDay', message: 'expected >= 0, got -5' },
      { code: 'C', path: 'visitors.demand.groupSize', message: 'missing here' },
    ]);
    expect(rows.map((r) => r.path)).toEqual([
      'name',
      'visitors',
      'visitors.demand',
      'visitors.demand.visitorsPerDay',
      'workplace',
      'workplace.zones',
      'workplace.zones[1]',
      'workplace.zones[1].desks',
    ]);
    expect(rows.find((r) => r.path === 'visitors.demand.visitorsPerDay')?.errors.map((e) => e.code)).toEqual(['B']);
    // A key the document lacks: the error sits at the deepest key that exists.
    expect(rows.find((r) => r.path === 'visitors.demand')?.errors.map((e) => e.code)).toEqual(['C']);
    expect(rows.find((r) => r.path === 'workplace.zones[1]')?.key).toBe('[1]');
    expect(rows.find((r) => r.path === 'workplace.zones[1].desks')?.depth).toBe(3);
  });

  it('previews values briefly and puts document-wide errors first', () => {
    expect(previewOf([1, 2, 3])).toBe('[3]');
    expect(previewOf({ a: 1 })).toBe('{1}');
    expect(previewOf('x'.repeat(100)).length).toBe(60);
    const rows = errorOutline([1], [{ code: 'X', path: '', message: 'expected an object' }]);
    expect(rows[0].errors[0].message).toBe('expected an object');
  });
});
