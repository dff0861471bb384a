/** `kind: "staffing-plan"` — the fewest counter staff per interval that meet a service level, by simulation. */
import { Type, type Static } from '@sinclair/typebox';
import { Named, resultSchema, ScenarioIdentity } from './common.js';

const Series = Type.Array(Type.Number());
const NullableSeries = Type.Array(Type.Union([Type.Number(), Type.Null()]));

export const StaffingPlanSchema = resultSchema('staffing-plan', 'wardsim staffing plan', {
  scenario: ScenarioIdentity,
  evaluations: Type.Integer({ description: 'simulations of a whole plan (each on the same replications)' }),
  target: Type.Object(
    {
      serviceLevel: Type.Number(),
      withinMin: Type.Number(),
      maxOccupancy: Type.Number(),
      intervalMin: Type.Number(),
      minShiftMin: Type.Number(),
    },
    { additionalProperties: false },
  ),
  intervals: Type.Array(Type.String({ pattern: '^\\d{2}:\\d{2}$' }), { description: 'start of each interval' }),
  groups: Type.Array(
    Type.Object(
      {
        ...Named,
        counters: Type.Union([Type.Integer(), Type.Null()], { description: 'counter positions of the queue today; null: unlimited' }),
        countersNeeded: Type.Integer(),
        expectedContacts: Series,
        erlangC: Series,
        erlangCRoster: Series,
        erlangCServiceLevel: NullableSeries,
        staff: Series,
        atCounter: Series,
        serviceLevel: NullableSeries,
        occupancy: NullableSeries,
        contactsPerDay: Series,
        met: Type.Boolean(),
        shifts: Type.Array(Type.Object({ from: Type.String(), to: Type.String() }, { additionalProperties: false })),
        staffHours: Type.Number(),
        erlangCStaffHours: Type.Number(),
      },
      { additionalProperties: false },
    ),
  ),
  totals: Type.Object(
    { staffHours: Type.Number(), erlangCStaffHours: Type.Number(), staffByInterval: Series, erlangCByInterval: Series },
    { additionalProperties: false },
  ),
  feasible: Type.Boolean({ description: 'every interval of every group meets both targets in the verification run' }),
});
export type StaffingPlanResult = Static<typeof StaffingPlanSchema>;
