import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  departmentsBlock,
  departmentsOf,
  guessDepartments,
  planDepartmentLabel,
  planDepartments,
} from '../../../viz/ui/planLink.js';

const current = JSON.parse(readFileSync('floorplans/library/kita-current.geojson', 'utf8')) as unknown;

describe('linking a floor plan', () => {
  it('lists the plan’s departments, counter zones first', () => {
    const d = planDepartments(current);
    const ids = d.map((x) => x.id);
    expect(ids.slice(0, 5).sort()).toEqual([
      'hoken-fukushi',
      'hoken-nenkin',
      'koseki-jumin',
      'kosodate',
      'seikatsu-hogo',
    ]);
    expect(ids).toContain('somu');
    expect(planDepartments(null)).toEqual([]);
    // Named by its counter zone: in Japanese without the id.
    const koseki = d.find((x) => x.id === 'koseki-jumin')!;
    expect(planDepartmentLabel(koseki, 'ja')).toBe('戸籍住民課 窓口');
    expect(planDepartmentLabel(koseki, 'en')).toBe('戸籍住民課 窓口 (koseki-jumin)');
    expect(planDepartmentLabel({ id: 'x', name: null, nameJa: null }, 'ja')).toBe('x');
  });

  it('guesses the plan department by the first word, as the library scenario maps them', () => {
    const scenario = ['koseki-shomei', 'koseki-ido', 'mynumber', 'hoken-nenkin', 'kosodate'];
    expect(
      guessDepartments(
        scenario,
        planDepartments(current).map((x) => x.id),
      ),
    ).toEqual({
      'koseki-shomei': 'koseki-jumin',
      'koseki-ido': 'koseki-jumin',
    });
    expect(departmentsBlock({ a: 'a', b: 'c', d: '' })).toEqual({ b: 'c' });
    expect(departmentsOf({ floorplan: { file: 'x', departments: { a: 'b', n: 1 } } })).toEqual({ a: 'b' });
    expect(departmentsOf({})).toEqual({});
  });
});
