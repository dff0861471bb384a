import { describe, expect, it } from 'vitest';
import { formatPath, getPath, normalisePath, parsePath, pathWithin, setPath } from '../../../viz/ui/docPath.js';

describe('paths into a scenario document', () => {
  it('parse and format the API and sweep spelling', () => {
    expect(parsePath('visitors.departments[2].counters')).toEqual(['visitors', 'departments', 2, 'counters']);
    expect(parsePath('visitors.departments[id=koseki-ido].counters')).toEqual([
      'visitors',
      'departments',
      '[id=koseki-ido]',
      'counters',
    ]);
    expect(formatPath(['visitors', 'departments', 2, 'counters'])).toBe('visitors.departments[2].counters');
    expect(formatPath([])).toBe('');
  });

  it('read a value or undefined, and write a copy that shares what it did not touch', () => {
    const doc = {
      visitors: {
        departments: [
          { id: 'a', counters: 1 },
          { id: 'b', counters: 2 },
        ],
      },
      other: { x: 1 },
    };
    expect(getPath(doc, 'visitors.departments[1].counters')).toBe(2);
    expect(getPath(doc, 'visitors.departments[5].counters')).toBeUndefined();
    expect(getPath(doc, 'visitors.nothing.deeper')).toBeUndefined();
    const next = setPath(doc, 'visitors.departments[1].counters', 9);
    expect(getPath(next, 'visitors.departments[1].counters')).toBe(9);
    expect(doc.visitors.departments[1].counters).toBe(2);
    expect(next.other).toBe(doc.other);
    expect(next.visitors.departments[0]).toBe(doc.visitors.departments[0]);
    expect(setPath({}, 'a.b.c', 1)).toEqual({ a: { b: { c: 1 } } });
    expect(setPath({ a: { b: 1, c: 2 } }, 'a.b', undefined)).toEqual({ a: { c: 2 } });
  });

  it('normalise error paths: JSON pointers, $. and a document name in front', () => {
    expect(normalisePath('/visitors/demand/hourlyProfile/0/share')).toBe('visitors.demand.hourlyProfile[0].share');
    expect(normalisePath('$.visitors.hours')).toBe('visitors.hours');
    expect(normalisePath('store:inline: extends')).toBe('extends');
    expect(normalisePath('visitors.departments[2].staff')).toBe('visitors.departments[2].staff');
  });

  it('tell whether a path lies within another', () => {
    expect(pathWithin('a.b[1].c', 'a.b')).toBe(true);
    expect(pathWithin('a.b', 'a.b')).toBe(true);
    expect(pathWithin('a.bc', 'a.b')).toBe(false);
    expect(pathWithin('anything', '')).toBe(true);
  });
});
