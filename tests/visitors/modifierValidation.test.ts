/** Bad video-consultation, segment and phone-duty input: one line each with its path, value and expectation. */
import { describe, expect, it } from 'vitest';
import type { InputError } from '../../engine/inputError.js';
import { validateScenario } from '../../scenarios/validateScenario.js';
import type { VisitorPart } from '../../scenarios/visitors/visitorSchema.js';
import { townPart } from './visitorFixtures.js';

function issuesOf(part: VisitorPart): string[] {
  try {
    validateScenario({ name: 'x', visitors: part });
    return [];
  } catch (e) {
    return (e as InputError).issues.map((i) => `${i.path}: ${i.message} [${i.code ?? ''}]`);
  }
}

const base = townPart();
const procedure = (over: object) => ({
  ...base,
  procedures: base.procedures.map((p, i) => (i === 1 ? { ...p, ...over } : p)),
});

describe('validation of video consultations, segments and phone duty', () => {
  it('accepts the defaults and a full example', () => {
    const part = {
      ...procedure({ videoConsultation: { share: 0.2, serviceFactor: 1.1, priority: 'first' as const } }),
      segments: [
        { id: 'elderly', share: 0.2, shareByProcedure: { moving: 0.3 }, serviceFactor: 1.3, extraMinPerContact: null },
      ],
    };
    expect(
      issuesOf({
        ...part,
        departments: part.departments.map((d) => ({ ...d, videoBooths: 1, phone: { staffTimeShare: 0.1 } })),
      }),
    ).toEqual([]);
  });

  it('refuses diversion and video shares above 1 together', () => {
    expect(issuesOf(procedure({ diversion: 0.6, videoConsultation: { share: 0.5 } }))).toEqual([
      'visitors.procedures[1].videoConsultation.share:' +
        ' expected diversion + video share at most 1, got 0.6 + 0.5 [WSM_SCENARIO_INVALID]',
    ]);
  });

  it('refuses booths and phone duty on a department whose work the pooled desk does', () => {
    const part = { ...base, organisation: { type: 'pooled' as const, oneStop: { departments: ['resident'] } } };
    const deps = part.departments.map((d) =>
      d.id === 'resident' ? { ...d, videoBooths: 2, phone: { staffTimeShare: 0.2 } } : d,
    );
    expect(issuesOf({ ...part, departments: deps })).toEqual([
      'visitors.departments[0].videoBooths:' +
        ' expected no videoBooths' +
        ' on a department whose counter work the pooled one-stop desk does, got one [WSM_SCENARIO_INVALID]',
      'visitors.departments[0].phone:' +
        ' expected no phone' +
        ' on a department whose counter work the pooled one-stop desk does, got one [WSM_SCENARIO_INVALID]',
    ]);
  });

  it('refuses segment shares above 1, unknown procedures and duplicate ids', () => {
    const segments = [
      { id: 'elderly', share: 0.6 },
      { id: 'elderly', share: 0.5, shareByProcedure: { movng: 0.1 } },
    ];
    expect(issuesOf({ ...base, segments })).toEqual([
      'visitors.segments[1].id: duplicate id "elderly" (also segments[0]) [WSM_SCENARIO_INVALID]',
      'visitors.segments[1].shareByProcedure.movng:' +
        ' expected the id of a procedure ("moving", "certificate", "insurance"), got "movng" [WSM_SCENARIO_INVALID]',
      'visitors.segments:' +
        ' expected the segments\' shares of procedure "moving" to sum to at most 1, got 1.1 [WSM_SCENARIO_INVALID]',
      'visitors.segments:' +
        ' expected the segments\' shares of procedure "certificate"' +
        ' to sum to at most 1, got 1.1 [WSM_SCENARIO_INVALID]',
      'visitors.segments:' +
        ' expected the segments\' shares of procedure "insurance" to sum to at most 1, got 1.1 [WSM_SCENARIO_INVALID]',
    ]);
  });

  it('refuses a phone share of 1 and 0 booths (schema)', () => {
    const deps = base.departments.map((d, i) => (i === 0 ? { ...d, videoBooths: 0, phone: { staffTimeShare: 1 } } : d));
    const issues = issuesOf({ ...base, departments: deps });
    expect(issues.some((x) => x.startsWith('visitors.departments[0].videoBooths: expected ≥ 1, got 0'))).toBe(true);
    expect(issues.some((x) => x.startsWith('visitors.departments[0].phone.staffTimeShare: expected < 1, got 1'))).toBe(
      true,
    );
  });
});
