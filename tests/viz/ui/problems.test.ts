import { describe, expect, it } from 'vitest';
import { placeErrors, problemOf } from '../../../viz/ui/problems.js';

describe('problem details and where their errors go', () => {
  it('reads RFC 9457 problems with wardsim errors, tolerating missing fields', () => {
    const p = problemOf(
      400,
      {
        title: 't',
        detail: '1 problem',
        code: 'WSM_SCENARIO_INVALID',
        errors: [
          { code: 'WSM_SCENARIO_INVALID', path: '/visitors/demand/visitorsPerDay', message: 'expected >= 0, got -5' },
        ],
      },
      'fallback',
    );
    expect(p).toEqual({
      status: 400,
      title: 't',
      detail: '1 problem',
      code: 'WSM_SCENARIO_INVALID',
      errors: [
        { code: 'WSM_SCENARIO_INVALID', path: 'visitors.demand.visitorsPerDay', message: 'expected >= 0, got -5' },
      ],
    });
    expect(problemOf(502, 'not json', 'Bad Gateway')).toEqual({
      status: 502,
      title: 'Bad Gateway',
      detail: null,
      code: null,
      errors: [],
    });
  });

  it('puts an error at its field, the deepest field containing it, or the first field of the object it names', () => {
    const fields = [
      'visitors.demand.visitorsPerDay',
      'visitors.demand.hourlyProfile[0].share',
      'visitors.demand.hourlyProfile[1].share',
      'visitors.departments[0].staff',
    ];
    const e = (path: string) => ({ code: 'X', path, message: path });
    const placed = placeErrors(
      [
        e('visitors.demand.visitorsPerDay'),
        e('visitors.demand.hourlyProfile'),
        e('visitors.departments[0].staff[1].from'),
        e('workplace.zones[0].departments[1]'),
        e(''),
      ],
      fields,
    );
    expect(placed.byField.get('visitors.demand.visitorsPerDay')?.map((x) => x.path)).toEqual([
      'visitors.demand.visitorsPerDay',
    ]);
    expect(placed.byField.get('visitors.demand.hourlyProfile[0].share')?.map((x) => x.path)).toEqual([
      'visitors.demand.hourlyProfile',
    ]);
    expect(placed.byField.get('visitors.departments[0].staff')?.map((x) => x.path)).toEqual([
      'visitors.departments[0].staff[1].from',
    ]);
    expect(placed.other.map((x) => x.path)).toEqual(['workplace.zones[0].departments[1]', '']);
  });
});
