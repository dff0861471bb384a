/** `kind: "staffing-plan"` — the fewest counter staff per interval that meet a service level, by simulation. */
import { Type, type Static } from '@sinclair/typebox';
import { EstimateRef as Estimate, Named, resultSchema, ScenarioIdentity } from './common.js';

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
        counters: Type.Union([Type.Integer(), Type.Null()], {
          description: 'counter positions of the queue today; null: unlimited',
        }),
        countersNeeded: Type.Integer({
          description: 'most staff at the counter at once that the target needs (the search without the limit)',
        }),
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
        positions: Type.Union([Type.Integer(), Type.Null()], {
          description:
            'counter positions, a hard limit on staff at the counter in every interval: ' +
            "the fewer of the scenario's counters and the plan's; null: unlimited",
        }),
        positionsSource: Type.Union([Type.Literal('scenario'), Type.Literal('plan')], {
          description: 'where the limit comes from',
        }),
        targetReachable: Type.Boolean({ description: 'enough positions would meet the targets in every interval' }),
        shortfall: Type.Array(
          Type.Object(
            {
              interval: Type.String({ pattern: '^\\d{2}:\\d{2}$' }),
              serviceLevel: Estimate,
              occupancy: Type.Union([Type.Number(), Type.Null()]),
              positionsForTarget: Type.Union([Type.Integer(), Type.Null()], {
                description: 'staff at the counter the targets need here; null: not reachable',
              }),
              extraPositions: Type.Union([Type.Integer(), Type.Null()], {
                description: 'positions to add for the targets here; null: not reachable',
              }),
            },
            { additionalProperties: false },
          ),
          { description: 'intervals that miss a target in the verification run' },
        ),
      },
      { additionalProperties: false },
    ),
  ),
  totals: Type.Object(
    { staffHours: Type.Number(), erlangCStaffHours: Type.Number(), staffByInterval: Series, erlangCByInterval: Series },
    { additionalProperties: false },
  ),
  feasible: Type.Boolean({ description: 'every interval of every group meets both targets in the verification run' }),
  positionsBind: Type.Boolean({
    description:
      'the targets need more staff at a counter than its positions: the plan is the best service level within them',
  }),
});
export type StaffingPlanResult = Static<typeof StaffingPlanSchema>;
